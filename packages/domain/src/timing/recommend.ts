import { stageLabel, type Stage } from "../pipeline/stages.js";
import { percent, round3, type Narration } from "./company-plans.js";
import { EXPEDITE_SUCCESS, extensionGrantChance } from "./levers.js";
import { SLOT } from "./measure.js";
import { expediteMessage, extensionMessage, stallMessage } from "./messages.js";
import type { PlanAction, PlanActionKind, PlanRisk } from "./plan-types.js";
import { DROPPED } from "./simulate.js";

/**
 * What each action is worth, measured on the first block of the plan's trials in the plan's
 * window: the plan's expected overlap minus the same plan without that action (for a start:
 * without the application at all). `extensionDays` is the extension to ask for (the plan's, or a
 * week when the plan has none but the offer expires before another is expected).
 */
export interface ActionGains {
  start: Float64Array;
  stall: Float64Array;
  expedite: Float64Array;
  extension: Float64Array;
  extensionDays: Int32Array;
}

/** An offer counts as awaited (for extensions and risks) from this chance of coming. */
export const AWAITED_MIN_ODDS = 0.01;

/** Screens to book are listed when they fall within this many days. */
const BOOK_AHEAD_DAYS = 14;
/** At most this many risks of one kind about one offer (expires first) or overall (no offer likely). */
const RISKS_PER_KIND = 3;

const KIND_ORDER: Record<PlanActionKind, number> = {
  extension: 0,
  start: 1,
  expedite: 2,
  stall: 3,
  book_screen: 4,
  drop: 5,
};

/** "Halcyon Pay's", "Corvid Systems'". */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function gainText(gain: number): string {
  if (Math.abs(gain) < 0.005) return "no measurable change to the expected overlap";
  return `${gain >= 0 ? "+" : "−"}${Math.abs(gain).toFixed(2)} expected overlap`;
}

/** The company whose offer is the most wanted among those expected after `day` (for a reason's "so that"). */
function awaited(n: Narration, except: number, day: number): { name: string; p50: number } | null {
  let best: { name: string; p50: number; desirability: number } | null = null;
  n.model.apps.forEach((app, a) => {
    if (a === except || app.inHand || n.m.offers[a]! < AWAITED_MIN_ODDS) return;
    const p50 = n.quantile(a, SLOT.arrival, 0.5);
    if (p50 === null || p50 <= day) return;
    if (!best || app.desirability > best.desirability) best = { name: app.name, p50, desirability: app.desirability };
  });
  return best;
}

