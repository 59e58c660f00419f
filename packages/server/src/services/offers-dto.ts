import type { NegotiationEventRow, OfferRow } from "@loopwise/db";
import type {
  ApplicationId,
  CompInputJson,
  NegotiationChannel,
  NegotiationEvent,
  NegotiationEventId,
  NegotiationKind,
  Offer,
  OfferId,
  OfferScores,
  OfferStatus,
  RedFlag,
  Stage,
} from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";

/** Comp columns hold the CompInput as validated on write (amounts in major units). */
function comp(value: unknown): CompInputJson {
  return value as CompInputJson;
}

export function toOffer(row: OfferRow): Offer {
  return {
    id: row.id as OfferId,
    applicationId: row.applicationId as ApplicationId,
    companyName: row.companyName,
    roleTitle: row.roleTitle,
    tier: row.tier,
    stage: row.stage as Stage,
    comp: comp(row.comp),
    status: row.status as OfferStatus,
    level: row.level,
    title: row.title,
    location: row.location,
    startDate: row.startDate,
    receivedOn: row.receivedOn,
    deadline: row.deadline,
    exchangeRate: row.exchangeRate,
    scores: (row.scores ?? {}) as OfferScores,
    notes: row.notes,
    redFlags: row.redFlags.map((entry) => ({ flag: entry.flag as RedFlag, count: entry.count })),
    negotiation: { events: row.negotiation.events, asks: row.negotiation.asks },
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

export function toNegotiationEvent(row: NegotiationEventRow): NegotiationEvent {
  return {
    id: row.id as NegotiationEventId,
    offerId: row.offerId as OfferId,
    on: row.on,
    channel: row.channel as NegotiationChannel,
    kind: row.kind as NegotiationKind,
    asked: row.asked,
    response: row.response,
    before: row.before === null ? null : comp(row.before),
    after: row.after === null ? null : comp(row.after),
    createdAt: isoTimestamp(row.createdAt),
  };
}
