import type { DrawBlock } from "./draws.js";
import { PlanEvaluator, type Lever } from "./evaluator.js";
import { EXTENSION_OPTIONS, START_OPTIONS, STALL_OPTIONS } from "./levers.js";
import type { Model } from "./model.js";
import type { Evaluation } from "./overlap.js";
import { copyDecisions, naiveDecisions, type Decisions } from "./simulate.js";

/**
 * The search over the user's decisions: coordinate descent from the naive plan.
 *
 * Favourites first, each decision of each application is tried at every option with the others
 * held, on the search block (the first ≤ 1,000 trials, ≤ 500 when capacity couples the
 * applications; the same numbers for every candidate). A change is kept when it raises the
 * expected overlap by at least MIN_GAIN (ASK_MIN_GAIN for a new ask to a company); sweeps repeat
 * until one changes nothing (at most three).
 *
 * Racing, to save time: a candidate is first screened on the block's first SCREEN_TRIALS trials
 * (approximately when capacity couples the applications: see PlanEvaluator) and measured on the
 * whole block only when it shows there at least 60% of the gain needed (20% when approximate).
 *
 * The screen order is not searched: it is the rule the guides give (least wanted first; see
 * screenPriority), which the simulation applies whenever capacity forces an order.
 */
export const MIN_GAIN = 0.005;
/**
 * Asking a company something (to hold a round, to hurry, to extend) spends goodwill: an ask is
 * only worth recommending when it raises the expected overlap by at least this much.
 */
export const ASK_MIN_GAIN = 0.01;

/** The least gain that makes a change of `lever` worth keeping. */
export function minGainOf(lever: Lever): number {
  return lever === "start" ? MIN_GAIN : ASK_MIN_GAIN;
}
const SWEEPS = 3;
const SCREEN_TRIALS = 250;
/** With capacity coupling the applications every trial is re-simulated whole: the search uses fewer. */
export const COUPLED_SEARCH_TRIALS = 500;
/** The share of the needed gain a candidate must show on the screening trials (exact, or approximate with coupling). */
const SCREEN_SHARE = 0.6;
const COUPLED_SCREEN_SHARE = 0.2;

export interface SearchResult {
  /** The trials the search measured candidates on (a prefix of the block). */
  block: DrawBlock;
  decisions: Decisions;
  best: Evaluation;
  naive: Evaluation;
  evaluations: number;
}

/** The levers that apply to an application, with their options. */
export function leversOf(model: Model, a: number): { lever: Lever; options: readonly number[] }[] {
  const app = model.apps[a]!;
  if (app.inHand) return app.closeDay >= 0 ? [{ lever: "extension", options: EXTENSION_OPTIONS }] : [];
  if (app.interested) return app.pinnedStart === null ? [{ lever: "start", options: START_OPTIONS }] : [];
  return [
    { lever: "stall", options: STALL_OPTIONS },
    { lever: "expedite", options: [0, 1] },
  ];
}

export function searchPlan(model: Model, full: DrawBlock): SearchResult {
  const coupled = model.calendar.coupled;
  // The first trials of a block are a block of their own (trial-major layout).
  const block = coupled ? { ...full, trials: Math.min(full.trials, COUPLED_SEARCH_TRIALS) } : full;
  let evaluator = new PlanEvaluator(model, block, naiveDecisions(model), model.window);
  const naive = evaluator.current;
  const screen =
    block.trials >= 2 * SCREEN_TRIALS
      ? new PlanEvaluator(model, { ...block, trials: SCREEN_TRIALS }, naiveDecisions(model), model.window, coupled)
      : null;
  let evaluations = 1;
  // One joint move first, which one-at-a-time changes cannot find: hold every process less wanted
  // than the favourites at once (when two fast ones overlap each other, holding one alone loses).
  const top = Math.max(0, ...model.apps.filter((app) => !app.inHand && !app.interested).map((app) => app.desirability));
  const group = model.apps.flatMap((app, a) => (!app.inHand && !app.interested && app.desirability < top ? [a] : []));
  if (group.length >= 2) {
    for (const days of STALL_OPTIONS) {
      if (days === 0) continue;
      const dec = copyDecisions(evaluator.decisions);
      for (const a of group) dec.stall[a] = days;
      const joint = new PlanEvaluator(model, block, dec, model.window);
      evaluations++;
      if (joint.current.value >= evaluator.current.value + ASK_MIN_GAIN * Math.min(3, group.length)) {
        evaluator = joint;
        screen?.adopt(evaluator);
      }
    }
  }
  const order = model.apps.map((_, a) => a).sort((x, y) => model.apps[y]!.desirability - model.apps[x]!.desirability);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let changed = false;
    for (const a of order) {
      for (const { lever, options } of leversOf(model, a)) {
        for (const option of options) {
          if (option === evaluator.decisions[lever][a]) continue;
          // Undoing an ask (back to 0) needs no gain beyond MIN_GAIN.
          const needed = option === 0 ? MIN_GAIN : minGainOf(lever);
          if (screen) {
            const screened = screen.tryChange(a, lever, option);
            if (screened.value < screen.current.value + (coupled ? COUPLED_SCREEN_SHARE : SCREEN_SHARE) * needed) {
              screen.revert();
              continue;
            }
          }
          const tried = evaluator.tryChange(a, lever, option);
          evaluations++;
          if (tried.value >= evaluator.current.value + needed) {
            evaluator.commit();
            screen?.adopt(evaluator);
            changed = true;
          } else {
            evaluator.revert();
            screen?.revert();
          }
        }
      }
    }
    if (!changed) break;
  }
  return { block, decisions: evaluator.decisions, best: evaluator.current, naive, evaluations };
}
