import { z } from "zod";
import { idSchema, isoDateSchema, notesSchema, optionalText, requiredText } from "../fields.js";
import type { ApplicationId, Brand } from "../ids.js";
import type { RedFlag } from "../people/interviews.js";
import type { Stage } from "../pipeline/stages.js";
import { currencySchema } from "../pipeline/schemas.js";
import { amountSchema, compInputSchema, type CompInputJson } from "./comp-input.js";

export type OfferId = Brand<string, "OfferId">;
export type NegotiationEventId = Brand<string, "NegotiationEventId">;
export type CompDataPointId = Brand<string, "CompDataPointId">;

export const OFFER_STATUSES = ["open", "negotiating", "accepted", "declined", "expired", "rescinded"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  open: "Open",
  negotiating: "Negotiating",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
  rescinded: "Rescinded",
};

/**
 * What a decision weighs. The money criteria and red flags are computed from the projection and
 * the interviews; the others are the user's 1-5 scores per offer.
 */
export const COMPUTED_CRITERIA = ["money_year1", "money_four_years", "equity_upside", "red_flags"] as const;
export const SCORED_CRITERIA = ["level", "growth", "team_manager", "work_style", "commute_remote"] as const;
export const DECISION_CRITERIA = [...COMPUTED_CRITERIA, ...SCORED_CRITERIA] as const;
export type DecisionCriterion = (typeof DECISION_CRITERIA)[number];
export type ScoredCriterion = (typeof SCORED_CRITERIA)[number];
export const CRITERION_LABELS: Record<DecisionCriterion, string> = {
  money_year1: "Money in year 1",
  money_four_years: "Money over four years",
  equity_upside: "Equity upside",
  red_flags: "Red flags seen",
  level: "Level",
  growth: "Growth",
  team_manager: "Team and manager",
  work_style: "Work style",
  commute_remote: "Commute or remote",
};

const scoreSchema = z
  .number()
  .int({ error: "must be a whole number" })
  .min(1, { error: "must be 1 to 5" })
  .max(5, { error: "must be 1 to 5" });
export const offerScoresSchema = z.partialRecord(z.enum(SCORED_CRITERIA), scoreSchema);
export type OfferScores = z.infer<typeof offerScoresSchema>;

const weightSchema = z.number().min(0, { error: "must be 0 to 10" }).max(10, { error: "must be 0 to 10" });
export const decisionWeightsSchema = z.partialRecord(z.enum(DECISION_CRITERIA), weightSchema);
export type DecisionWeights = z.infer<typeof decisionWeightsSchema>;

/** Weights a new user starts from: money matters, and so does the rest. */
export const DEFAULT_WEIGHTS: Record<DecisionCriterion, number> = {
  money_year1: 5,
  money_four_years: 8,
  equity_upside: 3,
  red_flags: 6,
  level: 5,
  growth: 7,
  team_manager: 7,
  work_style: 4,
  commute_remote: 4,
};

const offerFields = {
  comp: compInputSchema,
  status: z.enum(OFFER_STATUSES).optional(),
  level: optionalText(80),
  title: optionalText(200),
  location: optionalText(200),
  startDate: isoDateSchema.nullable().optional(),
  receivedOn: isoDateSchema.nullable().optional(),
  /** Stored as the application's offer deadline, which Today and the calendar feed read. */
  deadline: isoDateSchema.nullable().optional(),
  exchangeRate: z
    .number({ error: "must be a number" })
    .positive({ error: "must be above 0" })
    .max(1_000_000)
    .nullable()
    .optional(),
  scores: offerScoresSchema.optional(),
  notes: notesSchema,
};

export const offerInputSchema = z.strictObject({ ...offerFields, applicationId: idSchema });
export type OfferInput = z.infer<typeof offerInputSchema>;
export const offerPatchSchema = z.strictObject(offerFields).partial();
export type OfferPatch = z.infer<typeof offerPatchSchema>;

/** An offer as the API answers it; `comp` is what the user entered (major units). */
export interface Offer {
  id: OfferId;
  applicationId: ApplicationId;
  companyName: string;
  roleTitle: string;
  tier: number | null;
  stage: Stage;
  comp: CompInputJson;
  status: OfferStatus;
  level: string | null;
  title: string | null;
  location: string | null;
  startDate: string | null;
  receivedOn: string | null;
  deadline: string | null;
  exchangeRate: number | null;
  scores: OfferScores;
  notes: string | null;
  /** Red flags noted on this application's interviews, with how many interviews noted each. */
  redFlags: { flag: RedFlag; count: number }[];
  /** Negotiation events logged, and how many of them were asks (rounds). */
  negotiation: { events: number; asks: number };
  createdAt: string;
  updatedAt: string;
}

export const NEGOTIATION_CHANNELS = ["email", "call", "video", "in_person", "message", "other"] as const;
export type NegotiationChannel = (typeof NEGOTIATION_CHANNELS)[number];
export const NEGOTIATION_KINDS = ["ask", "counter", "extension", "note"] as const;
export type NegotiationKind = (typeof NEGOTIATION_KINDS)[number];
export const NEGOTIATION_KIND_LABELS: Record<NegotiationKind, string> = {
  ask: "We asked",
  counter: "They countered",
  extension: "Deadline extension",
  note: "Note",
};

const negotiationFields = {
  on: isoDateSchema,
  channel: z.enum(NEGOTIATION_CHANNELS),
  kind: z.enum(NEGOTIATION_KINDS),
  asked: optionalText(5000),
  response: optionalText(5000),
  /** New numbers that came back: they become the offer's comp; the old comp is kept as `before`. */
  after: compInputSchema.nullable().optional(),
};
export const negotiationEventInputSchema = z.strictObject(negotiationFields);
export type NegotiationEventInput = z.infer<typeof negotiationEventInputSchema>;
export const negotiationEventPatchSchema = z
  .strictObject({
    on: negotiationFields.on,
    channel: negotiationFields.channel,
    kind: negotiationFields.kind,
    asked: negotiationFields.asked,
    response: negotiationFields.response,
  })
  .partial();
export type NegotiationEventPatch = z.infer<typeof negotiationEventPatchSchema>;

export interface NegotiationEvent {
  id: NegotiationEventId;
  offerId: OfferId;
  on: string;
  channel: NegotiationChannel;
  kind: NegotiationKind;
  asked: string | null;
  response: string | null;
  before: CompInputJson | null;
  after: CompInputJson | null;
  createdAt: string;
}

export const compDataPointInputSchema = z.strictObject({
  company: requiredText(200),
  level: optionalText(80),
  title: optionalText(200),
  location: optionalText(200),
  currency: currencySchema,
  /** Yearly amounts in major units. */
  base: amountSchema.nullable().optional(),
  total: amountSchema,
  source: optionalText(200),
  observedOn: isoDateSchema.nullable().optional(),
});
export type CompDataPointInput = z.infer<typeof compDataPointInputSchema>;

export interface CompDataPoint {
  id: CompDataPointId;
  company: string;
  level: string | null;
  title: string | null;
  location: string | null;
  currency: string;
  base: number | null;
  total: number;
  source: string | null;
  observedOn: string | null;
  createdAt: string;
}

export const offerPreferencesSchema = z.strictObject({
  compareCurrency: currencySchema.nullable().optional(),
  weights: decisionWeightsSchema.optional(),
});
export type OfferPreferencesInput = z.infer<typeof offerPreferencesSchema>;

export interface OfferPreferences {
  compareCurrency: string | null;
  /** Every criterion, the user's weight or the default. */
  weights: Record<DecisionCriterion, number>;
}

export const offerIdParamSchema = z.strictObject({ id: idSchema });
