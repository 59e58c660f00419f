import {
  compInputSchema,
  DECISION_CRITERIA,
  NEGOTIATION_CHANNELS,
  NEGOTIATION_KINDS,
  negotiationEventInputSchema,
  negotiationEventPatchSchema,
  OFFER_STATUSES,
  offerInputSchema,
  offerPatchSchema,
  offerPreferencesSchema,
  offerScoresSchema,
  RED_FLAGS,
  STAGES,
  type ApplicationId,
  type CompInputJson,
  type NegotiationEvent,
  type NegotiationEventId,
  type Offer,
  type OfferId,
  type OfferPreferences,
} from "@loopwise/domain";
import { z } from "zod";
import { badInputResponse, errorBodySchema, type ApiOperation, type Describes } from "./openapi.js";

/** A UUID typed as the branded id the DTO carries. */
const id = <T extends string>(description: string) => z.uuid().meta({ description }) as unknown as z.ZodType<T>;
const date = (description: string) => z.iso.date().nullable().meta({ description });
/** Stored comps were validated on write, so their defaults are filled in. */
const comp = compInputSchema as unknown as z.ZodType<CompInputJson>;

const offerSchema = z
  .object({
    id: id<OfferId>("The offer's id."),
    applicationId: id<ApplicationId>("The application the offer is for (one offer per application)."),
    companyName: z.string(),
    roleTitle: z.string(),
    tier: z.number().int().nullable().meta({ description: "The company's tier, 1 (most wanted) to 3." }),
    stage: z.enum(STAGES).meta({ description: "The application's stage on the board." }),
    comp,
    status: z.enum(OFFER_STATUSES),
    level: z.string().nullable(),
    title: z.string().nullable(),
    location: z.string().nullable(),
    startDate: date("First day at work."),
    receivedOn: date("When the offer arrived."),
    deadline: date("Answer by: the application's offer deadline (Today and the calendar feed show it)."),
    exchangeRate: z
      .number()
      .nullable()
      .meta({ description: "Units of the compare currency per unit of the offer's currency." }),
    scores: offerScoresSchema,
    notes: z.string().nullable().meta({ description: "Markdown." }),
    redFlags: z
      .array(z.object({ flag: z.enum(RED_FLAGS), count: z.number().int() }))
      .meta({ description: "Red flags noted on the application's interviews, with how many interviews noted each." }),
    negotiation: z
      .object({ events: z.number().int(), asks: z.number().int() })
      .meta({ description: "Negotiation events logged, and how many were asks (rounds)." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ title: "Offer" });

const negotiationEventSchema = z
  .object({
    id: id<NegotiationEventId>("The event's id."),
    offerId: id<OfferId>("The offer it belongs to."),
    on: z.iso.date(),
    channel: z.enum(NEGOTIATION_CHANNELS),
    kind: z.enum(NEGOTIATION_KINDS),
    asked: z.string().nullable(),
    response: z.string().nullable(),
    before: comp.nullable().meta({ description: "The offer's comp before the numbers moved; null when they did not." }),
    after: comp.nullable().meta({ description: "The comp that came back, now the offer's." }),
    createdAt: z.iso.datetime(),
  })
  .meta({ title: "NegotiationEvent" });

const preferencesSchema = z
  .object({
    compareCurrency: z.string().nullable(),
    weights: z.record(z.enum(DECISION_CRITERIA), z.number()).meta({ description: "Every criterion, 0 to 10." }),
  })
  .meta({ title: "OfferPreferences" });

const checks: [
  Describes<typeof offerSchema, Offer>,
  Describes<typeof negotiationEventSchema, NegotiationEvent>,
  Describes<typeof preferencesSchema, OfferPreferences>,
] = [true, true, true];
void checks;

const idPath = "/api/offers/{id}";
const eventPath = "/api/offers/{id}/negotiation/{eventId}";
const notFound = { description: "No such offer (or event) of yours.", schema: errorBodySchema };
const offerAnswer = (description: string) => ({ description, schema: z.object({ offer: offerSchema }) });
const eventAnswer = (description: string) => ({ description, schema: z.object({ event: negotiationEventSchema }) });
const noContent = (description: string) => ({ description });
const tags = ["offers"];

/** The stored offers, their negotiation logs, and the decision preferences (routes/offers.ts, offer-preferences.ts). */
export const offerRecordOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/offers",
    operationId: "listOffers",
    tags,
    summary: "List offers, the soonest deadline first, then by company",
    responses: { 200: { description: "The offers.", schema: z.object({ offers: z.array(offerSchema) }) } },
  },
  {
    method: "post",
    path: "/api/offers",
    operationId: "recordOffer",
    tags,
    summary: "Record an offer on an application",
    description: [
      "In one transaction: stores the offer, writes `deadline` as the application's offer deadline, and moves the",
      "card to the Offer stage (with a stage-history row) unless it is already at Offer or Accepted.",
    ].join(" "),
    body: offerInputSchema,
    responses: {
      201: offerAnswer("The recorded offer."),
      400: badInputResponse,
      404: { description: "No such application of yours.", schema: errorBodySchema },
      409: { description: "The application already has an offer.", schema: errorBodySchema },
    },
  },
  {
    method: "get",
    path: idPath,
    operationId: "getOffer",
    tags,
    summary: "One offer",
    responses: { 200: offerAnswer("The offer."), 404: notFound },
  },
  {
    method: "patch",
    path: idPath,
    operationId: "updateOffer",
    tags,
    summary: "Change an offer",
    description: [
      "`comp` replaces the whole compensation; `scores` replaces the whole set of scores; `deadline` writes the",
      "application's offer deadline (null clears it); `status: accepted` also moves the card to Accepted.",
    ].join(" "),
    body: offerPatchSchema,
    responses: { 200: offerAnswer("The changed offer."), 400: badInputResponse, 404: notFound },
  },
  {
    method: "delete",
    path: idPath,
    operationId: "deleteOffer",
    tags,
    summary: "Delete an offer and its negotiation log (the card keeps its stage and deadline)",
    responses: { 204: noContent("Deleted."), 404: notFound },
  },
  {
    method: "get",
    path: "/api/offers/{id}/negotiation",
    operationId: "listNegotiationEvents",
    tags,
    summary: "An offer's negotiation log, by date and then as logged",
    responses: {
      200: { description: "The events.", schema: z.object({ events: z.array(negotiationEventSchema) }) },
      404: notFound,
    },
  },
  {
    method: "post",
    path: "/api/offers/{id}/negotiation",
    operationId: "logNegotiationEvent",
    tags,
    summary: "Log an ask, counter, extension or note",
    description: [
      "With `after` (the numbers that came back), in one transaction: the event keeps the offer's comp as `before`",
      "and `after`, and the offer takes `after` as its comp. An ask, a counter or new numbers move an open offer",
      "to negotiating.",
    ].join(" "),
    body: negotiationEventInputSchema,
    responses: { 201: eventAnswer("The logged event."), 400: badInputResponse, 404: notFound },
  },
  {
    method: "patch",
    path: eventPath,
    operationId: "updateNegotiationEvent",
    tags,
    summary: "Change an event's date, channel, kind or words (never its numbers)",
    body: negotiationEventPatchSchema,
    responses: { 200: eventAnswer("The changed event."), 400: badInputResponse, 404: notFound },
  },
  {
    method: "delete",
    path: eventPath,
    operationId: "deleteNegotiationEvent",
    tags,
    summary: "Delete an event (the offer's comp is not reverted)",
    responses: { 204: noContent("Deleted."), 404: notFound },
  },
  {
    method: "get",
    path: "/api/offer-preferences",
    operationId: "getOfferPreferences",
    tags,
    summary: "Decision weights (defaults where unset) and the compare currency",
    responses: { 200: { description: "The preferences.", schema: z.object({ preferences: preferencesSchema }) } },
  },
  {
    method: "put",
    path: "/api/offer-preferences",
    operationId: "saveOfferPreferences",
    tags,
    summary: "Save preferences: weights merge per criterion; a left-out compareCurrency is kept, null clears it",
    body: offerPreferencesSchema,
    responses: {
      200: { description: "The merged preferences.", schema: z.object({ preferences: preferencesSchema }) },
      400: badInputResponse,
    },
  },
];
