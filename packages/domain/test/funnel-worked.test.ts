import { describe, expect, it } from "vitest";
import {
  analyticsReport,
  analyticsQuerySchema,
  funnel,
  quantile,
  responseRates,
  stageStatistics,
  weeklyActivity,
  type Source,
  type Stage,
  type TrackedApplication,
} from "../src/index.js";

// A small search with figures worked out by hand. Day 0 is Monday 2025-01-06; every step is at
// 09:00 UTC unless a time is given. (A skip, e.g. E going straight to a recruiter screen, counts
// as passing the skipped stages.)
//
//   A referral        interested d0, applied d2, recruiter_screen d5, technical_screen d12, onsite d20, offer d30
//   B referral        interested d0, applied d1, rejected d4
//   C applied_online  applied d3, no_response d33
//   D applied_online  applied d3, recruiter_screen d10, technical_screen d13, rejected d20
//   E recruiter       recruiter_screen d7, technical_screen d9 21:00, withdrawn d11
//   F (no source)     interested d8
//   G applied_online  applied d14
//   H network         interested d1, applied d3, technical_screen d8, onsite d15, offer d22, accepted d25
const at = (day: number, time = "09:00") =>
  new Date(Date.parse(`2025-01-06T${time}:00.000Z`) + day * 86_400_000).toISOString();
const app = (source: Source | null, ...steps: [Stage, number, string?][]): TrackedApplication => ({
  source,
  steps: steps.map(([stage, day, time]) => ({ stage, at: at(day, time) })),
});

const A = app(
  "referral",
  ["interested", 0],
  ["applied", 2],
  ["recruiter_screen", 5],
  ["technical_screen", 12],
  ["onsite", 20],
  ["offer", 30],
);
const B = app("referral", ["interested", 0], ["applied", 1], ["rejected", 4]);
const C = app("applied_online", ["applied", 3], ["no_response", 33]);
const D = app("applied_online", ["applied", 3], ["recruiter_screen", 10], ["technical_screen", 13], ["rejected", 20]);
const E = app("recruiter", ["recruiter_screen", 7], ["technical_screen", 9, "21:00"], ["withdrawn", 11]);
const F = app(null, ["interested", 8]);
const G = app("applied_online", ["applied", 14]);
const H = app(
  "network",
  ["interested", 1],
  ["applied", 3],
  ["technical_screen", 8],
  ["onsite", 15],
  ["offer", 22],
  ["accepted", 25],
);
const SEARCH = [A, B, C, D, E, F, G, H];

describe("funnel on the worked example", () => {
  it("counts who reached each stage, skips included, and the conversions between them", () => {
    // Furthest stage: A offer, B applied, C applied, D technical, E technical, F interested,
    // G applied, H accepted. Closed now: B, C, D, E.
    // reached: accepted 1 (H); offer 1 + 1 = 2 (A); onsite 2; technical 2 + 2 = 4 (D, E);
    // recruiter 4; applied 4 + 3 = 7 (B, C, G); interested 7 + 1 = 8 (F).
    const { steps, conversions } = funnel(SEARCH);
    expect(steps).toEqual([
      { stage: "interested", reached: 8, stoppedOpen: 1, stoppedClosed: 0 },
      { stage: "applied", reached: 7, stoppedOpen: 1, stoppedClosed: 2 },
      { stage: "recruiter_screen", reached: 4, stoppedOpen: 0, stoppedClosed: 0 },
      { stage: "technical_screen", reached: 4, stoppedOpen: 0, stoppedClosed: 2 },
      { stage: "onsite", reached: 2, stoppedOpen: 0, stoppedClosed: 0 },
      { stage: "offer", reached: 2, stoppedOpen: 1, stoppedClosed: 0 },
      { stage: "accepted", reached: 1, stoppedOpen: 1, stoppedClosed: 0 },
    ]);
    // 7/8, 4/7, 4/4, 2/4, 2/2, 1/2.
    expect(conversions.map((c) => [c.from, c.to, c.rate])).toEqual([
      ["interested", "applied", 0.875],
      ["applied", "recruiter_screen", 4 / 7],
      ["recruiter_screen", "technical_screen", 1],
      ["technical_screen", "onsite", 0.5],
      ["onsite", "offer", 1],
      ["offer", "accepted", 0.5],
    ]);
  });
});

describe("responseRates on the worked example", () => {
  it("counts a later stage or a rejection after applying as an answer, and silence or withdrawing as none", () => {
    // referral: A answered (screen), B answered (rejected after applying): 2/2.
    // applied_online: C no_response, D answered, G still waiting: 1/3.
    // recruiter: E skipped to a screen: 1/1. network: H 1/1. F never applied: unknown 0/0.
    expect(responseRates(SEARCH)).toEqual([
      { source: "referral", applied: 2, responded: 2, rate: 1 },
      { source: "recruiter", applied: 1, responded: 1, rate: 1 },
      { source: "applied_online", applied: 3, responded: 1, rate: 1 / 3 },
      { source: "network", applied: 1, responded: 1, rate: 1 },
      { source: "other", applied: 0, responded: 0, rate: null },
      { source: "unknown", applied: 0, responded: 0, rate: null },
    ]);
  });

  it("does not count a rejection before applying, nor an application that never applied", () => {
    const early = app("network", ["interested", 0], ["rejected", 3]);
    const late = app("network", ["interested", 0], ["rejected", 3], ["applied", 5]);
    expect(responseRates([early, late])[3]).toEqual({ source: "network", applied: 1, responded: 0, rate: 0 });
  });
});

