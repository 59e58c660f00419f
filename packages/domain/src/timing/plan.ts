import { DEFAULT_OFFER_OPEN_DAYS } from "./assumptions.js";
import { companyPlans, narration, round3, type Narration } from "./company-plans.js";
import { allocateBlock, drawStreams, fillBlock, type DrawBlock } from "./draws.js";
import { BLOCK_TRIALS, measure, SLOT } from "./measure.js";
import { buildModel, type Model } from "./model.js";
import { PlanEvaluator, type Lever } from "./evaluator.js";
import type { PlanInput } from "./plan-input.js";
import type { TimingPlan } from "./plan-types.js";
import { AWAITED_MIN_ODDS, planActions, planRisks, type ActionGains } from "./recommend.js";
import { MIN_GAIN, searchPlan } from "./search.js";
import { DROPPED, naiveDecisions, type Decisions } from "./simulate.js";

/**
 * The timing planner: when to start each application, which processes to slow or speed up and
 * which offers to ask more time on, so that the offers wanted most are open together in the
 * decision window. Pure and deterministic for a seed.
 *
 * 1. Model (model.ts): every application's stages ahead, their durations (default assumptions
 *    blended with the user's history, company overrides on top; assumptions.ts) and pass rates.
 * 2. Draws (draws.ts): per trial and application the durations and outcomes, drawn once.
 * 3. Search (search.ts): coordinate descent over start dates, stalls, expedites and extensions
 *    on the first ≤ 1,000 trials (≤ 500 with capacity limits), every candidate on the same
 *    numbers; the window is chosen
 *    with the plan when none is given (overlap.ts).
 * 4. Measure (measure.ts): the chosen plan and the naive plan ("everything starts today, nothing
 *    asked") on all trials, each in its own window. The plan is never worse than the naive plan
 *    on these trials: if it measures worse, the naive plan is what is recommended.
 * 5. Words (company-plans.ts, recommend.ts): next steps, risks and actions with their reasons.
 */
export function planTiming(input: PlanInput): TimingPlan {
  const model = buildModel(input);
  const A = model.apps.length;
  const block = allocateBlock(Math.min(BLOCK_TRIALS, input.trials), A);
  fillBlock(model, drawStreams(model, input.seed), block, block.trials);
  const search = searchPlan(model, block);
  const naive = { decisions: naiveDecisions(model), window: search.naive.window };
  let plan = { decisions: search.decisions, window: search.best.window };
  let m = measure(model, input.seed, input.trials, plan, naive);
  if (m.mean < m.naiveMean) {
    plan = naive;
    m = measure(model, input.seed, input.trials, plan, naive);
  }
  const n = narration(model, m, plan.decisions, plan.window);
  const gains = actionGains(n, search.block, plan.decisions);
  return {
    today: input.today,
    decisionWindow: {
      start: n.date(plan.window.start),
      end: n.date(plan.window.end),
      chosen: model.window ? "given" : "planned",
    },
    trials: input.trials,
    seed: input.seed,
    companies: companyPlans(n),
    expectedOverlap: round3(m.mean),
    expectedOverlapStdError: Math.round(m.stdError * 10_000) / 10_000,
    naiveOverlap: round3(m.naiveMean),
    risks: planRisks(n),
    actions: planActions(n, gains, MIN_GAIN),
    assumptions: [
      ...model.stages.map((stage) => ({
        stage: stage.stage,
        medianDays: stage.medianDays,
        p90Days: stage.p90Days,
        passRate: stage.passRate,
        observed: stage.observed,
        source: stage.source,
      })),
      {
        stage: "offer",
        medianDays: DEFAULT_OFFER_OPEN_DAYS,
        p90Days: DEFAULT_OFFER_OPEN_DAYS,
        passRate: 1,
        observed: 0,
        source: "default assumption: an offer without a known deadline stays open this many days",
      },
    ],
  };
}

/** What each of the plan's actions is worth on the search block, in the plan's window (see ActionGains). */
function actionGains(n: Narration, block: DrawBlock, dec: Decisions): ActionGains {
  const { model } = n;
  const A = model.apps.length;
  const evaluator = new PlanEvaluator(model, block, dec, n.window);
  const base = evaluator.current.value;
  const gains: ActionGains = {
    start: new Float64Array(A),
    stall: new Float64Array(A),
    expedite: new Float64Array(A),
    extension: new Float64Array(A),
    extensionDays: Int32Array.from(dec.extension),
  };
  const without = (a: number, lever: Lever, value: number) => {
    const { value: changed } = evaluator.tryChange(a, lever, value);
    evaluator.revert();
    return changed;
  };
  model.apps.forEach((app, a) => {
    if (app.interested && dec.start[a] !== DROPPED) gains.start[a] = base - without(a, "start", DROPPED);
    if (dec.stall[a]! > 0) gains.stall[a] = base - without(a, "stall", 0);
    if (dec.expedite[a] === 1) gains.expedite[a] = base - without(a, "expedite", 0);
    if (!app.inHand || app.closeDay < 0) return; // an expired offer cannot be extended
    if (dec.extension[a]! > 0) gains.extension[a] = base - without(a, "extension", 0);
    else if (expiresBeforeAnother(n, model, a)) {
      // Not worth it by the numbers, but the offer closes before another is expected: say what a week would do.
      gains.extensionDays[a] = 7;
      gains.extension[a] = without(a, "extension", 7) - base;
    }
  });
  return gains;
}

function expiresBeforeAnother(n: Narration, model: Model, a: number): boolean {
  const close = model.apps[a]!.closeDay;
  return model.apps.some((other, b) => {
    if (b === a || other.inHand || n.m.offers[b]! < AWAITED_MIN_ODDS) return false;
    const p50 = n.quantile(b, SLOT.arrival, 0.5);
    return p50 !== null && p50 > close;
  });
}
