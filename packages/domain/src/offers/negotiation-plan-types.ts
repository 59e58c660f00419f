import { z } from "zod";
import { isoDateSchema } from "../fields.js";
import type { DeadlineStatus } from "./deadline.js";
import type { LeverAdvice } from "./negotiation-levers.js";
import type { Projection } from "./projection-types.js";
import type { NegotiationEvent, OfferStatus } from "./records.js";

/** What the negotiation planner (negotiation-plan.ts) reads and answers, and its fixed rules. */

/** Rounds of asking per company: one ask and a last one, then the numbers are what they are. */
export const MAX_ROUNDS = 2;
/** Days added to a deadline when asking for time without a known date to wait for. */
export const DEFAULT_EXTENSION_DAYS = 7;
/** Days kept after the last awaited offer is expected, to compare and decide. */
export const DECISION_DAYS = 2;

export interface PlanOfferInput {
  id: string;
  company: string;
  /** 1 is the user's first choice of company, 3 the last; null when unset. */
  tier: number | null;
  /** The user's 1-5 wish for the application; null when unset. */
  desirability?: number | null;
  /** In the comparison currency. */
  projection: Projection;
  deadline: string | null;
  status: OfferStatus;
  events: readonly Pick<NegotiationEvent, "on" | "kind" | "before" | "after">[];
}

/** A process still running that may end in an offer (a late-stage application). */
export interface PendingProcess {
  company: string;
  tier: number | null;
  /** When its offer (or answer) is expected, if known. */
  expectedBy?: string | null;
}

export const planDatesSchema = z.object({ today: isoDateSchema });

export const PLAN_STEP_KINDS = [
  "deadline_passed",
  "ask_time",
  "counter_with_offer",
  "trade_levers",
  "ask_best_number",
  "wait",
  "stop",
  "hold",
  "decline",
  "before_signing",
] as const;
export type PlanStepKind = (typeof PLAN_STEP_KINDS)[number];

/** Which message template fits the step. */
export type PlanTemplate = "more_time" | "counter" | "lever_trade" | "decline" | null;

export interface PlanStep {
  kind: PlanStepKind;
  offerId: string;
  company: string;
  /** What to do, in a few words: "Take Beta's offer to Acme". */
  title: string;
  /** Why, in one line with the numbers. */
  reason: string;
  /** The competing written offer the step leans on, and the figure to point to if pressed for one. */
  leverage: { offerId: string; company: string; yearOne: number; horizonTotal: number } | null;
  /** ask_time: the date to ask for. */
  until: string | null;
  /** trade_levers: what to ask for instead of base, best first. before_signing: empty. */
  levers: LeverAdvice[];
  /** before_signing: what to settle in writing. */
  checklist: string[];
  template: PlanTemplate;
  /** Lower comes first. */
  priority: number;
}

export interface OfferPlan {
  offerId: string;
  company: string;
  /** Asks made to the offer's company (over all its offers in play). */
  asks: number;
  roundsLeft: number;
  deadline: DeadlineStatus | null;
  /** Total over the horizon, minor units of the comparison currency. */
  horizonTotal: number;
  steps: PlanStep[];
}

export interface NegotiationPlan {
  horizon: number;
  /** The first step to take; null when there is nothing to do. */
  next: PlanStep | null;
  /** Every step, most pressing first. */
  steps: PlanStep[];
  /** Per offer still in play (open or negotiating), in input order. */
  offers: OfferPlan[];
}
