import { describe, expect, it } from "vitest";
import { addDaysToDate, planTiming, type TimingPlan } from "../src/index.js";
import { appId, MONDAY, parse } from "./timing-fixtures.js";

/** Days from MONDAY to a date. */
const day = (date: string) => Math.round((Date.parse(date) - Date.parse(MONDAY)) / 86_400_000);
const company = (plan: TimingPlan, i: number) => plan.companies.find((c) => c.id === appId(i))!;

describe("timing planner scenarios", () => {
  it("all companies at the same stage: the same odds and timing for each", () => {
    // Four companies at the technical screen since today, no constraints. Each passes the
    // technical screen half the time and the onsite 40% of the time: an offer in 0.5 × 0.4 = 20%
    // of runs, about 8 + 10 = 18 days from now (the two stages' medians; weekends add a little).
    const plan = planTiming(
      parse({
        today: MONDAY,
        seed: 11,
        applications: [2, 3, 4, 5].map((desirability, i) => ({
          id: appId(i),
          desirability,
          stage: "technical_screen",
          stageEnteredOn: MONDAY,
        })),
      }),
    );
    for (const c of plan.companies) {
      expect(c.pOffer).toBeGreaterThan(0.18); // 10,000 trials: standard error 0.004
      expect(c.pOffer).toBeLessThan(0.22);
      if (c.stallDays === 0 && !c.expedite) {
        expect(day(c.offerArrival!.p50)).toBeGreaterThanOrEqual(15);
        expect(day(c.offerArrival!.p50)).toBeLessThanOrEqual(24);
      }
    }
    // Nothing in hand, nothing to apply to: no extension, no start.
    expect(plan.actions.filter((a) => a.kind === "extension" || a.kind === "start")).toEqual([]);
    // The window sits where the offers land.
    const earliest = Math.min(...plan.companies.map((c) => day(c.offerArrival!.p10)));
    const latest = Math.max(...plan.companies.map((c) => day(c.offerArrival!.p90)));
    expect(day(plan.decisionWindow.start)).toBeGreaterThanOrEqual(earliest);
    expect(day(plan.decisionWindow.start)).toBeLessThanOrEqual(latest);
    expect(plan.expectedOverlap).toBeGreaterThanOrEqual(plan.naiveOverlap);
  });

  it("one exploding offer: the risk is named and an extension comes first", () => {
    // X's offer (desirability 3) expires tomorrow (Tuesday 24 November); Y (the favourite) had its
    // onsite stage start two days ago, median 10 days to an offer. Y's offer can come by
    // tomorrow only if the stage lasts 3 days or less: about 2% of the log-normal (median 10,
    // p90 21). So when Y makes an offer, X has expired first in ~97% of runs. A week's
    // extension (granted 70% of the time) keeps X open to 1 December, when Y's offer has come
    // about half the time: the only lever, and worth something.
    const plan = planTiming(
      parse({
        today: MONDAY,
        seed: 3,
        applications: [
          {
            id: appId(0),
            name: "Xylo",
            desirability: 3,
            stage: "offer",
            stageEnteredOn: addDaysToDate(MONDAY, -2),
            offer: { receivedOn: addDaysToDate(MONDAY, -2), deadline: addDaysToDate(MONDAY, 1) },
          },
          { id: appId(1), name: "Yonder", desirability: 5, stage: "onsite", stageEnteredOn: addDaysToDate(MONDAY, -2) },
        ],
      }),
    );
    const risk = plan.risks.find((r) => r.kind === "expires_first");
    expect(risk?.applicationIds).toEqual([appId(0), appId(1)]);
    expect(risk!.probability).toBeGreaterThan(0.9);
    expect(risk!.message).toContain("Offer from Xylo expires on Tue 24 Nov");
    const first = plan.actions[0]!;
    expect(first.kind).toBe("extension");
    expect(first.applicationId).toBe(appId(0));
    expect(first.gain).toBeGreaterThan(0.02);
    expect(first.message!.subject).toContain("Xylo");
    expect(first.message!.body).toContain("Tuesday 24 November");
    expect(first.by <= "2026-11-24").toBe(true);
    expect(company(plan, 0).nextSteps[0]!.action).toBe("decide");
  });

  it("a favourite that is slow: stall the fast ones or hurry the favourite", () => {
    // F (desirability 5) is at its technical screen with slow stages (medians 12 and 12 days:
    // an offer in about four weeks, 20% of the time). A and B (2 and 3) are at their onsites:
    // offers in about 10 days, 40% each, open 10 days, so gone before F's comes. The guides:
    // slow the fast, hurry the slow. Holding A's or B's onsite a week or two, or asking F to
    // speed up, makes F's offer overlap theirs in more runs; the plan must take one of those.
    const slow = { medianDays: 12, p90Days: 24 };
    const plan = planTiming(
      parse({
        today: MONDAY,
        seed: 5,
        applications: [
          {
            id: appId(0),
            name: "Favourite",
            desirability: 5,
            stage: "technical_screen",
            stageEnteredOn: MONDAY,
            overrides: { stages: { technical_screen: slow, onsite: slow } },
          },
          { id: appId(1), name: "Alpha", desirability: 2, stage: "onsite", stageEnteredOn: MONDAY },
          { id: appId(2), name: "Beta", desirability: 3, stage: "onsite", stageEnteredOn: MONDAY },
        ],
      }),
    );
    const levers = plan.actions.filter(
      (a) =>
        (a.kind === "stall" && a.applicationId !== appId(0)) || (a.kind === "expedite" && a.applicationId === appId(0)),
    );
    expect(levers.length).toBeGreaterThan(0);
    for (const action of levers) {
      expect(action.gain).toBeGreaterThan(0);
      expect(action.message).not.toBeNull();
    }
    expect(plan.expectedOverlap).toBeGreaterThan(plan.naiveOverlap);
  });

  it("a capacity of two interviews a week: screens least wanted first, two a week", () => {
    // Five companies at the recruiter screen since today (a Monday), each call wanted tomorrow
    // (a 2-day stage, the call half-way), at most two interviews a week. First wanted, first
    // served, ties to the less wanted: desirability 1 and 2 take Tuesday 24 November, the week is
    // then full, 3 and 4 take Monday 30 November, 5 Monday 7 December. Their later rounds are
    // wanted later, so they never take a call's slot.
    const plan = planTiming(
      parse({
        today: MONDAY,
        seed: 9,
        constraints: { interviewsPerWeek: 2 },
        applications: [5, 3, 1, 4, 2].map((desirability, i) => ({
          id: appId(i),
          desirability,
          stage: "recruiter_screen",
          stageEnteredOn: MONDAY,
          overrides: { stages: { recruiter_screen: { medianDays: 2, p90Days: 2 } } },
        })),
      }),
    );
    const expected: Record<number, string> = {
      1: "2026-11-24",
      2: "2026-11-24",
      3: "2026-11-30",
      4: "2026-11-30",
      5: "2026-12-07",
    };
    [5, 3, 1, 4, 2].forEach((desirability, i) => {
      const call = company(plan, i).nextSteps.find((step) => step.action === "book_screen");
      expect(call?.by).toBe(expected[desirability]);
    });
    const capacity = plan.risks.find((r) => r.kind === "capacity");
    expect(capacity!.probability).toBeGreaterThan(0.9);
  });

  it("blends the user's history with the defaults by the number of observations", () => {
    // 90 applications answered after exactly 20 days, half of them going on. Weight of the
    // history 90 / (90 + 10) = 0.9: below 20 days the mixture holds at most 0.1 × P(default
    // < 20) ≈ 0.09, so the median and p90 are both 20; the pass rate is
    // (45 + 10 × 0.25) / (90 + 10) = 0.475. Stages without history keep the defaults.
    const plan = planTiming(
      parse({
        today: MONDAY,
        trials: 200,
        applications: [],
        history: [{ stage: "applied", durationsDays: Array(90).fill(20), completed: 90, movedForward: 45 }],
      }),
    );
    const applied = plan.assumptions.find((a) => a.stage === "applied")!;
    expect(applied).toMatchObject({ medianDays: 20, p90Days: 20, passRate: 0.475, observed: 90 });
    expect(plan.assumptions.find((a) => a.stage === "onsite")).toMatchObject({
      medianDays: 10,
      p90Days: 21,
      passRate: 0.4,
      observed: 0,
      source: "default assumption",
    });
  });

  it("lets a company's overrides replace the blended pace and odds", () => {
    // Two companies at the onsite since today; the recruiter told one that the debrief takes a
    // month (median 30 days) and that it is a formality (pass rate 1). Its offer is certain, and
    // about 20 days later than the other's (median 10).
    const plan = planTiming(
      parse({
        today: MONDAY,
        seed: 2,
        applications: [
          { id: appId(0), desirability: 3, stage: "onsite", stageEnteredOn: MONDAY },
          {
            id: appId(1),
            desirability: 3,
            stage: "onsite",
            stageEnteredOn: MONDAY,
            overrides: { stages: { onsite: { medianDays: 30, passRate: 1 } } },
          },
        ],
      }),
    );
    const plain = company(plan, 0);
    const told = company(plan, 1);
    expect(told.pOffer).toBe(1);
    expect(plain.pOffer).toBeGreaterThan(0.37);
    expect(plain.pOffer).toBeLessThan(0.43);
    if (!told.expedite && told.stallDays === 0 && !plain.expedite && plain.stallDays === 0) {
      const gap = day(told.offerArrival!.p50) - day(plain.offerArrival!.p50);
      expect(gap).toBeGreaterThan(15);
      expect(gap).toBeLessThan(25);
    }
  });
});
