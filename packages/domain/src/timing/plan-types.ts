/** What the timing planner answers (POST /api/timing/plan). Dates are YYYY-MM-DD. */

export const NEXT_STEP_ACTIONS = [
  "apply",
  "book_screen",
  "technical_screen",
  "onsite",
  "expect_offer",
  "decide",
] as const;
export type NextStepAction = (typeof NEXT_STEP_ACTIONS)[number];

export interface NextStep {
  action: NextStepAction;
  /** The target date: book by, the onsite's week start, the offer's expected date. */
  by: string;
  /** For a range ("expected offer between ... and ..."): the later end. */
  until?: string;
  reason: string;
}

export interface CompanyPlan {
  id: string;
  name: string;
  nextSteps: NextStep[];
  /** Quantiles of the offer's arrival over the trials where it comes; null when it never does. */
  offerArrival: { p10: string; p50: string; p90: string } | null;
  /** Chance an offer comes at all. */
  pOffer: number;
  /** Chance the offer is open at some point inside the decision window. */
  pOpenInWindow: number;
  /** The plan's decisions for this company: its start (not yet applied), a stall, a push to speed up. */
  startOn: string | null;
  stallDays: number;
  expedite: boolean;
  /** For the timeline: each remaining stage's p10/p50/p90 end dates. */
  stages: { stage: string; p10: string; p50: string; p90: string }[];
}

export const PLAN_ACTION_KINDS = ["start", "drop", "stall", "expedite", "extension", "book_screen"] as const;
export type PlanActionKind = (typeof PLAN_ACTION_KINDS)[number];

export interface PlanAction {
  kind: PlanActionKind;
  applicationId: string;
  /** Do it by this date. */
  by: string;
  /** One line with the numbers behind it ("raises the expected overlap from 1.4 to 1.9"). */
  reason: string;
  /** How much the expected overlap gains with this action, in the plan's own trials. */
  gain: number;
  /** A ready-to-edit message when the action is one to someone (extension, stall, expedite). */
  message: { subject: string; body: string } | null;
}

export interface PlanRisk {
  kind: "expires_first" | "no_offer_likely" | "window_empty" | "capacity";
  applicationIds: string[];
  probability: number;
  message: string;
}

export interface TimingPlan {
  today: string;
  decisionWindow: { start: string; end: string; chosen: "given" | "planned" };
  trials: number;
  seed: number;
  companies: CompanyPlan[];
  /** Desirability-weighted count of offers open together in the window, averaged over trials. */
  expectedOverlap: number;
  /** Standard error of that mean. */
  expectedOverlapStdError: number;
  /** The same measure for the naive plan "start everything today, no stalls", on the same random numbers. */
  naiveOverlap: number;
  risks: PlanRisk[];
  /** Best first. */
  actions: PlanAction[];
  /** The assumptions used per stage (defaults blended with history), for "why these numbers". */
  assumptions: {
    stage: string;
    medianDays: number;
    p90Days: number;
    passRate: number;
    observed: number;
    source: string;
  }[];
}
