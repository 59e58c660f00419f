import {
  getTimingOverrides,
  getTimingSettings,
  insertOffer,
  listPlannable,
  saveTimingSettings,
  schema,
  setOfferDeadline,
  setTimingOverrides,
} from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import { NotFound, type CompanyId, type UserId } from "@loopwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addApplication, addCompany, freshUser } from "../../../test-support/db-fixtures.js";

const AT = "2025-03-01T12:00:00.000Z";

describe.each(testDrivers())("timing repository on %s", (kind) => {
  let database: TestDatabase;
  let user: UserId;
  let company: CompanyId;
  beforeAll(async () => {
    database = await createTestDb(kind);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    user = await freshUser(database.db);
    company = await addCompany(database.db, user, "Acme", 2);
  });

  it("lists every open, unarchived application before a decision, with its company, offer and overrides", async () => {
    const db = database.db;
    const wish = await addApplication(db, user, {
      companyId: company,
      stage: "interested",
      at: "2025-02-01T10:00:00Z",
    });
    const offered = await addApplication(db, user, {
      companyId: company,
      stage: "offer",
      desirability: 5,
      at: "2025-02-03T10:00:00Z",
    });
    await insertOffer(db, user, offered, { comp: { currency: "USD", base: 1 }, receivedOn: "2025-02-03" }, AT);
    await setOfferDeadline(db, user, offered, "2025-02-10", AT);
    await setTimingOverrides(db, user, offered, { offerOpenDays: 5 }, AT);
    for (const stage of ["accepted", "rejected", "withdrawn", "no_response"] as const) {
      await addApplication(db, user, { companyId: company, stage });
    }
    await addApplication(db, user, { companyId: company, stage: "applied", archived: true });
    const other = await freshUser(db);
    await addApplication(db, other, { companyId: await addCompany(db, other, "Theirs"), stage: "applied" });

    const rows = await listPlannable(db, user);
    expect(rows.map((r) => r.id)).toEqual([wish, offered]);
    expect(rows[0]).toMatchObject({
      companyName: "Acme",
      roleTitle: "Engineer",
      desirability: 3,
      tier: 2,
      stage: "interested",
      offerReceivedOn: null,
      offerDeadline: null,
      timingOverrides: null,
    });
    expect(Date.parse(rows[0]!.stageEnteredAt)).toBe(Date.parse("2025-02-01T10:00:00Z"));
    expect(rows[1]).toMatchObject({
      desirability: 5,
      stage: "offer",
      offerReceivedOn: "2025-02-03",
      offerDeadline: "2025-02-10",
      timingOverrides: { offerOpenDays: 5 },
    });
    expect(await listPlannable(db, await freshUser(db))).toEqual([]);
  });

  it("keeps settings per user, replaces them whole, and drops them with the user", async () => {
    const db = database.db;
    expect(await getTimingSettings(db, user)).toEqual({});
    await saveTimingSettings(db, user, { interviewsPerDay: 2, blackoutDates: ["2025-03-03"] }, AT);
    await saveTimingSettings(db, user, { interviewsPerWeek: 4 }, AT);
    expect(await getTimingSettings(db, user)).toEqual({ interviewsPerWeek: 4 });
    const other = await freshUser(db);
    expect(await getTimingSettings(db, other)).toEqual({});
    await db.delete(schema.users).where(eq(schema.users.id, user));
    const left = await db.select().from(schema.timingSettings).where(eq(schema.timingSettings.userId, user));
    expect(left).toEqual([]);
  });

  it("reads and writes overrides only on the user's own applications", async () => {
    const db = database.db;
    const app = await addApplication(db, user, { companyId: company, stage: "applied" });
    await setTimingOverrides(db, user, app, { stages: { applied: { medianDays: 4 } } }, AT);
    const other = await freshUser(db);
    await expect(getTimingOverrides(db, other, app)).rejects.toBeInstanceOf(NotFound);
    await expect(setTimingOverrides(db, other, app, null, AT)).rejects.toBeInstanceOf(NotFound);
    expect(await getTimingOverrides(db, user, app)).toEqual({ stages: { applied: { medianDays: 4 } } });
    await setTimingOverrides(db, user, app, null, AT);
    expect(await getTimingOverrides(db, user, app)).toBeNull();
  });
});
