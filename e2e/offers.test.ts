import {
  COMP_COMPONENTS,
  compInputSchema,
  CRITERION_LABELS,
  decide,
  DECISION_CRITERIA,
  DEFAULT_WEIGHTS,
  projectComp,
  type CompInputJson,
  type DecisionCriterion,
  type Projection,
} from "@loopwise/domain";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shortMoney } from "../packages/web/src/lib/money.js";
import { OffersPage, type OfferEntry } from "./pages/offers-page.js";
import { browserAvailable } from "./support/chromium.js";
import { browserSession, type FreshLoopwise } from "./support/session.js";

const withBrowser = browserAvailable();

const ROLE = "Staff Engineer";

/**
 * Three offers with different schedules, and each one's comp as the API stores it, so the test can
 * project them with the domain's own model. Chosen so the weights decide: Quarry pays most over four
 * years (its back-loaded grant is the largest), Northbeam most in year 1 (sign-on and a cliff grant),
 * Tallow sits between (front-loaded custom schedule).
 */
const OFFERS: { company: string; entry: Omit<OfferEntry, "application">; comp: CompInputJson }[] = [
  {
    company: "Northbeam",
    entry: {
      base: 180_000,
      bonusPercent: 10,
      signOn: 30_000,
      rsuValue: 200_000,
      vesting: { preset: "4 years, 1-year cliff, then monthly" },
    },
    comp: {
      currency: "USD",
      base: 180_000,
      bonusTargetPercent: 10,
      signOn: [{ amount: 30_000, year: 1 }],
      equity: [{ kind: "rsu", grantValue: 200_000, schedule: "4y-cliff-monthly" }],
    },
  },
  {
    company: "Quarry Labs",
    entry: { base: 170_000, bonusPercent: 10, rsuValue: 400_000, vesting: { preset: "5% / 15% / 40% / 40%" } },
    comp: {
      currency: "USD",
      base: 170_000,
      bonusTargetPercent: 10,
      equity: [{ kind: "rsu", grantValue: 400_000, schedule: "5-15-40-40" }],
    },
  },
  {
    company: "Tallow Systems",
    entry: {
      base: 165_000,
      rsuValue: 300_000,
      vesting: {
        custom: [
          { month: 12, percent: 33 },
          { month: 24, percent: 33 },
          { month: 36, percent: 22 },
          { month: 48, percent: 12 },
        ],
      },
    },
    comp: {
      currency: "USD",
      base: 165_000,
      equity: [
        {
          kind: "rsu",
          grantValue: 300_000,
          schedule: {
            events: [
              { month: 12, fraction: 0.33 },
              { month: 24, fraction: 0.33 },
              { month: 36, fraction: 0.22 },
              { month: 48, fraction: 0.12 },
            ],
          },
        },
      ],
    },
  },
];

/** The counter-offer logged in the last step: Quarry's base moves up. */
const COUNTER = { company: "Quarry Labs", base: 185_000 };

const project = (comp: CompInputJson): Projection => projectComp(compInputSchema.parse(comp));
const money = (minor: number) => shortMoney(minor, "USD");

/** The three companies and their applications at the onsite stage, through the API: not the subject here. */
async function seedApplications(loopwise: FreshLoopwise): Promise<void> {
  for (const { company } of OFFERS) {
    const response = await fetch(`${loopwise.url}/api/applications`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ companyName: company, roleTitle: ROLE, stage: "onsite" }),
    });
    if (!response.ok) throw new Error(`seeding ${company}: ${response.status} ${await response.text()}`);
  }
}

/** The domain's decision over the offers as the API has them, under some weights. */
function winnerUnder(projections: Map<string, Projection>, weights: Record<DecisionCriterion, number>) {
  const offers = [...projections].map(([name, projection]) => ({
    id: name,
    name,
    projection,
    scores: {},
    redFlags: 0,
  }));
  return decide(offers, weights);
}

