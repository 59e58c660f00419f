import { dayNumber } from "../time-zones.js";
import {
  blendedStages,
  DEFAULT_OFFER_OPEN_DAYS,
  overriddenStage,
  SIMULATED_STAGES,
  type BlendedStage,
} from "./assumptions.js";
import type { DurationTable } from "./distributions.js";
import type { PlanApplication, PlanInput } from "./plan-input.js";

/** Where a process stands, as the simulation reads it. Days are relative to `today` (0). */
export interface ModelApp {
  /** Position in the input. */
  inputIndex: number;
  id: string;
  name: string;
  desirability: number;
  /** Desirability / 5: a most-wanted offer counts 1, a least-wanted one 0.2. */
  weight: number;
  stage: PlanApplication["stage"];
  /** Not yet applied: its start is a decision. */
  interested: boolean;
  /** The start the user pinned (relative day, ≥ 0), or null. */
  pinnedStart: number | null;
  /** The first simulated stage still ahead (index into SIMULATED_STAGES); 4 with an offer in hand. */
  first: number;
  /** The day the current stage began (≤ 0); for an application not yet sent, unused. */
  begin: number;
  /** Days already spent in the current stage (a draw of its duration is conditioned on at least this). */
  age: number;
  /** Per simulated stage: its duration table and pass rate (conditioned on the wait so far for `applied`). */
  tables: DurationTable[];
  medians: number[];
  passRates: Float64Array;
  /** CDF of the current stage's duration at `age`: draws are taken from the rest of the distribution. */
  ageQuantile: number;
  offerOpenDays: number;
  /** With an offer in hand: the days it was received and expires. */
  offerDay: number;
  closeDay: number;
  inHand: boolean;
}

export interface Calendar {
  /** Day of the week of `today`, Monday 0. */
  todayWeekday: number;
  /** Days (from today) on which no interview can be booked: weekends and blackout dates. */
  closed: Uint8Array;
  /** The week (Monday to Sunday, 0 for today's) of each day ahead. */
  week: Uint16Array;
  perDay: number;
  perWeek: number;
  readyForOnsites: number;
  minDaysBetweenOnsites: number;
  /** Whether one application's bookings can move another's (a per-day or per-week cap, onsite spacing). */
  coupled: boolean;
}

export interface Model {
  today: string;
  todayDay: number;
  /** In simulation (screen-priority) order: least desirable first. */
  apps: ModelApp[];
  calendar: Calendar;
  stages: BlendedStage[];
  window: { start: number; end: number } | null;
}

/** Days ahead the booking calendar covers; interviews later than this are not capacity-checked. */
export const CALENDAR_DAYS = 730;

export const NEVER = 1_000_000_000;

/**
 * The order the plan books interviews in when capacity forces one: least desirable first (practice
 * on the companies you want least, keep the favourites for last), then tier 3 before tier 1, then
 * the input order.
 */
export function screenPriority(a: PlanApplication & { index: number }, b: PlanApplication & { index: number }): number {
  return a.desirability - b.desirability || (b.tier ?? 2) - (a.tier ?? 2) || a.index - b.index;
}

export function buildModel(input: PlanInput): Model {
  const todayDay = dayNumber(input.today);
  const rel = (date: string) => dayNumber(date) - todayDay;
  const stages = blendedStages(input.history);
  const ordered = input.applications.map((app, index) => ({ ...app, index })).sort(screenPriority);
  const apps = ordered.map((app): ModelApp => {
    const overrides = app.overrides?.stages;
    const perStage = stages.map((blended) => overriddenStage(blended, overrides?.[blended.stage]));
    const inHand = app.stage === "offer" || app.offer !== undefined;
    const interested = !inHand && app.stage === "interested";
    const first = inHand ? 4 : interested ? 0 : SIMULATED_STAGES.indexOf(app.stage as never);
    const begin = rel(app.stageEnteredOn);
    const age = interested ? 0 : -begin;
    const passRates = Float64Array.from(perStage.map((s) => s.passRate));
    let ageQuantile = 0;
    if (!interested && !inHand && age > 0) {
      ageQuantile = perStage[first]!.table.cdf(age);
      // A silent application is more likely ignored than merely slow: P(answer | none after `age` days).
      if (first === 0) {
        const p = passRates[0]!;
        const waiting = p * (1 - ageQuantile);
        passRates[0] = waiting + (1 - p) > 0 ? waiting / (waiting + (1 - p)) : 0;
      }
    }
    const offerOpenDays = app.overrides?.offerOpenDays ?? DEFAULT_OFFER_OPEN_DAYS;
    const received = app.offer ? rel(app.offer.receivedOn) : begin;
    const close = app.offer ? rel(app.offer.deadline) : received + offerOpenDays;
    return {
      inputIndex: app.index,
      id: app.id,
      name: app.name ?? app.id,
      desirability: app.desirability,
      weight: app.desirability / 5,
      stage: app.stage,
      interested,
      pinnedStart: app.startOn === undefined ? null : Math.max(0, rel(app.startOn)),
      first,
      begin,
      age,
      tables: perStage.map((s) => s.table),
      medians: perStage.map((s) => s.medianDays),
      passRates,
      ageQuantile,
      offerOpenDays,
      offerDay: inHand ? received : NEVER,
      closeDay: inHand ? close : NEVER,
      inHand,
    };
  });
  const constraints = input.constraints ?? {};
  const todayWeekday = (((todayDay + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const closed = new Uint8Array(CALENDAR_DAYS);
  const week = new Uint16Array(CALENDAR_DAYS);
  for (let d = 0; d < CALENDAR_DAYS; d++) {
    closed[d] = (todayWeekday + d) % 7 >= 5 ? 1 : 0;
    week[d] = Math.floor((todayWeekday + d) / 7);
  }
  for (const date of constraints.blackoutDates ?? []) {
    const d = rel(date);
    if (d >= 0 && d < CALENDAR_DAYS) closed[d] = 1;
  }
  const perDay = constraints.interviewsPerDay ?? 255;
  const perWeek = constraints.interviewsPerWeek ?? 255;
  const minDaysBetweenOnsites = constraints.minDaysBetweenOnsites ?? 0;
  const window = constraints.decisionWindow;
  return {
    today: input.today,
    todayDay,
    apps,
    stages,
    calendar: {
      todayWeekday,
      closed,
      week,
      perDay,
      perWeek,
      readyForOnsites: constraints.readyForOnsitesOn ? Math.max(0, rel(constraints.readyForOnsitesOn)) : 0,
      minDaysBetweenOnsites,
      coupled: perDay < 255 || perWeek < 255 || minDaysBetweenOnsites > 0,
    },
    window: window ? { start: rel(window.start), end: rel(window.end) } : null,
  };
}