export function planActions(n: Narration, gains: ActionGains, minGain: number): PlanAction[] {
  const { model, dec, m } = n;
  const today = n.date(0);
  const soon = n.date(2);
  const actions: PlanAction[] = [];
  model.apps.forEach((app, a) => {
    const pOpen = percent(m.openInWindow[a]!);
    const arrival = (q: number) => n.quantile(a, SLOT.arrival, q);
    if (app.inHand) {
      const days = gains.extensionDays[a]!;
      if (days <= 0) return;
      const asked = app.closeDay + days;
      const later = awaited(n, a, app.closeDay);
      const because = later
        ? `${possessive(later.name)} offer is expected around ${n.day(later.p50)}`
        : "the others are still open";
      actions.push({
        kind: "extension",
        applicationId: app.id,
        by: n.date(Math.max(0, app.closeDay - 3)),
        reason: `Ask ${app.name} to extend from ${n.day(app.closeDay)} to ${n.day(asked)} (granted about ${percent(extensionGrantChance(days))} of the time): ${because}; ${gainText(gains.extension[a]!)}.`,
        gain: round3(gains.extension[a]!),
        message: extensionMessage(app.name, n.date(app.closeDay), n.date(asked)),
      });
      return;
    }
    if (app.interested) {
      const start = dec.start[a]!;
      if (start === DROPPED) return;
      const p10 = arrival(0.1);
      const p90 = arrival(0.9);
      const lands = p10 === null ? "" : `, its offer then lands ${n.day(p10)} to ${n.day(p90!)}`;
      const when = start === 0 ? "now" : `on ${n.day(start)}, not before`;
      if (app.desirability <= 3 && gains.start[a]! < minGain && m.openInWindow[a]! < 0.02) {
        actions.push({
          kind: "drop",
          applicationId: app.id,
          by: n.date(Math.min(start, 7)),
          reason: `${app.name} cannot make the window: its offer is open in it in ${pOpen} of runs even if you apply by ${n.day(start)}. Apply this week or drop it from this plan.`,
          gain: 0,
          message: null,
        });
      } else {
        actions.push({
          kind: "start",
          applicationId: app.id,
          by: n.date(start),
          reason: `Apply to ${app.name} ${when}${lands} and is open in the window in ${pOpen} of runs; ${gainText(gains.start[a]!)}.`,
          gain: round3(gains.start[a]!),
          message: null,
        });
      }
      return;
    }
    const stall = dec.stall[a]!;
    if (stall > 0) {
      const next = nextInterview(n, a, 2);
      actions.push({
        kind: "stall",
        applicationId: app.id,
        by: soon,
        reason: `Ask ${app.name} to hold its next round ${stall} days${next === null ? "" : ` (to about ${n.day(next)})`} so its offer lands with the others (open in the window in ${pOpen} of runs); ${gainText(gains.stall[a]!)}.`,
        gain: round3(gains.stall[a]!),
        message: stallMessage(app.name, n.date(next ?? stall)),
      });
    }
    if (dec.expedite[a] === 1) {
      actions.push({
        kind: "expedite",
        applicationId: app.id,
        by: today,
        reason: `Ask ${app.name} to move faster (assumed to work ${percent(EXPEDITE_SUCCESS)} of the time, 30% shorter waits): its offer is then open in the window in ${pOpen} of runs; ${gainText(gains.expedite[a]!)}.`,
        gain: round3(gains.expedite[a]!),
        message: expediteMessage(app.name, n.date(n.window.start)),
      });
    }
    const next = app.first <= 2 ? nextInterview(n, a) : null;
    if (next !== null && next <= BOOK_AHEAD_DAYS) {
      actions.push({
        kind: "book_screen",
        applicationId: app.id,
        by: n.date(next),
        reason: `Book ${possessive(app.name)} ${stageLabel(screenStage(n, a)).toLowerCase()} for about ${n.day(next)} (desirability ${app.desirability} of 5): ${
          app.desirability >= 4
            ? "a favourite, so it comes after the practice rounds when screens compete for a slot."
            : "early, as practice for the favourites, when screens compete for a slot."
        }`,
        gain: 0,
        message: null,
      });
    }
  });
  return actions.sort(
    (x, y) =>
      y.gain - x.gain ||
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      (x.kind === "book_screen" ? desirabilityOf(n, x.applicationId) - desirabilityOf(n, y.applicationId) : 0) ||
      x.by.localeCompare(y.by),
  );
}

function desirabilityOf(n: Narration, id: string): number {
  return n.model.apps.find((app) => app.id === id)?.desirability ?? 0;
}

/** The stage of the next interview ahead (recruiter or technical screen, or onsite). */
function screenStage(n: Narration, a: number): Stage {
  const app = n.model.apps[a]!;
  for (let k = Math.max(1, app.first); k < 4; k++) {
    const p50 = n.quantile(a, SLOT.interview + k - 1, 0.5);
    if (p50 !== null && p50 >= 0) return (["recruiter_screen", "technical_screen", "onsite"] as const)[k - 1]!;
  }
  return "recruiter_screen";
}