describe("stageStatistics on the worked example", () => {
  const byStage = Object.fromEntries(stageStatistics(SEARCH).map((s) => [s.stage, s]));

  it("interested: stays of 2 (A), 1 (B), 2 (H) days, F still there", () => {
    // Sorted [1, 2, 2]: median x1 = 2; p90 h = 2·0.9 = 1.8, x1 + 0.8·(x2 − x1) = 2.
    expect(byStage.interested).toEqual({
      stage: "interested",
      completed: 3,
      open: 1,
      durationsDays: [1, 2, 2],
      medianDays: 2,
      p90Days: 2,
      minDays: 1,
      maxDays: 2,
      movedForward: 3,
      passRate: 1,
    });
  });

  it("applied: 3 (A), 3 (B, rejected), 30 (C, no response), 7 (D), 5 (H), G still waiting", () => {
    // Sorted [3, 3, 5, 7, 30]: median x2 = 5; p90 h = 4·0.9 = 3.6, 7 + 0.6·(30 − 7) = 20.8.
    // Forward: A, D, H = 3 of 5.
    const applied = byStage.applied!;
    expect(applied).toMatchObject({ completed: 5, open: 1, durationsDays: [3, 3, 5, 7, 30], medianDays: 5 });
    expect(applied.p90Days).toBeCloseTo(20.8, 10);
    expect(applied).toMatchObject({ minDays: 3, maxDays: 30, movedForward: 3, passRate: 0.6 });
  });

  it("recruiter and technical screens, with E's half days", () => {
    // Recruiter: A 7, D 3, E 2.5 (d7 09:00 to d9 21:00). Sorted [2.5, 3, 7]: median 3;
    // p90 h = 1.8, 3 + 0.8·4 = 6.2. All three went on.
    expect(byStage.recruiter_screen).toMatchObject({ durationsDays: [2.5, 3, 7], medianDays: 3, passRate: 1 });
    expect(byStage.recruiter_screen!.p90Days).toBeCloseTo(6.2, 10);
    // Technical: A 8, D 7 (rejected), E 1.5 (withdrawn), H 7. Sorted [1.5, 7, 7, 8]:
    // median h = 1.5, 7 + 0.5·0 = 7; p90 h = 2.7, 7 + 0.7·1 = 7.7. Forward 2 of 4.
    expect(byStage.technical_screen).toMatchObject({ durationsDays: [1.5, 7, 7, 8], medianDays: 7, passRate: 0.5 });
    expect(byStage.technical_screen!.p90Days).toBeCloseTo(7.7, 10);
  });

  it("onsite and offer, with A's offer still open", () => {
    // Onsite: A 10, H 7. Median 8.5; p90 h = 0.9, 7 + 0.9·3 = 9.7.
    expect(byStage.onsite).toMatchObject({ completed: 2, open: 0, medianDays: 8.5, passRate: 1 });
    expect(byStage.onsite!.p90Days).toBeCloseTo(9.7, 10);
    // Offer: H 3 days to accepting; A still deciding.
    expect(byStage.offer).toMatchObject({ completed: 1, open: 1, medianDays: 3, p90Days: 3, passRate: 1 });
  });
});

