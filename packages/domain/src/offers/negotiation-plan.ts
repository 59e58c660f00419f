import { addDaysToDate } from "../time-zones.js";
import { compactAmount, overYears } from "./compact-amount.js";
import { commonHorizon } from "./compare-basics.js";
import { deadlineStatus, type DeadlineStatus } from "./deadline.js";
import { leversFor } from "./negotiation-levers.js";
import type { OfferStatus } from "./records.js";
import {
  DECISION_DAYS,
  DEFAULT_EXTENSION_DAYS,
  MAX_ROUNDS,
  type NegotiationPlan,
  type OfferPlan,
  type PendingProcess,
  planDatesSchema,
  type PlanOfferInput,
  type PlanStep,
  type PlanStepKind,
} from "./negotiation-plan-types.js";

export * from "./negotiation-plan-types.js";

const ACTIVE: readonly OfferStatus[] = ["open", "negotiating"];

function shortDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

interface Standing {
  offer: PlanOfferInput;
  asks: number;
  lastAsk: string | null;
  answered: boolean;
  extensions: number;
  baseCapped: boolean;
  yearOne: number;
  yearOneEquity: number;
  horizonTotal: number;
  horizonEquity: number;
  preference: number;
}

function standingOf(offer: PlanOfferInput, horizon: number): Omit<Standing, "preference"> {
  const events = [...offer.events].sort((e1, e2) => (e1.on < e2.on ? -1 : e1.on > e2.on ? 1 : 0));
  const asks = events.filter((event) => event.kind === "ask");
  const lastAsk = asks.at(-1)?.on ?? null;
  const counters = events.filter((event) => event.kind === "counter");
  // An answer is a counter on or after the last ask (or new numbers logged on any event after it).
  const answered =
    lastAsk === null || counters.some((event) => event.on >= lastAsk) || events.some((e) => e.on > lastAsk && e.after);
  // Cash is capped when the company came back with new numbers but the same (or a lower) base.
  const baseCapped = events.some(
    (event) => event.kind === "counter" && event.before && event.after && event.after.base <= event.before.base,
  );
  const p = offer.projection;
  return {
    offer,
    asks: asks.length,
    lastAsk,
    answered,
    extensions: events.filter((event) => event.kind === "extension").length,
    baseCapped,
    yearOne: p.years[0]!.total,
    yearOneEquity: p.years[0]!.equity,
    horizonTotal: p.cumulative[horizon - 1]!.total,
    horizonEquity: p.cumulative[horizon - 1]!.equity,
  };
}

const step = (
  standing: Standing,
  kind: PlanStepKind,
  title: string,
  reason: string,
  priority: number,
  extra: Partial<Pick<PlanStep, "leverage" | "until" | "levers" | "checklist" | "template">> = {},
): PlanStep => ({
  kind,
  offerId: standing.offer.id,
  company: standing.offer.company,
  title,
  reason,
  leverage: null,
  until: null,
  levers: [],
  checklist: [],
  template: null,
  priority,
  ...extra,
});

/**
 * The next move for each offer in play and overall. Deadlines first: a passed one, then one that
 * comes before another offer can arrive (ask for time, to a date). Then leverage: the offer that
 * pays most over the horizon is taken to the companies that pay less and that the user ranks as
 * high or higher (tier, then desirability), at most two rounds per company; after a counter that
 * kept the base, trade other levers. The plan never proposes a figure of the user's own: it asks
 * for the company's best number, and when one is needed points to the competing written offer.
 * Before signing the first choice, it lists what to settle in writing.
 */
