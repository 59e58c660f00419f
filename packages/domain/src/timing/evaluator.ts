import type { DrawBlock } from "./draws.js";
import { EXPEDITE_SUCCESS } from "./levers.js";
import { NEVER as NEVER_DAY, type Model } from "./model.js";
import { addWindowValues as windowAdd, chooseWindow, dailyScratch, windowTotals, type Evaluation } from "./overlap.js";
import * as simulation from "./simulate.js";
import { copyDecisions, trialState, type Decisions, type TrialState } from "./simulate.js";

// Imported bindings can compile to getters (tsx, Vite); the hot loop reads plain module constants.
const NEVER = NEVER_DAY;
const SUCCESS = EXPEDITE_SUCCESS;
const { rebook, resetCalendar, runTrial, simulateApp, windowValue } = simulation;
const addWindowValues = windowAdd;

export type Lever = "start" | "stall" | "expedite" | "extension";

/**
 * A plan's expected overlap on one block of trials, kept up to date as single decisions change:
 * the search's inner loop. It keeps every trial's outcome (offer and close days, booked
 * interviews) under the committed decisions; `tryChange` re-simulates only what one changed
 * decision can move, and `commit` or `revert` keeps or drops the change.
 *
 * What a change of application a's decision can move, per trial:
 * - nothing, when a's process fails at its first answer (no interview, no offer), or the change
 *   is an expedite that does not work in this trial, or an extension whose grant is the same;
 * - only a's outcome, when no constraint couples applications (no per-day or per-week cap, no
 *   onsite spacing): a alone is re-simulated;
 * - anyone's, otherwise: the whole trial is re-simulated (bookings go first wanted, first served).
 * The result equals a full re-simulation (tests check it).
 */
export class PlanEvaluator {
  readonly decisions: Decisions;
  current: Evaluation;
  private readonly A: number;
  private readonly T: number;
  private readonly offer: Int32Array;
  private readonly close: Int32Array;
  private readonly booked: Int32Array;
  private readonly cOffer: Int32Array;
  private readonly cClose: Int32Array;
  private readonly cBooked: Int32Array;
  private readonly values: Float64Array;
  private readonly cValues: Float64Array;
  private totals: Float64Array;
  private cTotals: Float64Array;
  private readonly daily = dailyScratch();
  private readonly changed: Int32Array;
  private changedCount = 0;
  private pending: { a: number; lever: Lever; value: number; evaluation: Evaluation } | null = null;
  private readonly s: TrialState;

  /**
   * `approximate`: for screening candidates only. With coupled applications a changed
   * application is re-simulated alone, booking around everyone else's committed interviews, so
   * the knock-on moves of later applications are left out; `adopt` resynchronises it with an
   * exact evaluator after a change is kept.
   */
  constructor(
    private readonly model: Model,
    private readonly block: DrawBlock,
    decisions: Decisions,
    private readonly window: { start: number; end: number } | null,
    private readonly approximate = false,
  ) {
    this.decisions = copyDecisions(decisions);
    this.A = model.apps.length;
    this.T = block.trials;
    const n = this.T * this.A;
    this.offer = new Int32Array(n);
    this.close = new Int32Array(n);
    this.booked = new Int32Array(n * 3);
    this.values = new Float64Array(this.T);
    this.totals = windowTotals();
    this.changed = new Int32Array(this.T);
    this.s = trialState(this.A);
    for (let t = 0; t < this.T; t++) {
      runTrial(model, block, t, this.decisions, this.s);
      this.store(t, 0, this.offer, this.close, this.booked);
      this.score(t, this.offer, this.close, this.values, this.totals, 1);
    }
    this.cOffer = this.offer.slice();
    this.cClose = this.close.slice();
    this.cBooked = this.booked.slice();
    this.cValues = this.values.slice();
    this.cTotals = this.totals.slice();
    this.current = this.result(this.values, this.totals);
  }

  /** The evaluation with application a's `lever` set to `value`, the others as committed. */
  tryChange(a: number, lever: Lever, value: number): Evaluation {
    if (this.pending) this.revert();
    const { model, block, A, s } = this;
    const dec = this.decisions;
    const previous = dec[lever][a]!;
    dec[lever][a] = value;
    const app = model.apps[a]!;
    this.changedCount = 0;
    if (this.window === null) this.cTotals.set(this.totals);
    for (let t = 0; t < this.T; t++) {
      const base = t * A + a;
      if (!app.inHand && app.first === 0 && block.failAt[base] === 0) continue;
      if (lever === "expedite" && block.lever[base]! >= SUCCESS) continue;
      // Alone: nothing couples applications, or a has no interview to book, or (screening) approximately.
      const alone = !model.calendar.coupled || app.inHand || this.approximate;
      if (alone) {
        resetCalendar(model, s);
        if (model.calendar.coupled && !app.inHand) {
          // Approximate (screening): a books around everyone else's bookings as committed.
          for (let p = 0; p < A; p++) {
            if (p === a) continue;
            const i = (t * A + p) * 3;
            rebook(model, s, this.booked[i]!, false);
            rebook(model, s, this.booked[i + 1]!, false);
            rebook(model, s, this.booked[i + 2]!, true);
          }
        }
        simulateApp(model, block, t, a, dec, s);
        if (s.offer[a] === this.offer[base] && s.close[a] === this.close[base]) continue;
      } else {
        runTrial(model, block, t, dec, s);
        if (!this.differs(t)) continue;
      }
      this.changed[this.changedCount++] = t;
      this.store(t, 0, this.cOffer, this.cClose, this.cBooked, alone ? a : -1);
      if (this.window === null) this.score(t, this.offer, this.close, this.cValues, this.cTotals, -1);
      this.score(t, this.cOffer, this.cClose, this.cValues, this.cTotals, 1);
    }
    dec[lever][a] = previous;
    const evaluation = this.result(this.cValues, this.cTotals);
    this.pending = { a, lever, value, evaluation };
    return evaluation;
  }

