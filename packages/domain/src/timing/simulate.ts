import { EXPEDITE_FACTOR, EXPEDITE_SUCCESS, extensionGrantChance } from "./levers.js";
import { CALENDAR_DAYS, NEVER as NEVER_DAY, type Model } from "./model.js";
import type { DrawBlock } from "./draws.js";

// Imported bindings can compile to getters; the hot loop reads plain module constants.
const CAL = CALENDAR_DAYS;
const NEVER = NEVER_DAY;
const FACTOR = EXPEDITE_FACTOR;
const SUCCESS = EXPEDITE_SUCCESS;
const GRANT_7 = extensionGrantChance(7);
const GRANT_14 = extensionGrantChance(14);

/**
 * The decisions of a plan, per application in simulation order.
 * start: the day (from today) an application not yet sent goes out, or DROPPED; unused otherwise.
 * stall: days the next technical screen or onsite still ahead is pushed back (the recruiter's call
 * is never held: screens keep their least-wanted-first order). expedite: 1 to ask to speed up.
 * extension: days asked on an offer in hand.
 */
export interface Decisions {
  start: Int32Array;
  stall: Int32Array;
  expedite: Uint8Array;
  extension: Int32Array;
}

export const DROPPED = -1;

/** The naive plan: every application not yet sent goes out today (or on its pinned day), nothing asked. */
export function naiveDecisions(model: Model): Decisions {
  const n = model.apps.length;
  return {
    start: Int32Array.from(model.apps, (app) => app.pinnedStart ?? 0),
    stall: new Int32Array(n),
    expedite: new Uint8Array(n),
    extension: new Int32Array(n),
  };
}

export function copyDecisions(d: Decisions): Decisions {
  return {
    start: d.start.slice(),
    stall: d.stall.slice(),
    expedite: d.expedite.slice(),
    extension: d.extension.slice(),
  };
}

/** One trial's outcome per application, and the booking calendar's scratch space (reused across trials). */
export interface TrialState {
  offer: Int32Array;
  close: Int32Array;
  /** [app × 3 + (stage − 1)]: the day of each interview, NEVER when not reached. */
  interview: Int32Array;
  /** [app × 4 + stage]: the day each stage ends, NEVER when not reached. */
  stageEnd: Int32Array;
  /** The most days any booking in the trial was pushed past its wanted day by a constraint. */
  maxPush: number;
  perDay: Uint8Array;
  perWeek: Uint8Array;
  touched: Int32Array;
  touchedCount: number;
  onsites: Int32Array;
  onsiteCount: number;
  /** Per application while a trial runs: the stage it is in, the day it began, its pending interview request. */
  stage: Int32Array;
  cur: Int32Array;
  wanted: Int32Array;
  stall: Int32Array;
  expedited: Uint8Array;
  pending: Int32Array;
}

export function trialState(apps: number): TrialState {
  return {
    offer: new Int32Array(apps),
    close: new Int32Array(apps),
    interview: new Int32Array(apps * 3),
    stageEnd: new Int32Array(apps * 4),
    maxPush: 0,
    perDay: new Uint8Array(CALENDAR_DAYS),
    perWeek: new Uint8Array(Math.ceil(CALENDAR_DAYS / 7) + 2),
    touched: new Int32Array(apps * 3),
    touchedCount: 0,
    onsites: new Int32Array(apps * 3),
    onsiteCount: 0,
    stage: new Int32Array(apps),
    cur: new Int32Array(apps),
    wanted: new Int32Array(apps),
    stall: new Int32Array(apps),
    expedited: new Uint8Array(apps),
    pending: new Int32Array(apps),
  };
}

/**
 * Books an interview on the first day at or after `wanted` that every constraint allows: not a
 * weekend or blackout, under the per-day and per-week caps, and for an onsite not before the
 * user is ready and at least the minimum days from every onsite already booked in this trial.
 * Applications book in simulation order (least desirable first), so when capacity forces an
 * order the less wanted company gets the earlier slot.
 */
