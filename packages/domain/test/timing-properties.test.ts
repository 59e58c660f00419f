import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate, planTiming, type TimingPlan } from "../src/index.js";
import { evaluatePlan, PlanEvaluator } from "../src/timing/evaluator.js";
import { CALENDAR_DAYS, NEVER } from "../src/timing/model.js";
import { leversOf } from "../src/timing/search.js";
import { naiveDecisions, runTrial, trialState } from "../src/timing/simulate.js";
import { appId, decisionsOf, MONDAY, modelAndBlock, parse, pipelineArb } from "./timing-fixtures.js";

const RUNS = { numRuns: 25 };

/** What a plan decides: its window, and each company's start, stall and push. */
const decisions = (plan: TimingPlan) =>
  JSON.stringify([plan.decisionWindow, plan.companies.map((c) => [c.startOn, c.stallDays, c.expedite])]);

describe("timing planner properties", () => {
  it("answers the same plan for the same seed", () => {
    fc.assert(
      fc.property(pipelineArb(), (json) => {
        const input = parse(json);
        expect(planTiming(input)).toEqual(planTiming(parse(json)));
      }),
      { numRuns: 10 },
    );
  });

  it("never recommends a plan that measures below the naive plan on the same draws", () => {
    fc.assert(
      fc.property(pipelineArb(), (json) => {
        const plan = planTiming(parse(json));
        expect(plan.expectedOverlap).toBeGreaterThanOrEqual(plan.naiveOverlap);
      }),
      RUNS,
    );
  });

  it("keeps every simulated interview of the recommended plan within the constraints", () => {
    fc.assert(
      fc.property(pipelineArb(10), (json) => {
        const input = parse(json);
        const plan = planTiming(input);
        const { model, block } = modelAndBlock(input, 200);
        const dec = decisionsOf(model, plan);
        const c = input.constraints ?? {};
        const blackout = new Set(c.blackoutDates ?? []);
        const s = trialState(model.apps.length);
        for (let t = 0; t < block.trials; t++) {
          runTrial(model, block, t, dec, s);
          const perDay = new Map<string, number>();
          const perWeek = new Map<number, number>();
          const onsites: number[] = [];
          model.apps.forEach((_, a) => {
            for (let k = 0; k < 3; k++) {
              const day = s.interview[a * 3 + k]!;
              if (day === NEVER || day < 0 || day >= CALENDAR_DAYS) continue; // past, or beyond the calendar
              const date = addDaysToDate(MONDAY, day);
              const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
              expect(weekday === 0 || weekday === 6, `interview on a weekend: ${date}`).toBe(false);
              expect(blackout.has(date), `interview on a blackout date: ${date}`).toBe(false);
              perDay.set(date, (perDay.get(date) ?? 0) + 1);
              const week = Math.floor(day / 7); // MONDAY is day 0: weeks run Monday to Sunday
              perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
              if (k === 2) onsites.push(day);
            }
          });
          for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(c.interviewsPerDay ?? 255);
          for (const count of perWeek.values()) expect(count).toBeLessThanOrEqual(c.interviewsPerWeek ?? 255);
          const ready = c.readyForOnsitesOn
            ? Math.max(0, Math.round((Date.parse(c.readyForOnsitesOn) - Date.parse(MONDAY)) / 86_400_000))
            : 0;
          onsites.sort((x, y) => x - y);
          onsites.forEach((day, i) => {
            expect(day).toBeGreaterThanOrEqual(ready);
            if (i > 0) expect(day - onsites[i - 1]!).toBeGreaterThanOrEqual(c.minDaysBetweenOnsites ?? 0);
          });
        }
      }),
      { numRuns: 20 },
    );
  });

  it("books the less wanted company's screen first when capacity forces an order", () => {
    // All at the recruiter screen since today (a Monday), each screen wanted tomorrow (a 2-day
    // stage, the call half-way) and one interview a day: the calendar can give tomorrow to only
    // one. In every trial the screens must then fall on strictly later days as desirability rises.
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 0, max: 1e6 }),
        (desirabilities, seed) => {
          const input = parse({
            today: MONDAY,
            seed,
            trials: 200,
            constraints: { interviewsPerDay: 1 },
            applications: desirabilities.map((desirability, i) => ({
              id: appId(i),
              desirability,
              stage: "recruiter_screen",
              stageEnteredOn: MONDAY,
              overrides: { stages: { recruiter_screen: { medianDays: 2, p90Days: 2 } } },
            })),
          });
          const { model, block } = modelAndBlock(input);
          const s = trialState(model.apps.length);
          for (let t = 0; t < block.trials; t++) {
            runTrial(model, block, t, naiveDecisions(model), s);
            const days = model.apps.map((app, a) => ({ d: app.desirability, day: s.interview[a * 3]! }));
            days.sort((x, y) => x.d - y.d);
            for (let i = 1; i < days.length; i++) expect(days[i]!.day).toBeGreaterThan(days[i - 1]!.day);
          }
          // And the plan says so: the median screen dates rise with desirability.
          const plan = planTiming(input);
          const byDesirability = desirabilities
            .map((d, i) => ({ d, step: plan.companies[i]!.nextSteps.find((step) => step.action === "book_screen") }))
            .sort((x, y) => x.d - y.d);
          for (let i = 1; i < byDesirability.length; i++) {
            expect(byDesirability[i]!.step!.by > byDesirability[i - 1]!.step!.by).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("gives a company whose offer cannot arrive before another's deadline a start-now or extension action", () => {
    // X's offer is in hand and expires within a week; Y has not applied yet or waits for an
    // answer, so its offer is weeks away (application to offer takes about five weeks).
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom("interested", "applied"),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 1e6 }),
        (deadlineIn, stage, dx, dy, seed) => {
          const plan = planTiming(
            parse({
              today: MONDAY,
              seed,
              trials: 500,
              applications: [
                {
                  id: appId(0),
                  desirability: dx,
                  stage: "offer",
                  stageEnteredOn: addDaysToDate(MONDAY, -3),
                  offer: { receivedOn: addDaysToDate(MONDAY, -3), deadline: addDaysToDate(MONDAY, deadlineIn) },
                },
                { id: appId(1), desirability: dy, stage, stageEnteredOn: MONDAY },
              ],
            }),
          );
          const helps = plan.actions.some(
            (action) =>
              (action.kind === "extension" && action.applicationId === appId(0)) ||
              (action.kind === "start" && action.applicationId === appId(1) && action.by === MONDAY),
          );
          expect(helps).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("reports a standard error that shrinks about as 1/√n, around a stable mean", () => {
    fc.assert(
      fc.property(pipelineArb(6), (json) => {
        const small = planTiming(parse({ ...json, trials: 1000 }));
        const large = planTiming(parse({ ...json, trials: 16_000 }));
        // Both searches run on the same first 1,000 trials, so they pick the same plan and window.
        // But each count measures that plan on all its trials, and where it measures below the
        // naive plan, the naive plan is recommended instead (in its own window): a few pipelines
        // in 1,000 do so on one count only, and then the two plans are not comparable.
        const naive = (plan: TimingPlan) => plan.expectedOverlap === plan.naiveOverlap;
        if (decisions(small) !== decisions(large)) {
          expect(naive(small) || naive(large)).toBe(true);
          return;
        }
        if (naive(small) !== naive(large)) return; // the same starts, but only one asks for an extension
        // The error is reported to 4 decimals, so the large run's (a quarter of the small's) is
        // measured to ±2% only from 0.01 up; below, the outcome is nearly certain and its
        // variance comes from a handful of trials, too few to estimate it from 1,000.
        if (small.expectedOverlapStdError < 0.01) return;
        const ratio = small.expectedOverlapStdError / large.expectedOverlapStdError;
        expect(ratio).toBeGreaterThan(3.2); // √16 = 4 (3.7 to 4.6 over 1,000 pipelines)
        expect(ratio).toBeLessThan(5.2);
        expect(Math.abs(small.expectedOverlap - large.expectedOverlap)).toBeLessThan(5 * small.expectedOverlapStdError);
      }),
      { numRuns: 30 }, // about a third have an error of 0.01 or more
    );
  });

  it("never loses overlap by stalling a fast company while a slow one catches up", () => {
    // F is at its onsite (offer in about a week); S is at its technical screen with every wait
    // long, so its offer comes weeks after F's closes (F's stays open 10 days). Both surely make
    // an offer. Pushing F's onsite back by up to the gap between them moves F's offer towards S's:
    // on average they overlap more, never less.
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 8 }),
        fc.integer({ min: 12, max: 25 }),
        fc.constantFrom(7, 14),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 1e6 }),
        (fast, slow, stall, df, ds, seed) => {
          const sure = { passRate: 1 };
          const input = parse({
            today: MONDAY,
            seed,
            trials: 1000,
            applications: [
              {
                id: appId(0),
                desirability: df,
                stage: "onsite",
                stageEnteredOn: MONDAY,
                overrides: { stages: { onsite: { medianDays: fast, ...sure } } },
              },
              {
                id: appId(1),
                desirability: ds,
                stage: "technical_screen",
                stageEnteredOn: MONDAY,
                overrides: {
                  stages: { technical_screen: { medianDays: slow, ...sure }, onsite: { medianDays: slow, ...sure } },
                },
              },
            ],
          });
          const { model, block } = modelAndBlock(input);
          const f = model.apps.findIndex((app) => app.id === appId(0));
          const none = naiveDecisions(model);
          const stalled = naiveDecisions(model);
          stalled.stall[f] = stall;
          const before = evaluatePlan(model, block, none, null).value;
          const after = evaluatePlan(model, block, stalled, null).value;
          // The automatic window is the earliest one within 1% of the best (overlap.ts), so the
          // reported value is at least 99% of the best window's. The claim is about the best
          // window (stalled ≥ unstalled), which bounds the reported values by that 1%: found by
          // fast-check, [3, 22, 7, 1, 3, 0] reports 0.2244 (days 18–24) against 0.2262 (46–52).
          expect(after).toBeGreaterThanOrEqual(0.99 * before);
        },
      ),
      RUNS,
    );
  });

  it("updates a plan's value incrementally exactly as a full re-simulation would", () => {
    fc.assert(
      fc.property(
        pipelineArb(8),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (json, fixed, picks) => {
          const input = parse(json);
          const { model, block } = modelAndBlock(input, 150);
          const window = fixed ? { start: 5, end: 18 } : null;
          const evaluator = new PlanEvaluator(model, block, naiveDecisions(model), window);
          for (const pick of picks) {
            const a = pick % model.apps.length;
            const levers = leversOf(model, a);
            if (levers.length === 0) continue;
            const { lever, options } = levers[pick % levers.length]!;
            const option = options[pick % options.length]!;
            const tried = evaluator.tryChange(a, lever, option);
            const changed = { ...evaluator.decisions, [lever]: evaluator.decisions[lever].slice() };
            changed[lever][a] = option;
            const full = evaluatePlan(model, block, changed, window);
            expect(tried.value).toBeCloseTo(full.value, 9);
            expect(tried.window).toEqual(full.window);
            if (pick % 2 === 0) evaluator.commit();
            else evaluator.revert();
            const now = evaluatePlan(model, block, evaluator.decisions, window);
            expect(evaluator.current.value).toBeCloseTo(now.value, 9);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
