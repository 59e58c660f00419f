import { z } from "zod";
import { idSchema } from "../fields.js";
import { compInputSchema, type CompInputJson } from "../offers/comp-input.js";
import {
  decisionWeightsSchema,
  NEGOTIATION_CHANNELS,
  NEGOTIATION_KINDS,
  OFFER_STATUSES,
  offerScoresSchema,
} from "../offers/records.js";
import { currencySchema } from "../pipeline/schemas.js";
import { UNSTORABLE, UNSTORABLE_ERROR } from "../fields.js";
import { day, instant, minorUnits, notes, required, stamps, text } from "./document-fields.js";

/** The export document's offer tables (version 2): a row as stored, ids and timestamps included. */

/** Whether every string in a JSON value can be stored by PostgreSQL's jsonb (no NUL, no lone surrogate). */
function storableJson(value: unknown): boolean {
  if (typeof value === "string") return !UNSTORABLE.test(value);
  if (Array.isArray(value)) return value.every(storableJson);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).every(([key, inner]) => !UNSTORABLE.test(key) && storableJson(inner));
  }
  return true;
}

/**
 * A compensation as stored: what the user entered, checked with the API's own `compInputSchema`
 * but kept exactly as written (the schema's defaults are not filled in), so it round-trips.
 */
export const storedComp = z.custom<CompInputJson>().superRefine((value, ctx) => {
  const parsed = compInputSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: "custom", path: issue.path.map((part) => part as string | number), message: issue.message });
    }
    return;
  }
  if (!storableJson(value)) {
    ctx.addIssue({ code: "custom", message: UNSTORABLE_ERROR });
  }
});

const offerSchema = z.strictObject({
  id: idSchema,
  applicationId: idSchema,
  comp: storedComp,
  status: z.enum(OFFER_STATUSES),
  level: text(80).nullable(),
  title: text(200).nullable(),
  location: text(200).nullable(),
  startDate: day.nullable(),
  receivedOn: day.nullable(),
  exchangeRate: z
    .number({ error: "must be a number" })
    .positive({ error: "must be above 0" })
    .max(Number.MAX_VALUE, { error: "must be a finite number" })
    .nullable(),
  scores: offerScoresSchema,
  notes,
  ...stamps,
});

const negotiationEventSchema = z.strictObject({
  id: idSchema,
  offerId: idSchema,
  on: day,
  channel: z.enum(NEGOTIATION_CHANNELS),
  kind: z.enum(NEGOTIATION_KINDS),
  asked: text(5_000).nullable(),
  response: text(5_000).nullable(),
  before: storedComp.nullable(),
  after: storedComp.nullable(),
  ...stamps,
});

/** A market data point; money as stored, integer minor units of its currency. */
const compDataPointSchema = z.strictObject({
  id: idSchema,
  company: required(200),
  level: text(80).nullable(),
  title: text(200).nullable(),
  location: text(200).nullable(),
  currency: currencySchema,
  baseMinor: minorUnits.nullable(),
  totalMinor: minorUnits,
  source: text(200).nullable(),
  observedOn: day.nullable(),
  createdAt: instant,
});

/** The user's decision weights and comparison currency: one row at most. */
const offerPreferencesSchema = z.strictObject({
  compareCurrency: currencySchema.nullable(),
  weights: decisionWeightsSchema,
  updatedAt: instant,
});

export const offerTableSchemas = {
  offers: z.array(offerSchema),
  negotiationEvents: z.array(negotiationEventSchema),
  compDataPoints: z.array(compDataPointSchema),
  offerPreferences: z.array(offerPreferencesSchema).max(1, { error: "holds one row at most" }),
};
