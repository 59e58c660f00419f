import fc from "fast-check";
import { addDaysToDate, planInputSchema, type PlanInput, type PlanInputJson, type TimingPlan } from "../src/index.js";
import { allocateBlock, drawStreams, fillBlock, type DrawBlock } from "../src/timing/draws.js";
import { buildModel, type Model } from "../src/timing/model.js";
import { DROPPED, naiveDecisions, type Decisions } from "../src/timing/simulate.js";

/** Monday 23 November 2026: day 0 of most fixtures (so day n is a weekday for n = 0 … 4). */
export const MONDAY = "2026-11-23";

export function appId(i: number): string {
  return `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`;
}

export function parse(input: PlanInputJson): PlanInput {
  return planInputSchema.parse(input);
}

/** The model and one block of draws, as planTiming builds them. */
export function modelAndBlock(input: PlanInput, trials = input.trials): { model: Model; block: DrawBlock } {
  const model = buildModel(input);
  const block = allocateBlock(trials, model.apps.length);
  fillBlock(model, drawStreams(model, input.seed), block, trials);
  return { model, block };
}

/** The decisions a plan recommends, in the model's (simulation) order. */
export function decisionsOf(model: Model, plan: TimingPlan): Decisions {
  const dec = naiveDecisions(model);
  model.apps.forEach((app, a) => {
    const company = plan.companies.find((c) => c.id === app.id)!;
    if (app.interested && app.pinnedStart === null) {
      dec.start[a] = company.startOn === null ? DROPPED : dayOf(model, company.startOn);
    }
    dec.stall[a] = company.stallDays;
    dec.expedite[a] = company.expedite ? 1 : 0;
  });
  return dec;
}

export function dayOf(model: Model, date: string): number {
  return Math.round((Date.parse(date) - Date.parse(model.today)) / 86_400_000);
}

const STAGES = ["interested", "applied", "recruiter_screen", "technical_screen", "onsite", "offer"] as const;

/** Random pipelines: 1 to `max` applications at any stage, entered up to 30 days ago, some with offers. */
export function pipelineArb(max = 8, today = MONDAY): fc.Arbitrary<PlanInputJson> {
  const app = fc.record({
    desirability: fc.integer({ min: 1, max: 5 }),
    stage: fc.constantFrom(...STAGES),
    age: fc.integer({ min: 0, max: 30 }),
    deadlineIn: fc.integer({ min: 0, max: 21 }),
    slow: fc.option(fc.integer({ min: 3, max: 30 }), { nil: undefined }),
  });
  const constraints = fc.record(
    {
      interviewsPerDay: fc.integer({ min: 1, max: 3 }),
      interviewsPerWeek: fc.integer({ min: 1, max: 8 }),
      blackoutDates: fc.array(
        fc.integer({ min: 0, max: 40 }).map((d) => addDaysToDate(today, d)),
        { maxLength: 6 },
      ),
      readyForOnsitesOn: fc.integer({ min: 0, max: 30 }).map((d) => addDaysToDate(today, d)),
      minDaysBetweenOnsites: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({
      apps: fc.array(app, { minLength: 1, maxLength: max }),
      constraints,
      seed: fc.integer({ min: 0, max: 1e6 }),
    })
    .map(({ apps, constraints: given, seed }) => ({
      today,
      seed,
      trials: 400,
      constraints: given,
      applications: apps.map((a, i) => ({
        id: appId(i),
        name: `Company ${i + 1}`,
        desirability: a.desirability,
        stage: a.stage,
        stageEnteredOn: addDaysToDate(today, -a.age),
        ...(a.stage === "offer"
          ? { offer: { receivedOn: addDaysToDate(today, -a.age), deadline: addDaysToDate(today, a.deadlineIn) } }
          : {}),
        ...(a.slow && a.stage !== "offer" && a.stage !== "interested"
          ? { overrides: { stages: { [a.stage]: { medianDays: a.slow } } } }
          : {}),
      })),
    }));
}