function book(model: Model, s: TrialState, wanted: number, onsite: boolean): number {
  const cal = model.calendar;
  let day = wanted;
  if (onsite && day < cal.readyForOnsites) day = cal.readyForOnsites;
  const gap = cal.minDaysBetweenOnsites;
  const { closed, perDay, perWeek } = cal;
  while (day < CAL) {
    const week = cal.week[day]!;
    if (s.perWeek[week]! >= perWeek) {
      day = week * 7 + 7 - cal.todayWeekday; // next Monday
      continue;
    }
    if (closed[day] === 0) {
      let clash = s.perDay[day]! >= perDay;
      if (!clash && onsite && gap > 0) {
        for (let i = 0; i < s.onsiteCount; i++) {
          const other = s.onsites[i]!;
          if (day - other < gap && other - day < gap) {
            clash = true;
            break;
          }
        }
      }
      if (!clash) break;
    }
    day++;
  }
  if (day < CAL) {
    s.perDay[day]!++;
    s.perWeek[cal.week[day]!]!++;
    s.touched[s.touchedCount++] = day;
    if (onsite) s.onsites[s.onsiteCount++] = day;
  }
  if (day - wanted > s.maxPush) s.maxPush = day - wanted;
  return day;
}

/** A wait of `gap` days from `from`; when expedited, the part of it after today is shortened. */
function advance(from: number, gap: number, expedited: boolean): number {
  if (!expedited) return from + gap;
  if (from >= 0) return from + Math.round(gap * FACTOR);
  const to = from + gap;
  return to > 0 ? Math.round(to * FACTOR) : to;
}

/** Empties the booking calendar for the next trial. */
export function resetCalendar(model: Model, s: TrialState): void {
  const week = model.calendar.week;
  for (let i = 0; i < s.touchedCount; i++) {
    const day = s.touched[i]!;
    s.perDay[day] = 0;
    s.perWeek[week[day]!] = 0;
  }
  s.touchedCount = 0;
  s.onsiteCount = 0;
  s.maxPush = 0;
}

/** Puts an interview already decided (an earlier application's, replayed) in the calendar. */
export function rebook(model: Model, s: TrialState, day: number, onsite: boolean): void {
  if (day < 0 || day >= CAL) return;
  s.perDay[day]!++;
  s.perWeek[model.calendar.week[day]!]!++;
  s.touched[s.touchedCount++] = day;
  if (onsite) s.onsites[s.onsiteCount++] = day;
}

/**
 * Starts application `a` in trial `t` under `dec`: clears its outcome and runs it up to its first
 * interview still to book (left pending in `s.wanted[a]`), or to its end.
 */
function startApp(model: Model, block: DrawBlock, t: number, a: number, dec: Decisions, s: TrialState): void {
  const app = model.apps[a]!;
  const base = t * block.apps + a;
  s.offer[a] = NEVER;
  s.close[a] = NEVER;
  s.wanted[a] = NEVER;
  const i3 = a * 3;
  const i4 = a * 4;
  s.interview[i3] = s.interview[i3 + 1] = s.interview[i3 + 2] = NEVER;
  s.stageEnd[i4] = s.stageEnd[i4 + 1] = s.stageEnd[i4 + 2] = s.stageEnd[i4 + 3] = NEVER;
  if (app.inHand) {
    const ext = dec.extension[a]!;
    s.offer[a] = app.offerDay;
    s.close[a] = app.closeDay + (ext > 0 && block.lever[base]! < (ext <= 7 ? GRANT_7 : GRANT_14) ? ext : 0);
    return;
  }
  let cur: number;
  if (app.interested) {
    cur = dec.start[a]!;
    if (cur === DROPPED) return;
  } else cur = app.begin;
  s.cur[a] = cur;
  s.stage[a] = app.first;
  s.stall[a] = dec.stall[a]!;
  s.expedited[a] = dec.expedite[a] === 1 && block.lever[base]! < SUCCESS ? 1 : 0;
  proceed(model, block, t, a, s);
}

/**
 * Runs application `a` on from its current stage until an interview must be booked (pending in
 * `s.wanted[a]`) or the process ends (failed, or with its offer).
 */
function proceed(model: Model, block: DrawBlock, t: number, a: number, s: TrialState): void {
  const base = t * block.apps + a;
  const failAt = block.failAt[base]!;
  const expedited = s.expedited[a] === 1;
  let cur = s.cur[a]!;
  for (let k = s.stage[a]!; k < 4; k++) {
    const i = base * 4 + k;
    let end: number;
    if (k === 0) end = advance(cur, block.post[i]!, expedited);
    else {
      let day = advance(cur, block.lead[i]!, expedited);
      if (day >= 0) {
        // A stall holds the next technical screen or onsite, never the recruiter's call.
        if (k >= 2) {
          day += s.stall[a]!;
          s.stall[a] = 0;
        }
        s.stage[a] = k;
        s.wanted[a] = day;
        return;
      }
      s.interview[a * 3 + k - 1] = day; // already held
      end = advance(day, block.post[i]!, expedited);
    }
    s.stageEnd[a * 4 + k] = end;
    cur = end;
    if (k === failAt) return;
  }
  s.offer[a] = cur;
  s.close[a] = cur + model.apps[a]!.offerOpenDays;
}

