import { addDaysToDate } from "../time-zones.js";
import { SIMULATED_STAGES } from "./assumptions.js";
import { histogramCount, histogramQuantile, SLOT, type Measurement } from "./measure.js";
import type { Model, ModelApp } from "./model.js";
import type { CompanyPlan, NextStep } from "./plan-types.js";
import { DROPPED, type Decisions } from "./simulate.js";

/** Helpers shared by the pieces that turn a measurement into words. */
export interface Narration {
  model: Model;
  m: Measurement;
  dec: Decisions;
  window: { start: number; end: number };
  date: (day: number) => string;
  /** The same day as a person reads it in a sentence: "Sat 12 Dec" (with the year when it is not today's). */
  day: (day: number) => string;
  quantile: (a: number, slot: number, q: number) => number | null;
  /** Share of trials that fill a slot (reach a stage, get an interview). */
  reach: (a: number, slot: number) => number;
}

export function narration(
  model: Model,
  m: Measurement,
  dec: Decisions,
  window: { start: number; end: number },
): Narration {
  return {
    model,
    m,
    dec,
    window,
    date: (day) => addDaysToDate(model.today, day),
    day: (day) => readableDay(addDaysToDate(model.today, day), model.today),
    quantile: (a, slot, q) => histogramQuantile(m, a, slot, q),
    reach: (a, slot) => histogramCount(m, a, slot) / m.trials,
  };
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Sat 12 Dec", or "Fri 8 Jan 2027" when the year is not the one of `today` (both `YYYY-MM-DD`). */
export function readableDay(date: string, today: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const year = date.slice(0, 4) === today.slice(0, 4) ? "" : ` ${y}`;
  return `${weekday} ${d} ${MONTHS[m - 1]!}${year}`;
}

export function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

const INTERVIEW_ACTIONS = ["book_screen", "technical_screen", "onsite"] as const;
const INTERVIEW_NAMES = ["recruiter screen", "technical screen", "onsite"] as const;

/** The Monday on or before a day (days from today). */
function weekStart(model: Model, day: number): number {
  return day - ((((model.calendar.todayWeekday + day) % 7) + 7) % 7);
}

function range(n: Narration, a: number, slot: number): { p10: number; p50: number; p90: number } | null {
  const p10 = n.quantile(a, slot, 0.1);
  if (p10 === null) return null;
  return { p10, p50: n.quantile(a, slot, 0.5)!, p90: n.quantile(a, slot, 0.9)! };
}

function nextSteps(n: Narration, a: number, app: ModelApp): NextStep[] {
  const steps: NextStep[] = [];
  const pOffer = n.m.offers[a]!;
  const pOpen = n.m.openInWindow[a]!;
  if (app.inHand && app.closeDay < 0) {
    steps.push({
      action: "decide",
      by: n.date(app.closeDay),
      reason: `The deadline (${n.day(app.closeDay)}) has passed: ask ${app.name} whether the offer still stands, and update it.`,
    });
    return steps;
  }
  if (app.inHand) {
    const ext = n.dec.extension[a]!;
    steps.push({
      action: "decide",
      by: n.date(app.closeDay),
      reason:
        ext > 0
          ? `The offer expires on ${n.day(app.closeDay)}; ask to extend it to ${n.day(app.closeDay + ext)}. Open in the window in ${percent(pOpen)} of runs.`
          : `The offer expires on ${n.day(app.closeDay)}; open in the window in ${percent(pOpen)} of runs.`,
    });
    return steps;
  }
  if (app.interested && n.dec.start[a] !== DROPPED) {
    steps.push({
      action: "apply",
      by: n.date(n.dec.start[a]!),
      reason: `Apply by ${n.day(n.dec.start[a]!)}: then ${percent(pOffer)} chance of an offer, open in the window in ${percent(pOpen)} of runs.`,
    });
  }
  for (let k = Math.max(1, app.first); k < 4; k++) {
    const slot = SLOT.interview + k - 1;
    const reach = n.reach(a, slot);
    const days = range(n, a, slot);
    if (!days || days.p50 < 0 || reach < 0.05) continue;
    // The current stage's interview may already be behind the user in some runs (it is not known).
    const reachText =
      k === app.first ? `still ahead in ${percent(reach)} of runs` : `${percent(reach)} chance of getting this far`;
    if (k === 3) {
      const monday = weekStart(n.model, days.p50);
      steps.push({
        action: "onsite",
        by: n.date(monday),
        until: n.date(monday + 4),
        reason: `Onsite in the week of ${n.day(monday)} (between ${n.day(days.p10)} and ${n.day(days.p90)} in 8 runs of 10); ${reachText}.`,
      });
    } else {
      steps.push({
        action: INTERVIEW_ACTIONS[k - 1]!,
        by: n.date(days.p50),
        reason: `Book the ${INTERVIEW_NAMES[k - 1]} for about ${n.day(days.p50)} (${n.day(days.p10)} to ${n.day(days.p90)} in 8 runs of 10); ${reachText}.`,
      });
    }
  }
  const arrival = range(n, a, SLOT.arrival);
  if (arrival) {
    steps.push({
      action: "expect_offer",
      by: n.date(arrival.p10),
      until: n.date(arrival.p90),
      reason: `Offer expected between ${n.day(arrival.p10)} and ${n.day(arrival.p90)} (${percent(pOffer)} chance it comes); open in the window in ${percent(pOpen)} of runs.`,
    });
  }
  return steps;
}

/** Per company, in the input's order: next steps, offer odds and the timeline's bands. */
export function companyPlans(n: Narration): CompanyPlan[] {
  const plans = n.model.apps.map((app, a): CompanyPlan & { order: number } => {
    const arrival = app.inHand ? null : range(n, a, SLOT.arrival);
    const stages: CompanyPlan["stages"] = [];
    for (let k = app.first; k < 4; k++) {
      const end = range(n, a, SLOT.stageEnd + k);
      if (end)
        stages.push({ stage: SIMULATED_STAGES[k]!, p10: n.date(end.p10), p50: n.date(end.p50), p90: n.date(end.p90) });
    }
    const close = range(n, a, SLOT.close);
    if (close) stages.push({ stage: "offer", p10: n.date(close.p10), p50: n.date(close.p50), p90: n.date(close.p90) });
    const offerDate = app.inHand ? n.date(app.offerDay) : "";
    return {
      order: app.inputIndex,
      id: app.id,
      name: app.name,
      nextSteps: nextSteps(n, a, app),
      offerArrival: app.inHand
        ? { p10: offerDate, p50: offerDate, p90: offerDate }
        : arrival && { p10: n.date(arrival.p10), p50: n.date(arrival.p50), p90: n.date(arrival.p90) },
      pOffer: round3(n.m.offers[a]!),
      pOpenInWindow: round3(n.m.openInWindow[a]!),
      startOn: app.interested && n.dec.start[a] !== DROPPED ? n.date(n.dec.start[a]!) : null,
      stallDays: n.dec.stall[a]!,
      expedite: n.dec.expedite[a] === 1,
      stages,
    };
  });
  return plans.sort((x, y) => x.order - y.order).map(({ order: _order, ...plan }) => plan);
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
