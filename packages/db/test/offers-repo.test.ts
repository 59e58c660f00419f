import {
  deleteCompany,
  getOffer,
  getOfferPreferences,
  insertNegotiationEvent,
  insertOffer,
  listOffers,
  saveOfferPreferences,
  schema,
  setOfferDeadline,
} from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import { Conflict, NotFound, type ApplicationId, type CompanyId, type UserId } from "@loopwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addApplication, addCompany, freshUser, sqlStateOf } from "../../../test-support/db-fixtures.js";

const AT = "2025-03-01T12:00:00.000Z";
const COMP = { currency: "USD", base: 150_000, years: 4 };

describe.each(testDrivers())("offers repository on %s", (kind) => {
  let database: TestDatabase;
  let user: UserId;
  let company: CompanyId;
  let app: ApplicationId;
  beforeAll(async () => {
    database = await createTestDb(kind);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    user = await freshUser(database.db);
    company = await addCompany(database.db, user, "Acme");
    app = await addApplication(database.db, user, { companyId: company, stage: "onsite" });
  });

  it("maps a second offer on one application to a Conflict (the race the service's check can lose)", async () => {
    await insertOffer(database.db, user, app, { comp: COMP }, AT);
    await expect(insertOffer(database.db, user, app, { comp: COMP }, AT)).rejects.toBeInstanceOf(Conflict);
    expect(await listOffers(database.db, user)).toHaveLength(1);
  });

  it("refuses an offer on another user's application at the database (composite key)", async () => {
    const other = await freshUser(database.db);
    expect(await sqlStateOf(insertOffer(database.db, other, app, { comp: COMP }, AT))).toBe("23503");
  });

  it("counts a red flag once per interview, even when one interview lists it twice", async () => {
    const offerId = await insertOffer(database.db, user, app, { comp: COMP }, AT);
    const interview = (redFlags: string[], day: number) => ({
      userId: user,
      applicationId: app,
      kind: "behavioral",
      startsAt: `2025-02-0${day}T10:00:00Z`,
      endsAt: `2025-02-0${day}T11:00:00Z`,
      timeZone: "UTC",
      redFlags,
    });
    await database.db
      .insert(schema.interviews)
      .values([interview(["churn", "churn", "politics"], 1), interview(["churn"], 2)]);
    expect((await getOffer(database.db, user, offerId)).redFlags).toEqual([
      { flag: "churn", count: 2 },
      { flag: "politics", count: 1 },
    ]);
  });

  it("writes the deadline only on the user's own application", async () => {
    const other = await freshUser(database.db);
    await expect(setOfferDeadline(database.db, other, app, "2025-03-09", AT)).rejects.toBeInstanceOf(NotFound);
    const [row] = await database.db.select().from(schema.applications).where(eq(schema.applications.id, app));
    expect(row!.offerDeadline).toBeNull();
  });

  it("deleting the company takes its applications' offers and their events with it", async () => {
    const offerId = await insertOffer(database.db, user, app, { comp: COMP }, AT);
    await insertNegotiationEvent(database.db, user, offerId, { on: "2025-03-01", channel: "email", kind: "ask" }, AT);
    await deleteCompany(database.db, user, company, true);
    expect(await listOffers(database.db, user)).toEqual([]);
    const events = await database.db
      .select()
      .from(schema.negotiationEvents)
      .where(eq(schema.negotiationEvents.userId, user));
    expect(events).toEqual([]);
  });

  it("merges weights per criterion in one upsert, so two saves at once both land", async () => {
    expect(await getOfferPreferences(database.db, user)).toBeUndefined();
    await Promise.all([
      saveOfferPreferences(database.db, user, { weights: { growth: 1 } }, AT),
      saveOfferPreferences(database.db, user, { weights: { level: 2 } }, AT),
    ]);
    expect(await getOfferPreferences(database.db, user)).toEqual({
      compareCurrency: null,
      weights: { growth: 1, level: 2 },
    });
  });
});