export function planNegotiation(input: {
  today: string;
  offers: readonly PlanOfferInput[];
  pending?: readonly PendingProcess[];
}): NegotiationPlan {
  const { today } = planDatesSchema.parse({ today: input.today });
  const pending = input.pending ?? [];
  const accepted = input.offers.find((offer) => offer.status === "accepted");
  const active = input.offers.filter((offer) => ACTIVE.includes(offer.status));
  if (active.length === 0) return { horizon: 0, next: null, steps: [], offers: [] };
  const horizon = commonHorizon(active.map((offer) => offer.projection));
  const currency = active[0]!.projection.currency;
  const fmt = (minor: number) => compactAmount(minor, currency);

  // Preference: tier (1 first, unset last), then desirability, then money.
  const base = active.map((offer) => standingOf(offer, horizon));
  const order = base
    .map((standing, index) => index)
    .sort(
      (i, j) =>
        (base[i]!.offer.tier ?? 4) - (base[j]!.offer.tier ?? 4) ||
        (base[j]!.offer.desirability ?? 0) - (base[i]!.offer.desirability ?? 0) ||
        base[j]!.horizonTotal - base[i]!.horizonTotal ||
        i - j,
    );
  // Rounds are counted per company: two offers from one company (two roles) share its two rounds.
  const companyKey = (standing: { offer: PlanOfferInput }) => standing.offer.company.trim().toLowerCase();
  const companyAsks = new Map<string, number>();
  for (const standing of base)
    companyAsks.set(companyKey(standing), (companyAsks.get(companyKey(standing)) ?? 0) + standing.asks);
  const standings: Standing[] = base.map((standing, index) => ({
    ...standing,
    asks: companyAsks.get(companyKey(standing))!,
    preference: order.indexOf(index),
  }));
  const first = standings.find((standing) => standing.preference === 0)!;

  const plans: OfferPlan[] = standings.map((standing) => {
    const { offer } = standing;
    const steps: PlanStep[] = [];
    const deadline = offer.deadline ? deadlineStatus(offer.deadline, today) : null;

    if (accepted) {
      steps.push(
        step(
          standing,
          "decline",
          `Decline ${offer.company}`,
          `You accepted ${accepted.company}: tell ${offer.company} (${fmt(standing.horizonTotal)} ${overYears(horizon)}) soon and warmly.`,
          1,
          {
            template: "decline",
          },
        ),
      );
      return planOf(standing, deadline, steps);
    }

    if (deadline && deadline.daysLeft < 0) {
      steps.push(
        step(
          standing,
          "deadline_passed",
          `Check whether ${offer.company}'s offer still stands`,
          `Its deadline (${shortDate(deadline.deadline)}) passed ${deadline.label}: ask whether the offer is still open, or mark it expired.`,
          0,
        ),
      );
      return planOf(standing, deadline, steps);
    }

    if (deadline) {
      const timeStep = askForTime(standing, standings, pending, deadline);
      if (timeStep) steps.push(timeStep);
    }

    steps.push(leverageStep(standing, standings, fmt, horizon));

    if (standing === first) {
      steps.push(
        step(
          standing,
          "before_signing",
          `Before you sign with ${offer.company}, settle the terms`,
          `${offer.company} is your first choice${offer.tier ? ` (tier ${offer.tier})` : ""} at ${fmt(standing.horizonTotal)} ${overYears(horizon)}: get the level, the scope and the promotion path in writing before you sign.`,
          7,
          {
            checklist: [
              "The level and title, in the offer letter",
              "The scope: the team, what you own, who you report to",
              "The promotion path: what the next level asks for, and when it is reviewed",
              "Anything agreed on a call (sign-on, start date, remote days), in writing",
            ],
          },
        ),
      );
    }
    return planOf(standing, deadline, steps);
  });

  const steps = plans.flatMap((plan) => plan.steps).sort((s1, s2) => s1.priority - s2.priority);
  return { horizon, next: steps.find((s) => s.kind !== "hold") ?? steps[0] ?? null, steps, offers: plans };
}

function planOf(standing: Standing, deadline: DeadlineStatus | null, steps: PlanStep[]): OfferPlan {
  return {
    offerId: standing.offer.id,
    company: standing.offer.company,
    asks: standing.asks,
    roundsLeft: Math.max(0, MAX_ROUNDS - standing.asks),
    deadline,
    horizonTotal: standing.horizonTotal,
    steps,
  };
}

/**
 * Ask for time when the deadline comes before something still worth waiting for: a running process
 * expected after it (or with no date), or another offer whose company has not answered an ask yet.
 */
function askForTime(
  standing: Standing,
  standings: readonly Standing[],
  pending: readonly PendingProcess[],
  deadline: DeadlineStatus,
): PlanStep | null {
  const { offer } = standing;
  const later = pending.filter((p) => !p.expectedBy || p.expectedBy > deadline.deadline);
  const inFlight = standings.filter((other) => other !== standing && !other.answered);
  if (later.length === 0 && inFlight.length === 0) return null;
  const known = later.flatMap((p) => (p.expectedBy ? [p.expectedBy] : []));
  const lastExpected = known.sort().at(-1);
  const until = [
    addDaysToDate(deadline.deadline, DEFAULT_EXTENSION_DAYS),
    lastExpected && addDaysToDate(lastExpected, DECISION_DAYS),
  ]
    .filter((date): date is string => !!date)
    .sort()
    .at(-1)!;
  const waits = [
    ...later.map((p) =>
      p.expectedBy
        ? `${p.company} expects to answer by ${shortDate(p.expectedBy)}`
        : `${p.company} is still in process`,
    ),
    ...inFlight.map((other) => `${other.offer.company} has not answered your ask of ${shortDate(other.lastAsk!)}`),
  ];
  const again = standing.extensions > 0 ? "; you asked once already, so give a firm date" : "";
  return step(
    standing,
    "ask_time",
    `Ask ${offer.company} for time until ${shortDate(until)}`,
    `Its deadline is ${shortDate(deadline.deadline)} (${deadline.label}) and ${waits.join("; ")}${again}.`,
    deadline.urgency === "urgent" ? 1 : deadline.urgency === "soon" ? 1.5 : 2 + Math.min(deadline.daysLeft, 60) / 100,
    { until, template: "more_time" },
  );
}