describe("weeklyActivity on the worked example", () => {
  // Interviews: one held d5, a loop on d20 whose two sessions are counted instead of it, one
  // cancelled, one still to come. Outreach on d2 and twice on d9.
  const interviews = [
    { startsAt: at(5, "15:00"), outcome: "passed" as const, hasSessions: false },
    { startsAt: at(20, "10:00"), outcome: "pending" as const, hasSessions: true },
    { startsAt: at(20, "10:00"), outcome: "passed" as const, hasSessions: false },
    { startsAt: at(20, "14:00"), outcome: "failed" as const, hasSessions: false },
    { startsAt: at(12), outcome: "cancelled" as const, hasSessions: false },
    { startsAt: at(40), outcome: "pending" as const, hasSessions: false },
  ];
  const outreach = [{ on: "2025-01-08" }, { on: "2025-01-15" }, { on: "2025-01-15" }];
  const now = at(35, "12:00"); // Monday 2025-02-10

  it("counts each week from the first activity to this week, empty weeks included", () => {
    // W0 (d0-6):   added A B C D H; applied A B C D H; moves A×2 B×2 H×1; interview d5; outreach d2.
    // W1 (d7-13):  added E F; applied E (skip); moves A d12, D d10 d13, E d9 d11, H d8; outreach ×2.
    // W2 (d14-20): added G; applied G; moves A d20, D d20, H d15; the loop's two sessions.
    // W3: moves H d22 d25. W4: moves A d30, C d33. W5 (this week): nothing.
    const weeks = weeklyActivity({ applications: SEARCH, interviews, outreach }, { timeZone: "UTC", now });
    expect(weeks).toEqual([
      { weekStart: "2025-01-06", week: "2025-W02", added: 5, applied: 5, moves: 5, interviews: 1, outreach: 1 },
      { weekStart: "2025-01-13", week: "2025-W03", added: 2, applied: 1, moves: 6, interviews: 0, outreach: 2 },
      { weekStart: "2025-01-20", week: "2025-W04", added: 1, applied: 1, moves: 3, interviews: 2, outreach: 0 },
      { weekStart: "2025-01-27", week: "2025-W05", added: 0, applied: 0, moves: 2, interviews: 0, outreach: 0 },
      { weekStart: "2025-02-03", week: "2025-W06", added: 0, applied: 0, moves: 2, interviews: 0, outreach: 0 },
      { weekStart: "2025-02-10", week: "2025-W07", added: 0, applied: 0, moves: 0, interviews: 0, outreach: 0 },
    ]);
  });

  it("keeps only the days from `from` to `to`, and every week between them", () => {
    // d9 (Wed 2025-01-15) to d15 (Tue 2025-01-21). Week d7-d13: moves E d9 d11, A d12, D d10 d13 = 5,
    // outreach d9 ×2; E (added d7), F (added d8) and H's move on d8 fall before. Week d14-d20: G
    // added and applied d14, H's move d15; A's and D's moves on d20 fall after.
    const weeks = weeklyActivity(
      { applications: SEARCH, interviews, outreach },
      { timeZone: "UTC", now, from: "2025-01-15", to: "2025-01-21" },
    );
    expect(weeks).toEqual([
      { weekStart: "2025-01-13", week: "2025-W03", added: 0, applied: 0, moves: 5, interviews: 0, outreach: 2 },
      { weekStart: "2025-01-20", week: "2025-W04", added: 1, applied: 1, moves: 1, interviews: 0, outreach: 0 },
    ]);
  });
});

describe("analyticsReport on the worked example", () => {
  const now = at(35, "12:00");

  it("rounds for the wire and adds the totals", () => {
    const report = analyticsReport(
      { applications: SEARCH, interviews: [], outreach: [] },
      analyticsQuerySchema.parse({}),
      now,
    );
    // 8 applications; closed B C D E; accepted H; active A F G. Moves 5+2+1+3+2+0+0+5 = 18.
    // Applied 7, answered 5 (A B D E H): 5/7 = 0.714285... → 0.7143. Offers A H: 2/7 → 0.2857.
    expect(report.totals).toEqual({
      applications: 8,
      active: 3,
      closed: 4,
      moves: 18,
      applied: 7,
      responded: 5,
      responseRate: 0.7143,
      offers: 2,
      offerRate: 0.2857,
      accepted: 1,
      interviews: 0,
      outreach: 0,
    });
    expect(report.conversions[1]).toEqual({ from: "applied", to: "recruiter_screen", rate: 0.5714 });
    expect(report.sources[2]).toEqual({ source: "applied_online", applied: 3, responded: 1, rate: 0.3333 });
    expect(report.stageDurations.find((s) => s.stage === "applied")).toEqual({
      stage: "applied",
      completed: 5,
      open: 1,
      medianDays: 5,
      p90Days: 20.8,
      minDays: 3,
      maxDays: 30,
      movedForward: 3,
      passRate: 0.6,
    });
    expect(report.range).toEqual({ from: null, to: null, timeZone: "UTC" });
  });

  it("takes the cohort that entered between from and to, and the weeks of those days", () => {
    // Entered d7-d14 (2025-01-13 to 2025-01-20): E (d7), F (d8), G (d14).
    // Funnel: interested 3, applied 2 (E by skipping, G), recruiter 1, technical 1 (E), then 0.
    const report = analyticsReport(
      { applications: SEARCH, interviews: [], outreach: [] },
      analyticsQuerySchema.parse({ from: "2025-01-13", to: "2025-01-20" }),
      now,
    );
    expect(report.funnel.map((s) => s.reached)).toEqual([3, 2, 1, 1, 0, 0, 0]);
    expect(report.totals).toMatchObject({ applications: 3, closed: 1, active: 2, applied: 2, responded: 1 });
    expect(report.weekly.map((w) => w.weekStart)).toEqual(["2025-01-13", "2025-01-20"]);
  });
});

describe("quantile", () => {
  it("interpolates linearly between order statistics (type 7)", () => {
    // h = 4·0.9 = 3.6: 4 + 0.6·(5 − 4) = 4.6. Median of an even count: the middle two's mean.
    expect(quantile([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
    expect(quantile([1, 2, 3, 10], 0.5)).toBe(2.5);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeUndefined();
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});
