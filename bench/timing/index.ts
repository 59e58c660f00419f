// bench/timing: the timing planner (planTiming, the pure domain function behind POST
// /api/timing/plan), 25 applications × 10,000 trials plus the search, and what the plan is worth.
//
// Scenarios (seeded, so every run plans the same inputs):
//   capacity   25 applications across every stage, one offer in hand, at most 2 interviews a day
//              and 6 a week, onsites 2 days apart and not before next week: the realistic, busy
//              case, where bookings couple the applications (the search then re-simulates whole
//              trials);
//   free       the same 25 with no interview limits (each application simulated on its own);
//   and the four scenarios of packages/domain/test/timing-scenarios.test.ts (same stage,
//   exploding offer, slow favourite, two interviews a week), for the plan's worth only.
// Each round times planTiming per scenario (rotating the order after a warm-up); p50 and p95 over
// the rounds. Beside each, the plan's expected overlap and the naive plan's ("start everything
// today, ask nothing") on the same trials and random numbers: their ratio is the planner's worth.
// One JSON line on stdout; progress on stderr. BENCH_STRICT=1 fails on a missed target.
// Sizes: BENCH_TIMING_TRIALS (10000), BENCH_TIMING_ROUNDS (20).
import { performance } from "node:perf_hooks";
import {
  addDaysToDate,
  planInputSchema,
  planTiming,
  seededRandom,
  type PlanInput,
  type PlanInputJson,
  type TimingPlan,
} from "@loopwise/domain";
import { rounds } from "../support/rounds.js";
import { intFromEnv, loadNow, machineInfo, report } from "../support/run.js";
import { ms, percentile, progress } from "../support/stats.js";

const settings = {
  trials: intFromEnv("BENCH_TIMING_TRIALS", 10_000),
  warmup: 3,
  iterations: intFromEnv("BENCH_TIMING_ROUNDS", 20),
};
/** 25 applications, 10,000 trials and the search within this, at the median round. */
const TARGETS = { planP50Ms: 200 };

const TODAY = "2026-11-23"; // a Monday
const id = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`;
const STAGES = ["interested", "applied", "applied", "recruiter_screen", "technical_screen", "onsite"] as const;

/** 25 applications: a seeded mix of stages, ages and desirability, one offer in hand. */
function busySearch(constraints: PlanInputJson["constraints"]): PlanInputJson {
  const random = seededRandom(20_261_123);
  const pick = (n: number) => Math.floor(random() * n);
  return {
    today: TODAY,
    seed: 1,
    trials: settings.trials,
    constraints,
    applications: Array.from({ length: 25 }, (_, i) => {
      const entered = addDaysToDate(TODAY, -pick(10));
      if (i === 0) {
        return {
          id: id(i),
          name: "Company 1",
          desirability: 3,
          stage: "offer",
          stageEnteredOn: entered,
          offer: { receivedOn: entered, deadline: addDaysToDate(TODAY, 6) },
        };
      }
      return {
        id: id(i),
        name: `Company ${i + 1}`,
        desirability: 1 + pick(5),
        stage: STAGES[pick(STAGES.length)]!,
        stageEnteredOn: entered,
      };
    }),
  };
}

const slow = { medianDays: 12, p90Days: 24 };
const fixtures: Record<string, PlanInputJson> = {
  capacity: busySearch({
    interviewsPerDay: 2,
    interviewsPerWeek: 6,
    minDaysBetweenOnsites: 2,
    readyForOnsitesOn: addDaysToDate(TODAY, 7),
  }),
  free: busySearch({}),
  sameStage: {
    today: TODAY,
    trials: settings.trials,
    applications: [2, 3, 4, 5].map((desirability, i) => ({
      id: id(i),
      desirability,
      stage: "technical_screen",
      stageEnteredOn: TODAY,
    })),
  },
  explodingOffer: {
    today: TODAY,
    trials: settings.trials,
    applications: [
      {
        id: id(0),
        desirability: 3,
        stage: "offer",
        stageEnteredOn: addDaysToDate(TODAY, -2),
        offer: { receivedOn: addDaysToDate(TODAY, -2), deadline: addDaysToDate(TODAY, 1) },
      },
      { id: id(1), desirability: 5, stage: "onsite", stageEnteredOn: addDaysToDate(TODAY, -2) },
    ],
  },
  slowFavourite: {
    today: TODAY,
    trials: settings.trials,
    applications: [
      {
        id: id(0),
        desirability: 5,
        stage: "technical_screen",
        stageEnteredOn: TODAY,
        overrides: { stages: { technical_screen: slow, onsite: slow } },
      },
      { id: id(1), desirability: 2, stage: "onsite", stageEnteredOn: TODAY },
      { id: id(2), desirability: 3, stage: "onsite", stageEnteredOn: TODAY },
    ],
  },
  twoAWeek: {
    today: TODAY,
    trials: settings.trials,
    constraints: { interviewsPerWeek: 2 },
    applications: [5, 3, 1, 4, 2].map((desirability, i) => ({
      id: id(i),
      desirability,
      stage: "recruiter_screen",
      stageEnteredOn: TODAY,
    })),
  },
};
const TIMED = ["capacity", "free"];

function worth(plan: TimingPlan) {
  return {
    expectedOverlap: plan.expectedOverlap,
    stdError: plan.expectedOverlapStdError,
    naiveOverlap: plan.naiveOverlap,
    ratio: plan.naiveOverlap > 0 ? Math.round((plan.expectedOverlap / plan.naiveOverlap) * 100) / 100 : null,
    actions: plan.actions.filter((a) => a.gain > 0).map((a) => a.kind),
    window: plan.decisionWindow,
  };
}

async function main(): Promise<void> {
  const loadStart = loadNow();
  const inputs: Record<string, PlanInput> = Object.fromEntries(
    Object.entries(fixtures).map(([name, json]) => [name, planInputSchema.parse(json)]),
  );
  progress(
    `${settings.trials} trials; ${settings.warmup} warm-up + ${settings.iterations} rounds of ${TIMED.join(", ")}`,
  );
  const timings = await rounds(
    settings.warmup,
    settings.iterations,
    Object.fromEntries(
      TIMED.map((name) => [
        name,
        async () => {
          const start = performance.now();
          planTiming(inputs[name]!);
          return performance.now() - start;
        },
      ]),
    ),
  );
  const timed = Object.fromEntries(
    TIMED.map((name) => {
      const samples = timings[name]![0]!;
      return [name, { p50: ms(percentile(samples, 0.5)), p95: ms(percentile(samples, 0.95)) }];
    }),
  );
  const plans = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, worth(planTiming(input))]));
  for (const [name, figures] of Object.entries(timed))
    progress(`${name}: p50 ${figures.p50} ms, p95 ${figures.p95} ms`);
  for (const [name, plan] of Object.entries(plans)) {
    progress(`${name}: plan ${plan.expectedOverlap} vs naive ${plan.naiveOverlap} (×${plan.ratio ?? "-"})`);
  }
  const met = Object.fromEntries(TIMED.map((name) => [`${name}P50`, timed[name]!.p50 < TARGETS.planP50Ms]));
  const result = {
    bench: "timing",
    applications: 25,
    trials: settings.trials,
    iterations: settings.iterations,
    planMs: timed,
    worth: plans,
    targets: TARGETS,
    met: { ...met, all: Object.values(met).every(Boolean) },
    env: machineInfo(loadStart),
  };
  report(result, result.met.all);
}

await main();
