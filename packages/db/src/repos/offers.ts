import { and, asc, eq, sql } from "drizzle-orm";
import { Conflict, NotFound, type ApplicationId, type OfferId, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode, UNIQUE_VIOLATION } from "../pg-errors.js";
import { applications, companies, offers } from "../schema.js";
import { selectOffers, type OfferRow } from "./offer-select.js";

export type { OfferRecord, OfferRow } from "./offer-select.js";

/** The columns a caller may write; identity, owner, application and stamps are the repository's. */
export type OfferValues = Omit<
  typeof offers.$inferInsert,
  "id" | "userId" | "applicationId" | "createdAt" | "updatedAt"
>;

/** The user's offers, the soonest deadline first (none last), then by company. */
export async function listOffers(db: Db, userId: UserId): Promise<OfferRow[]> {
  return selectOffers(db, userId).orderBy(
    sql`${applications.offerDeadline} asc nulls last`,
    asc(sql`lower(${companies.name})`),
    asc(offers.createdAt),
    asc(offers.id),
  );
}

export async function getOffer(db: Db, userId: UserId, id: OfferId): Promise<OfferRow> {
  const [row] = await selectOffers(db, userId, eq(offers.id, id));
  if (!row) throw new NotFound("No such offer");
  return row;
}

/** The offer recorded on an application, if any. */
export async function offerIdOfApplication(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
): Promise<OfferId | undefined> {
  const [row] = await db
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.userId, userId), eq(offers.applicationId, applicationId)));
  return row?.id as OfferId | undefined;
}

/** Inserts an offer; an application holds at most one (a second is a Conflict). */
export async function insertOffer(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  values: OfferValues,
  now: string,
): Promise<OfferId> {
  try {
    const [row] = await db
      .insert(offers)
      .values({ ...values, userId, applicationId, createdAt: now, updatedAt: now })
      .returning({ id: offers.id });
    return row!.id as OfferId;
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new Conflict("This application already has an offer");
    throw error;
  }
}

export async function updateOffer(
  db: Db,
  userId: UserId,
  id: OfferId,
  values: Partial<OfferValues>,
  now: string,
): Promise<void> {
  const [row] = await db
    .update(offers)
    .set({ ...values, updatedAt: now })
    .where(and(eq(offers.userId, userId), eq(offers.id, id)))
    .returning({ id: offers.id });
  if (!row) throw new NotFound("No such offer");
}

/** Deletes an offer and (by cascade) its negotiation events; the application's stage and deadline stay. */
export async function deleteOffer(db: Db, userId: UserId, id: OfferId): Promise<void> {
  const [row] = await db
    .delete(offers)
    .where(and(eq(offers.userId, userId), eq(offers.id, id)))
    .returning({ id: offers.id });
  if (!row) throw new NotFound("No such offer");
}

/** Writes the date an offer must be answered by, which lives on the application (Today and the feed read it). */
export async function setOfferDeadline(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  deadline: string | null,
  now: string,
): Promise<void> {
  const [row] = await db
    .update(applications)
    .set({ offerDeadline: deadline, updatedAt: now })
    .where(and(eq(applications.userId, userId), eq(applications.id, applicationId)))
    .returning({ id: applications.id });
  if (!row) throw new NotFound("No such application");
}