/** What shapes a leader's lead: mostly year 1, mostly equity, or spread out. */
function gapShape(leader: Standing, other: Standing, horizon: number): "year_one" | "equity" | "other" {
  const total = leader.horizonTotal - other.horizonTotal;
  const yearOne = leader.yearOne - other.yearOne;
  const equity = leader.horizonEquity - other.horizonEquity;
  if (yearOne > 0 && yearOne * horizon >= 1.5 * Math.max(total, 0)) return "year_one";
  if (equity > 0 && equity >= 0.5 * total) return "equity";
  return "other";
}

function leverageStep(
  standing: Standing,
  standings: readonly Standing[],
  fmt: (minor: number) => string,
  years: number,
): PlanStep {
  const { offer } = standing;
  const horizon = overYears(years);
  const others = standings.filter((other) => other !== standing);
  const richest = others.reduce<Standing | null>(
    (best, other) => (!best || other.horizonTotal > best.horizonTotal ? other : best),
    null,
  );
  const round = `round ${standing.asks + 1} of ${MAX_ROUNDS}`;
  const leverage = (other: Standing) => ({
    offerId: other.offer.id,
    company: other.offer.company,
    yearOne: other.yearOne,
    horizonTotal: other.horizonTotal,
  });

  if (standing.asks >= MAX_ROUNDS) {
    return step(
      standing,
      "stop",
      `Stop negotiating with ${offer.company}`,
      `${MAX_ROUNDS} rounds used (last ask ${shortDate(standing.lastAsk!)}): decide on ${fmt(standing.horizonTotal)} ${horizon} as it stands.`,
      5,
    );
  }
  if (!standing.answered) {
    return step(
      standing,
      "wait",
      `Wait for ${offer.company}'s answer`,
      `You asked on ${shortDate(standing.lastAsk!)}; let them come back before the next move (${standing.asks} of ${MAX_ROUNDS} rounds used).`,
      4,
    );
  }
  if (richest && richest.horizonTotal > standing.horizonTotal) {
    const gap = richest.horizonTotal - standing.horizonTotal;
    const written = `${richest.offer.company}'s written offer pays ${fmt(gap)} more ${horizon} (${fmt(richest.horizonTotal)} against ${fmt(standing.horizonTotal)})`;
    // Only lift a company the user ranks as high or higher than the richer one: a lower choice that
    // also pays less would not be taken, so pressing it only costs goodwill.
    if (standing.preference > richest.preference) {
      return step(
        standing,
        "hold",
        `Hold ${offer.company}`,
        `${richest.offer.company} ranks higher with you and pays ${fmt(gap)} more ${horizon}: no need to press ${offer.company}; keep it warm until you decide.`,
        6,
      );
    }
    if (standing.baseCapped) {
      const levers = leversFor(gapShape(richest, standing, years));
      return step(
        standing,
        "trade_levers",
        `Ask ${offer.company} for ${levers[0]!.ask} instead of more base`,
        `${offer.company} kept the base after your ask; ${written}. Trade other levers (${round}).`,
        2 + standing.preference / 100,
        { leverage: leverage(richest), levers, template: "lever_trade" },
      );
    }
    return step(
      standing,
      "counter_with_offer",
      `Take ${richest.offer.company}'s offer to ${offer.company}`,
      `${written}. Ask ${offer.company} for its best number without naming one; if pressed, point to ${richest.offer.company}'s ${fmt(richest.yearOne)} in year 1 (${round}).`,
      2 + standing.preference / 100,
      { leverage: leverage(richest), template: "counter" },
    );
  }
  // This offer pays the most.
  if (standing.asks === 0 && richest) {
    const lead = standing.horizonTotal - richest.horizonTotal;
    return step(
      standing,
      "ask_best_number",
      `Ask ${offer.company} for its best number`,
      `It leads ${richest.offer.company} by ${fmt(lead)} ${horizon}; ask once whether there is room, without naming a figure (${round}).`,
      3 + standing.preference / 100,
      { leverage: leverage(richest) },
    );
  }
  if (standing.asks === 0) {
    return step(
      standing,
      "ask_best_number",
      `Ask ${offer.company} for its best number`,
      `It is your only offer in play (${fmt(standing.horizonTotal)} ${horizon}): ask once whether there is room, without naming a figure (${round}).`,
      3,
    );
  }
  return step(
    standing,
    "hold",
    `Hold ${offer.company}'s offer`,
    `It pays the most (${fmt(standing.horizonTotal)} ${horizon}) and you have asked once: its number is your leverage with the others.`,
    6,
  );
}