/** The median day of the next interview still ahead (from stage `from`: 1 the recruiter's call), or null. */
function nextInterview(n: Narration, a: number, from = 1): number | null {
  const app = n.model.apps[a]!;
  for (let k = Math.max(from, app.first); k < 4; k++) {
    const p50 = n.quantile(a, SLOT.interview + k - 1, 0.5);
    if (p50 !== null && p50 >= 0) return p50;
  }
  return null;
}

/** What can go wrong if nothing is done (the naive plan's trials for expiries; the plan's for the rest). */
export function planRisks(n: Narration): PlanRisk[] {
  const { model, m } = n;
  const A = model.apps.length;
  const risks: PlanRisk[] = [];
  const expiries: { risk: PlanRisk; relevance: number }[] = [];
  model.apps.forEach((x, xi) => {
    if (!x.inHand || x.closeDay < 0) return;
    // Only offers wanted at least as much as X's: losing X to wait for a less wanted one is no loss.
    const awaited: { risk: PlanRisk; relevance: number }[] = [];
    model.apps.forEach((y, yi) => {
      const offers = m.pairOffers[xi * A + yi]!;
      if (yi === xi || y.inHand || y.desirability < x.desirability || offers < AWAITED_MIN_ODDS * m.trials) return;
      const p = m.pairLate[xi * A + yi]! / offers;
      if (p < 0.25) return;
      const p50 = n.quantile(yi, SLOT.arrival, 0.5);
      const ahead =
        y.first === 3 ? `${possessive(y.name)} onsite ends around` : `${possessive(y.name)} offer is expected around`;
      awaited.push({
        relevance: p * y.weight * m.offers[yi]!,
        risk: {
          kind: "expires_first",
          applicationIds: [x.id, y.id],
          probability: round3(p),
          message: `Offer from ${x.name} expires on ${n.day(x.closeDay)}; ${ahead} ${p50 === null ? "later" : n.day(p50)}: ${percent(p)} chance ${x.name} expires first (when ${y.name} makes an offer).`,
        },
      });
    });
    awaited.sort((u, v) => v.relevance - u.relevance);
    expiries.push(...awaited.slice(0, RISKS_PER_KIND));
  });
  expiries.sort((u, v) => v.relevance - u.relevance);
  risks.push(...expiries.map((item) => item.risk));
  const unlikely = model.apps
    .map((app, a) => ({ app, p: m.offers[a]! }))
    .filter(({ app, p }) => !app.inHand && app.desirability >= 4 && p < 0.1)
    .sort((u, v) => v.app.desirability - u.app.desirability || u.p - v.p)
    .slice(0, RISKS_PER_KIND);
  const later: PlanRisk[] = unlikely.map(({ app, p }) => ({
    kind: "no_offer_likely",
    applicationIds: [app.id],
    probability: round3(1 - p),
    message: `${app.name}: only ${percent(p)} chance of an offer at these odds (${app.interested ? "not applied yet" : `now at ${stageLabel(app.stage as Stage).toLowerCase()}`}).`,
  }));
  if (A > 0 && m.pEmptyWindow >= 0.5) {
    risks.push({
      kind: "window_empty",
      applicationIds: [],
      probability: round3(m.pEmptyWindow),
      message: `In ${percent(m.pEmptyWindow)} of runs no offer is open between ${n.day(n.window.start)} and ${n.day(n.window.end)}: more applications, or a later window.`,
    });
  }
  if (m.pPushed >= 0.25) {
    risks.push({
      kind: "capacity",
      applicationIds: [],
      probability: round3(m.pPushed),
      message: `Your interview limits push an interview back 3 days or more in ${percent(m.pPushed)} of runs; the plan books the least-wanted companies first.`,
    });
  }
  // Most pressing first: expiries (by relevance: how likely, how wanted the awaited offer, how
  // likely it comes at all), then capacity and an
  // empty window by probability; the long shots last.
  return [
    ...risks.filter((r) => r.kind === "expires_first"),
    ...risks.filter((r) => r.kind !== "expires_first").sort((x, y) => y.probability - x.probability),
    ...later,
  ];
}