describe.runIf(withBrowser)("offers: record three, compare, decide, negotiate", () => {
  const session = browserSession(seedApplications);
  let context: BrowserContext;
  let page: Page;
  let offers: OffersPage;
  const pageErrors: string[] = [];
  const projections = new Map(OFFERS.map(({ company, comp }) => [company, project(comp)]));

  beforeAll(async () => {
    context = await session.page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1440, height: 900 } });
    // Every wait is for a state the UI reaches in well under a second; fail fast when it does not.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(session.loopwise.url);
    offers = new OffersPage(page);
  });
  afterAll(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });

  it("records three offers with different schedules; the preview shows year 1 before saving; the cards move to Offer", async () => {
    await offers.open();
    await page.getByRole("heading", { name: "No offers yet" }).waitFor();
    for (const { company, entry } of OFFERS) {
      await offers.fillOffer({ ...entry, application: `${company} — ${ROLE} · Onsite` });
      const yearOne = money(projections.get(company)!.years[0]!.total);
      await offers.form().getByText(yearOne, { exact: true }).waitFor();
      expect(await offers.previewYearOne()).toBe(yearOne);
      await offers.saveOffer();
    }

    const stored = await (await fetch(`${session.loopwise.url}/api/offers`)).json();
    const byCompany = new Map<string, { comp: CompInputJson }>(
      stored.offers.map((offer: { companyName: string; comp: CompInputJson }) => [offer.companyName, offer]),
    );
    // What the form saved projects to what the test expects from the same inputs.
    for (const { company } of OFFERS) {
      expect(project(byCompany.get(company)!.comp), company).toEqual(projections.get(company));
    }
    const list = await (await fetch(`${session.loopwise.url}/api/applications`)).json();
    expect(list.applications.map((a: { stage: string }) => a.stage)).toEqual(["offer", "offer", "offer"]);
  });

  it("compares them: year 1 and four-year totals as the model computes them, both charts drawn, a driver line", async () => {
    await offers.tab("Compare");
    await offers.compareTable().waitFor();
    for (const { company } of OFFERS) {
      const projection = projections.get(company)!;
      expect(await offers.figure("Year 1", company)).toBe(money(projection.years[0]!.total));
      expect(await offers.figure("4-year total", company)).toBe(money(projection.cumulative[3]!.total));
    }
    // The schedules make the orders differ: Northbeam leads year 1, Quarry the four years.
    const yearOne = [...projections].sort(([, a], [, b]) => b.years[0]!.total - a.years[0]!.total);
    const fourYears = [...projections].sort(([, a], [, b]) => b.cumulative[3]!.total - a.cumulative[3]!.total);
    expect(yearOne[0]![0]).toBe("Northbeam");
    expect(fourYears[0]![0]).toBe("Quarry Labs");

    for (const { company } of OFFERS) {
      // One bar segment per component paid in each year (four years and the steady one).
      const segments = projections
        .get(company)!
        .years.flatMap((year) => COMP_COMPONENTS.filter((component) => year[component] > 0)).length;
      const bars = offers
        .chart(`${company} — ${ROLE}: pay per year by component`)
        .locator(".recharts-bar-rectangle path");
      await expect.poll(() => bars.count(), { message: company }).toBe(segments);
    }
    const cumulative = offers.chart("Cumulative pay per offer");
    await cumulative.locator("path.recharts-line-curve").first().waitFor();
    expect(await cumulative.locator("path.recharts-line-curve").count()).toBe(3);

    const lines = await offers.driverLines().allInnerTexts();
    expect(lines.length).toBeGreaterThan(0);
    const named = lines.find((line) => OFFERS.filter(({ company }) => line.includes(company)).length >= 2);
    expect(named, JSON.stringify(lines)).toBeDefined();
  });

  it("decides: moving the weight the sensitivity panel names to the value it names makes its offer win, and it persists", async () => {
    await offers.tab("Decide");
    await offers.matrix().waitFor();
    const before = winnerUnder(projections, DEFAULT_WEIGHTS);
    const winner = before.offers.find((o) => o.id === before.winnerId)!.name;
    expect(await offers.winner()).toBe(winner);

    // The first (smallest) weight change the panel proposes.
    const sentences = await offers.sensitivityLines().allInnerTexts();
    const proposal = sentences
      .map((line) => /^If “(.+)” weighed (\d+) instead of (\d+), (.+) would win\.$/.exec(line.trim()))
      .find((match) => match !== null);
    expect(proposal, JSON.stringify(sentences)).toBeDefined();
    const [, label, target, current, named] = proposal!;
    const criterion = DECISION_CRITERIA.find((c) => CRITERION_LABELS[c] === label)!;
    expect(Number(current)).toBe(DEFAULT_WEIGHTS[criterion]);
    expect(named).not.toBe(winner);
    // The domain agrees: that one weight at that value gives the named offer the win.
    const after = winnerUnder(projections, { ...DEFAULT_WEIGHTS, [criterion]: Number(target) });
    expect(after.offers.find((o) => o.id === after.winnerId)!.name).toBe(named);

    await offers.setWeight(label!, Number(target));
    expect(await offers.weight(label!).getAttribute("aria-valuenow")).toBe(target);
    expect(await offers.winner()).toBe(named);

    await page.reload();
    await offers.matrix().waitFor();
    expect(await offers.weight(label!).getAttribute("aria-valuenow")).toBe(target);
    expect(await offers.winner()).toBe(named);
  });

  it("negotiates: a counter with a higher base is logged with its diff, the offer is Negotiating and its figures rise", async () => {
    await offers.tab("Negotiate");
    await offers.pickNegotiation(COUNTER.company);
    await offers.log().getByText("Nothing logged yet", { exact: false }).waitFor();
    const old = OFFERS.find(({ company }) => company === COUNTER.company)!.comp;
    await offers.logCounter({
      asked: "Asked whether the base can move, given the other offers",
      response: "They came back with a higher base",
      base: COUNTER.base,
    });
    const entry = offers.logEntries();
    await entry.first().waitFor();
    expect(await entry.count()).toBe(1);
    const text = await entry.innerText();
    expect(text).toContain("They countered");
    expect(text).toContain("They came back with a higher base");
    expect(text).toContain(`base ${old.base / 1000}k → ${COUNTER.base / 1000}k`);

    await offers.tab("Compare");
    await offers.compareTable().waitFor();
    const raised = project({ ...old, base: COUNTER.base });
    const previous = projections.get(COUNTER.company)!;
    expect(raised.years[0]!.total).toBeGreaterThan(previous.years[0]!.total);
    await offers.offerHeader(COUNTER.company).getByText("Negotiating").waitFor();
    expect(await offers.figure("Year 1", COUNTER.company)).toBe(money(raised.years[0]!.total));
    expect(await offers.figure("4-year total", COUNTER.company)).toBe(money(raised.cumulative[3]!.total));

    const stored = await (await fetch(`${session.loopwise.url}/api/offers`)).json();
    const offer = stored.offers.find((o: { companyName: string }) => o.companyName === COUNTER.company);
    expect(offer.status).toBe("negotiating");
    expect(offer.comp.base).toBe(COUNTER.base);
  });
});
