// Regenerates the README's screenshots: a fresh Loopwise with the sample search, in Chromium.
// Run after `npm run build`: node --import tsx scripts/screenshots.ts
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { ContactsPage } from "../e2e/pages/contacts-page.js";
import { DataPage } from "../e2e/pages/data-page.js";
import { InterviewsPage } from "../e2e/pages/interviews-page.js";
import { OffersPage } from "../e2e/pages/offers-page.js";
import { PlanPage } from "../e2e/pages/plan-page.js";
import { PracticePage } from "../e2e/pages/practice-page.js";
import { TodayPage } from "../e2e/pages/today-page.js";
import { launchChromium } from "../e2e/support/chromium.js";
import { startFreshLoopwise } from "../e2e/support/loopwise.js";

const out = new URL("../docs/screenshots/", import.meta.url).pathname;

/** Transitions finished, so a drawer that has just opened is drawn where it stops. */
const shoot = (page: Page, name: string) => page.screenshot({ path: `${out}${name}.png`, animations: "disabled" });

/** The Offers page (its first tab, Compare) with the table and both charts drawn. */
async function openCompare(offers: OffersPage): Promise<void> {
  await offers.open();
  await offers.compareTable().waitFor();
  await offers.chart("Cumulative pay per offer").locator("path.recharts-line-curve").first().waitFor();
}

/** The Compare tab is taller than the window (the page scrolls inside the app): shot in a taller one. */
async function shootTall(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1830 });
  await shoot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The Plan page with its actions and the timeline drawn, the plan computed. */
async function openPlan(plan: PlanPage): Promise<void> {
  await plan.open();
  await plan.actions().first().waitFor();
  await plan.overlap();
}

async function openToday(page: Page): Promise<void> {
  const today = new TodayPage(page);
  await today.open();
  await today.section("Interviews today").waitFor();
  await today.section("Follow-ups due").getByTestId("follow-up-row").first().waitFor();
}

/** A few solved problems and one attempted, through the API with the bank's own reference solutions. */
async function seedPractice(url: string): Promise<void> {
  const run = (body: object) =>
    fetch(`${url}/api/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ language: "python", ...body }),
    });
  for (const slug of ["first-repeated-badge", "heaviest-lift-pair", "ridge-beacons", "feud-free-seating"]) {
    const source = readFileSync(new URL(`../content/problems/${slug}/solutions/reference.py`, import.meta.url), "utf8");
    await run({ source, problem: slug, mode: "submit" });
  }
  await run({
    source: "def assign_kilns(kilns, arrival, firing):\n    return []\n",
    problem: "kiln-firing-queue",
    mode: "run",
  });
}

/** Deliveries so far with a wrong solution run on its examples: the failing case open with its diff. */
async function openWrongRun(practice: PracticePage): Promise<void> {
  await practice.open();
  await practice.openProblem("Deliveries so far");
  await practice.replaceCode(
    "from bisect import bisect_left\n\n\ndef deliveries_so_far(times: list[int], queries: list[int]) -> list[int]:\n    return [bisect_left(times, minute) for minute in queries]\n",
  );
  await practice.page.getByRole("button", { name: "Run" }).click();
  await practice.diff().first().waitFor();
  await practice.draftSaved();
  // The results scroll inside their box: bring the diff into view.
  await practice.diff().first().scrollIntoViewIfNeeded();
  // No tooltip over the picture.
  await practice.page.mouse.move(720, 890);
}

const loopwise = await startFreshLoopwise();
const browser = await launchChromium();
try {
  // The sample's interviews are in US zones: from Berlin, the agenda shows both clocks.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, timezoneId: "Europe/Berlin" });
  await page.goto(loopwise.url);
  await page.getByRole("button", { name: "Load a sample search" }).click();
  await page.getByTestId("card").first().waitFor();
  // Keep the "loaded" notification out of the picture.
  await page.getByText("Sample search loaded").waitFor();
  await page.locator(".mantine-Notification-closeButton").click();
  await page.getByText("Sample search loaded").waitFor({ state: "detached" });
  await shoot(page, "board");

  await openToday(page);
  await shoot(page, "today");

  const contacts = new ContactsPage(page);
  await contacts.open();
  const drawer = await contacts.openContact("Priya Raman");
  await contacts.outreachLog("Priya Raman").getByRole("listitem").first().waitFor();
  await drawer
    .getByRole("link", { name: /Northwind Robotics/ })
    .first()
    .waitFor();
  await shoot(page, "contacts");
  await contacts.close("Priya Raman");

  await new InterviewsPage(page).open();
  await page.getByTestId("interview-row").first().waitFor();
  await shoot(page, "interviews");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
  await page.getByRole("region", { name: "Weekly activity" }).locator("svg").first().waitFor();
  await shoot(page, "analytics");

  await new DataPage(page).open();
  await page.getByRole("region", { name: "Calendar feed" }).getByRole("button", { name: "Turn on" }).waitFor();
  await page.waitForLoadState("networkidle");
  await shoot(page, "data");

  const offers = new OffersPage(page);
  await openCompare(offers);
  await shootTall(page, "offers-compare");
  await offers.tab("Decide");
  await offers.matrix().waitFor();
  await page.getByRole("region", { name: "How sure is this?" }).waitFor();
  await shoot(page, "offers-decide");
  await offers.tab("Negotiate");
  await offers.log().waitFor();
  await page.waitForLoadState("networkidle");
  await shoot(page, "offers-negotiate");

  const plan = new PlanPage(page);
  await openPlan(plan);
  await shootTall(page, "plan");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Board" }).click();
  await page.getByTestId("card").first().waitFor();
  await page.getByRole("button", { name: "Switch to dark mode" }).click();
  await shoot(page, "board-dark");
  await page.getByRole("link", { name: /^Table/ }).click();
  await page.getByTestId("row").first().waitFor();
  await shoot(page, "table-dark");
  await openToday(page);
  await shoot(page, "today-dark");
  await openCompare(offers);
  await shootTall(page, "offers-compare-dark");
  await openPlan(plan);
  await shootTall(page, "plan-dark");

  await seedPractice(loopwise.url);
  const practice = new PracticePage(page);
  await practice.open();
  await shoot(page, "practice-dark");
  await openWrongRun(practice);
  await shoot(page, "practice-problem-dark");
  await page.getByRole("button", { name: "Switch to light mode" }).click();
  await practice.open();
  await shoot(page, "practice");
  await openWrongRun(practice);
  await shoot(page, "practice-problem");
} finally {
  await browser.close();
  await loopwise.cleanup();
}
