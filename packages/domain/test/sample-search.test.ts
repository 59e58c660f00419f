import {
  applicationInputSchema,
  companyInputSchema,
  isClosedStage,
  OPEN_STAGES,
  sampleSearch,
  seededRandom,
  STAGES,
} from "../src/index.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const now = new Date("2025-03-10T12:00:00.000Z");

describe("sampleSearch", () => {
  const sample = sampleSearch(now, seededRandom(42));

  it("holds about 25 companies with distinct names, one application each", () => {
    expect(sample.companies.length).toBeGreaterThanOrEqual(20);
    expect(sample.companies.length).toBeLessThanOrEqual(30);
    const names = sample.companies.map((c) => c.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const app of sample.applications) expect(names).toContain(app.companyName.toLowerCase());
  });

  it("puts an application in every stage", () => {
    const current = new Set(sample.applications.map((a) => a.history.at(-1)!.stage));
    expect([...current].sort()).toEqual([...STAGES].sort());
  });

  it("passes the same validation as the API's input", () => {
    for (const company of sample.companies) expect(companyInputSchema.safeParse(company).error).toBeUndefined();
    for (const app of sample.applications) {
      const result = applicationInputSchema.safeParse({ ...app.input, companyName: app.companyName });
      expect(result.error, app.companyName).toBeUndefined();
    }
  });

  it("is deterministic for a seed, and varies with it", () => {
    expect(sampleSearch(now, seededRandom(42))).toEqual(sample);
    expect(sampleSearch(now, seededRandom(43))).not.toEqual(sample);
  });

  it("property: every history walks the stages in order, in time, and ends by now", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (seed, at) => {
          const { applications } = sampleSearch(at, seededRandom(seed));
          for (const { history, input, companyName } of applications) {
            const stages = history.map((h) => h.stage);
            // Open stages from the start, in order, with at most one closed stage at the end.
            const open = stages.filter((s) => !isClosedStage(s));
            expect(open, companyName).toEqual(OPEN_STAGES.slice(0, open.length));
            expect(stages.slice(0, open.length)).toEqual(open);
            expect(stages.length - open.length).toBeLessThanOrEqual(1);
            const times = history.map((h) => Date.parse(h.at));
            for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
            expect(times.at(-1)!).toBeLessThanOrEqual(at.getTime());
            for (const h of history) expect(new Date(h.at).toISOString()).toBe(h.at);
            const applied = history.find((h) => h.stage === "applied");
            expect(input.appliedOn ?? null).toBe(applied ? applied.at.slice(0, 10) : null);
            expect(input.salaryMin!).toBeLessThanOrEqual(input.salaryMax!);
            if (input.nextActionDue) expect(input.nextActionDue > at.toISOString().slice(0, 10)).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it("stays valid at the extremes of its random numbers", () => {
    for (const rng of [() => 0, () => 0.999_999_999]) {
      const { applications } = sampleSearch(now, rng);
      for (const { history } of applications) {
        const times = history.map((h) => Date.parse(h.at));
        expect(times.at(-1)!).toBeLessThanOrEqual(now.getTime());
        for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
      }
    }
  });
});