/** Books application a's pending interview, then runs it on to its next one. */
function bookPending(model: Model, block: DrawBlock, t: number, a: number, s: TrialState): void {
  const k = s.stage[a]!;
  const day = book(model, s, s.wanted[a]!, k === 3);
  s.wanted[a] = NEVER;
  s.interview[a * 3 + k - 1] = day;
  const base = t * block.apps + a;
  const end = advance(day, block.post[base * 4 + k]!, s.expedited[a] === 1);
  s.stageEnd[a * 4 + k] = end;
  if (k === block.failAt[base]) return;
  s.cur[a] = end;
  s.stage[a] = k + 1;
  proceed(model, block, t, a, s);
}

/**
 * Simulates application `a` alone in trial `t` under `dec`, booking its interviews in the
 * calendar as it stands: its interviews, stage ends, and its offer (NEVER when none comes).
 */
export function simulateApp(model: Model, block: DrawBlock, t: number, a: number, dec: Decisions, s: TrialState): void {
  startApp(model, block, t, a, dec, s);
  while (s.wanted[a] !== NEVER) bookPending(model, block, t, a, s);
}

/**
 * Simulates trial `t` of `block` under `dec`: every process. When a constraint couples the
 * applications, interviews are booked in the order they are wanted (first wanted, first served),
 * and between requests for the same day the less desirable application books first (it comes
 * first in simulation order): practice on the companies wanted least, favourites last.
 */
export function runTrial(model: Model, block: DrawBlock, t: number, dec: Decisions, s: TrialState): void {
  resetCalendar(model, s);
  const A = model.apps.length;
  if (!model.calendar.coupled) {
    for (let a = 0; a < A; a++) simulateApp(model, block, t, a, dec, s);
    return;
  }
  const wanted = s.wanted;
  const pending = s.pending;
  let count = 0;
  for (let a = 0; a < A; a++) {
    startApp(model, block, t, a, dec, s);
    if (wanted[a] !== NEVER) pending[count++] = a;
  }
  while (count > 0) {
    // The earliest request; on a tie the earlier in simulation order (less desirable).
    let at = 0;
    let next = pending[0]!;
    let day = wanted[next]!;
    for (let i = 1; i < count; i++) {
      const a = pending[i]!;
      const w = wanted[a]!;
      if (w < day || (w === day && a < next)) {
        day = w;
        next = a;
        at = i;
      }
    }
    bookPending(model, block, t, next, s);
    if (wanted[next] === NEVER) pending[at] = pending[--count]!;
  }
}

/**
 * The objective in one trial for a fixed window: the most desirability-weighted offers open on
 * one day of it. `offer` and `close` hold the trial's days per application from index `at`.
 */
export function windowValue(
  model: Model,
  offer: Int32Array,
  close: Int32Array,
  at: number,
  start: number,
  end: number,
): number {
  const apps = model.apps;
  const A = apps.length;
  // Only offers open at some point of the window count; candidate days are the window's first
  // day and each such offer's arrival inside it.
  let best = 0;
  let n = 0;
  const open = OPEN_SCRATCH.length >= A ? OPEN_SCRATCH : (OPEN_SCRATCH = new Int32Array(A));
  for (let a = 0; a < A; a++) if (offer[at + a]! <= end && close[at + a]! >= start) open[n++] = a;
  for (let c = -1; c < n; c++) {
    let day = start;
    if (c >= 0) {
      day = offer[at + open[c]!]!;
      if (day <= start) continue;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const a = open[i]!;
      if (offer[at + a]! <= day && close[at + a]! >= day) sum += apps[a]!.weight;
    }
    if (sum > best) best = sum;
  }
  return best;
}

/** Reused by windowValue (synchronous, so never shared by two calls at once). */
let OPEN_SCRATCH = new Int32Array(64);