  /** Takes the committed decisions and outcomes of `exact` (whose block starts with this one's trials). */
  adopt(exact: PlanEvaluator): void {
    if (this.pending) this.revert();
    const { A, T } = this;
    for (const lever of ["start", "stall", "expedite", "extension"] as const)
      this.decisions[lever].set(exact.decisions[lever]);
    this.offer.set(exact.offer.subarray(0, T * A));
    this.close.set(exact.close.subarray(0, T * A));
    this.booked.set(exact.booked.subarray(0, T * A * 3));
    this.totals.fill(0);
    for (let t = 0; t < T; t++) this.score(t, this.offer, this.close, this.values, this.totals, 1);
    this.cOffer.set(this.offer);
    this.cClose.set(this.close);
    this.cBooked.set(this.booked);
    this.cValues.set(this.values);
    this.cTotals.set(this.totals);
    this.current = this.result(this.values, this.totals);
  }

  /** Keeps the last tried change. */
  commit(): void {
    const p = this.pending;
    if (!p) return;
    this.decisions[p.lever][p.a] = p.value;
    this.sync(this.cOffer, this.cClose, this.cBooked, this.cValues, this.offer, this.close, this.booked, this.values);
    if (this.window === null) [this.totals, this.cTotals] = [this.cTotals, this.totals];
    this.current = p.evaluation;
    this.pending = null;
  }

  /** Drops the last tried change. */
  revert(): void {
    if (!this.pending) return;
    this.sync(this.offer, this.close, this.booked, this.values, this.cOffer, this.cClose, this.cBooked, this.cValues);
    this.pending = null;
  }

  private sync(
    fromOffer: Int32Array,
    fromClose: Int32Array,
    fromBooked: Int32Array,
    fromValues: Float64Array,
    toOffer: Int32Array,
    toClose: Int32Array,
    toBooked: Int32Array,
    toValues: Float64Array,
  ): void {
    const A = this.A;
    for (let i = 0; i < this.changedCount; i++) {
      const t = this.changed[i]!;
      toOffer.set(fromOffer.subarray(t * A, t * A + A), t * A);
      toClose.set(fromClose.subarray(t * A, t * A + A), t * A);
      toBooked.set(fromBooked.subarray(t * A * 3, t * A * 3 + A * 3), t * A * 3);
      toValues[t] = fromValues[t]!;
    }
  }

  /** Whether trial t's re-simulated outcome differs from the committed one. */
  private differs(t: number): boolean {
    const { A, s } = this;
    for (let p = 0; p < A; p++) {
      const i = t * A + p;
      if (s.offer[p] !== this.offer[i] || s.close[p] !== this.close[i]) return true;
      for (let k = 0; k < 3; k++) if (booked(s.interview[p * 3 + k]!) !== this.booked[i * 3 + k]) return true;
    }
    return false;
  }

  /** Copies the trial state's applications (from `from`, or only `only`) into trial t's rows. */
  private store(
    t: number,
    from: number,
    offer: Int32Array,
    close: Int32Array,
    bookedDays: Int32Array,
    only = -1,
  ): void {
    const { A, s } = this;
    const lo = only >= 0 ? only : from;
    const hi = only >= 0 ? only + 1 : A;
    for (let p = lo; p < hi; p++) {
      const i = t * A + p;
      offer[i] = s.offer[p]!;
      close[i] = s.close[p]!;
      for (let k = 0; k < 3; k++) bookedDays[i * 3 + k] = booked(s.interview[p * 3 + k]!);
    }
  }

  private score(
    t: number,
    offer: Int32Array,
    close: Int32Array,
    values: Float64Array,
    totals: Float64Array,
    sign: number,
  ): void {
    if (this.window === null) {
      addWindowValues(this.model, offer, close, t * this.A, totals, this.daily, sign);
    } else if (sign > 0) {
      values[t] = windowValue(this.model, offer, close, t * this.A, this.window.start, this.window.end);
    }
  }

  private result(values: Float64Array, totals: Float64Array): Evaluation {
    if (this.window === null) return chooseWindow(totals, this.T);
    let sum = 0;
    for (let t = 0; t < this.T; t++) sum += values[t]!;
    return { value: sum / this.T, window: this.window };
  }
}

/** An interview day as the calendar holds it: a booked (future) day, or NEVER for none or one in the past. */
function booked(day: number): number {
  return day >= 0 && day !== NEVER ? day : NEVER;
}

/** A plan's expected overlap on a block (a full simulation). */
export function evaluatePlan(
  model: Model,
  block: DrawBlock,
  decisions: Decisions,
  window: { start: number; end: number } | null,
): Evaluation {
  return new PlanEvaluator(model, block, decisions, window).current;
}
