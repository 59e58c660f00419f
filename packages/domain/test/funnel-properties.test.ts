import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  funnel,
  quantile,
  responseRates,
  SOURCES,
  STAGES,
  stageStatistics,
  toTimeline,
  weeklyActivity,
  type Source,
  type Stage,
  type TrackedApplication,
} from "../src/index.js";

const BASE = Date.parse("2025-01-06T00:00:00.000Z");
/** Later than any generated step: 200 + 8 × 60 days after BASE. */
const NOW = new Date(BASE + 700 * 86_400_000).toISOString();

/** A history of up to 8 steps, each 0 to 60 days (to the minute) after the one before. */
const historyArb = fc
  .array(fc.record({ stage: fc.constantFrom(...STAGES), gapMinutes: fc.integer({ min: 0, max: 60 * 24 * 60 }) }), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((raw) =>
    fc.integer({ min: 0, max: 200 * 24 * 60 }).map((startMinutes) => {
      let t = BASE + startMinutes * 60_000;
      return raw.map(({ stage, gapMinutes }) => {
        t += gapMinutes * 60_000;
        return { stage: stage as Stage, at: new Date(t).toISOString() };
      });
    }),
  );

const applicationArb: fc.Arbitrary<TrackedApplication> = fc.record({
  source: fc.option(fc.constantFrom(...SOURCES), { nil: null }) as fc.Arbitrary<Source | null>,
  steps: historyArb,
});
const searchArb = fc.array(applicationArb, { maxLength: 40 });

describe("funnel properties", () => {
  it("counts never increase along the stages, and each step splits into stopped here plus went on", () => {
    fc.assert(
      fc.property(searchArb, (apps) => {
        const { steps, conversions } = funnel(apps);
        steps.forEach((step, i) => {
          const next = steps[i + 1]?.reached ?? 0;
          expect(step.reached).toBeGreaterThanOrEqual(next);
          expect(step.reached).toBe(step.stoppedOpen + step.stoppedClosed + next);
        });
        // Everyone whose history shows a funnel stage is in the first step.
        const inFunnel = apps.filter((a) =>
          a.steps.some((s) => !["rejected", "withdrawn", "no_response"].includes(s.stage)),
        );
        expect(steps[0]!.reached).toBe(inFunnel.length);
        for (const c of conversions) {
          if (c.rate !== null) expect(c.rate).toBeGreaterThanOrEqual(0);
          if (c.rate !== null) expect(c.rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("does not depend on the order rows arrive in when their times differ", () => {
    fc.assert(
      fc.property(searchArb, fc.integer(), (apps, seed) => {
        const distinct = apps.filter((a) => new Set(a.steps.map((s) => s.at)).size === a.steps.length);
        const shuffled = distinct.map((a) => ({
          ...a,
          steps: [...a.steps].sort((x, y) => ((x.at.charCodeAt(18) * seed) % 7) - ((y.at.charCodeAt(18) * seed) % 7)),
        }));
        expect(funnel(shuffled)).toEqual(funnel(distinct));
        expect(stageStatistics(shuffled)).toEqual(stageStatistics(distinct));
      }),
    );
  });
});

describe("stageStatistics properties", () => {
  it("medians lie between min and max, p90 is at least the median, rates are rates", () => {
    fc.assert(
      fc.property(searchArb, (apps) => {
        for (const s of stageStatistics(apps)) {
          expect(s.completed).toBe(s.durationsDays.length);
          if (s.completed === 0) {
            expect([s.medianDays, s.p90Days, s.minDays, s.maxDays, s.passRate]).toEqual([null, null, null, null, null]);
            continue;
          }
          expect(s.medianDays!).toBeGreaterThanOrEqual(s.minDays!);
          expect(s.medianDays!).toBeLessThanOrEqual(s.maxDays!);
          expect(s.p90Days!).toBeGreaterThanOrEqual(s.medianDays!);
          expect(s.p90Days!).toBeLessThanOrEqual(s.maxDays!);
          expect(s.minDays!).toBeGreaterThanOrEqual(0);
          expect(s.movedForward).toBeLessThanOrEqual(s.completed);
          expect(s.passRate).toBe(s.movedForward / s.completed);
        }
      }),
    );
  });

  it("counts every stay in a waiting stage once, as completed or open", () => {
    fc.assert(
      fc.property(searchArb, (apps) => {
        const waiting = ["interested", "applied", "recruiter_screen", "technical_screen", "onsite", "offer"];
        const stays = apps
          .map((a) => toTimeline(a.steps))
          .reduce((sum, t) => sum + t.filter((s) => waiting.includes(s.stage)).length, 0);
        const counted = stageStatistics(apps).reduce((sum, s) => sum + s.completed + s.open, 0);
        expect(counted).toBe(stays);
      }),
    );
  });
});

describe("quantile properties", () => {
  const sortedArb = fc
    .array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 50 })
    .map((xs) => [...xs].sort((a, b) => a - b));

  it("is monotonic in p and stays within the samples", () => {
    fc.assert(
      fc.property(
        sortedArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(quantile(xs, lo)!).toBeLessThanOrEqual(quantile(xs, hi)!);
          expect(quantile(xs, lo)!).toBeGreaterThanOrEqual(xs[0]!);
          expect(quantile(xs, hi)!).toBeLessThanOrEqual(xs.at(-1)!);
        },
      ),
    );
  });

  it("hits the order statistics exactly at p = k / (n − 1)", () => {
    fc.assert(
      fc.property(sortedArb, fc.nat(), (xs, k) => {
        if (xs.length < 2) return;
        const i = k % xs.length;
        expect(quantile(xs, i / (xs.length - 1))).toBeCloseTo(xs[i]!, 9);
      }),
    );
  });
});

describe("responseRates properties", () => {
  it("answers never exceed applications, and the applied add up to the funnel's applied step", () => {
    fc.assert(
      fc.property(searchArb, (apps) => {
        const rates = responseRates(apps);
        for (const r of rates) expect(r.responded).toBeLessThanOrEqual(r.applied);
        const applied = rates.reduce((sum, r) => sum + r.applied, 0);
        expect(applied).toBe(funnel(apps).steps[1]!.reached);
      }),
    );
  });
});

describe("weeklyActivity properties", () => {
  const zones = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "America/St_Johns"];

  it("has one entry per week, Mondays 7 days apart, and counts every step once in any zone", () => {
    fc.assert(
      fc.property(searchArb, fc.constantFrom(...zones), (apps, timeZone) => {
        const weeks = weeklyActivity({ applications: apps, interviews: [], outreach: [] }, { timeZone, now: NOW });
        weeks.forEach((w, i) => {
          expect(new Date(`${w.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
          if (i > 0) expect(Date.parse(w.weekStart) - Date.parse(weeks[i - 1]!.weekStart)).toBe(7 * 86_400_000);
        });
        const timelines = apps.map((a) => toTimeline(a.steps));
        const sum = (key: "added" | "moves") => weeks.reduce((total, w) => total + w[key], 0);
        expect(sum("added")).toBe(timelines.length);
        expect(sum("moves")).toBe(timelines.reduce((total, t) => total + t.length - 1, 0));
        if (apps.length === 0) expect(weeks).toEqual([]);
      }),
    );
  });
});
