import {
  countApplications,
  countCompanies,
  deleteApplication,
  deleteCompany,
  findCompanyByName,
  getApplication,
  getCompany,
  insertApplication,
  listApplications,
  listCompanies,
  moveApplication,
  stageHistoryOf,
  updateApplication,
  updateCompany,
} from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import {
  applicationQuerySchema,
  Conflict,
  NotFound,
  type ApplicationId,
  type CompanyId,
  type UserId,
} from "@loopwise/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addApplication, addCompany, freshUser, sqlStateOf } from "../../../test-support/db-fixtures.js";

const LATER = "2025-06-01T00:00:00.000Z";
const everything = applicationQuerySchema.parse({ archived: "include" });

describe.each(testDrivers())("user isolation on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(kind);
  });
  afterAll(() => database?.close());

  let owner: UserId;
  let intruder: UserId;
  let company: CompanyId;
  let app: ApplicationId;
  let snapshot: () => Promise<unknown>;
  beforeEach(async () => {
    const db = database.db;
    owner = await freshUser(db);
    intruder = await freshUser(db);
    company = await addCompany(db, owner, "Acme", 1);
    app = await addApplication(db, owner, { companyId: company, stage: "applied" });
    await addApplication(db, owner, { companyId: company, stage: "applied" });
    snapshot = async () => ({
      companies: await listCompanies(db, owner),
      applications: await listApplications(db, owner, everything),
      history: await stageHistoryOf(db, owner, app),
    });
  });

  it("a second user sees none of the first user's rows", async () => {
    const db = database.db;
    expect(await listCompanies(db, intruder)).toEqual([]);
    expect(await countCompanies(db, intruder)).toBe(0);
    expect(await listApplications(db, intruder, everything)).toEqual([]);
    expect(await countApplications(db, intruder, everything)).toBe(0);
    expect(await findCompanyByName(db, intruder, "Acme")).toBeUndefined();
    await expect(getCompany(db, intruder, company)).rejects.toBeInstanceOf(NotFound);
    await expect(getApplication(db, intruder, app)).rejects.toBeInstanceOf(NotFound);
    await expect(stageHistoryOf(db, intruder, app)).rejects.toBeInstanceOf(NotFound);
    // Filtering by the other user's company finds nothing either.
    expect(await listApplications(db, intruder, applicationQuerySchema.parse({ companyId: company }))).toEqual([]);
  });

  it("cannot update, move or delete the first user's rows, and nothing changes", async () => {
    const db = database.db;
    const before = await snapshot();
    await expect(updateCompany(db, intruder, company, { name: "Mine" }, LATER)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteCompany(db, intruder, company, true)).rejects.toBeInstanceOf(NotFound);
    await expect(updateApplication(db, intruder, app, { archived: true }, LATER)).rejects.toBeInstanceOf(NotFound);
    await expect(moveApplication(db, intruder, app, { stage: "offer" }, LATER)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteApplication(db, intruder, app)).rejects.toBeInstanceOf(NotFound);
    expect(await snapshot()).toEqual(before);
  });

  it("cannot use the first user's card as a neighbour in a move", async () => {
    const db = database.db;
    const own = await addCompany(db, intruder, "Own");
    const mine = await addApplication(db, intruder, { companyId: own, stage: "interested" });
    const before = await snapshot();
    await expect(moveApplication(db, intruder, mine, { stage: "applied", afterId: app }, LATER)).rejects.toBeInstanceOf(
      Conflict,
    );
    await expect(
      moveApplication(db, intruder, mine, { stage: "applied", beforeId: app }, LATER),
    ).rejects.toBeInstanceOf(Conflict);
    expect((await getApplication(db, intruder, mine)).stage).toBe("interested");
    expect(await snapshot()).toEqual(before);
  });

  it("cannot attach an application to the first user's company (the composite foreign key)", async () => {
    const db = database.db;
    const FOREIGN_KEY_VIOLATION = "23503";
    const insert = insertApplication(
      db,
      intruder,
      { companyId: company, roleTitle: "Spy" },
      [{ stage: "interested", at: LATER }],
      "a0",
      LATER,
    );
    expect(await sqlStateOf(insert)).toBe(FOREIGN_KEY_VIOLATION);
    expect(await countApplications(db, intruder, everything)).toBe(0);

    const own = await addCompany(db, intruder, "Own");
    const mine = await addApplication(db, intruder, { companyId: own });
    expect(await sqlStateOf(updateApplication(db, intruder, mine, { companyId: company }, LATER))).toBe(
      FOREIGN_KEY_VIOLATION,
    );
    expect((await getApplication(db, intruder, mine)).companyId).toBe(own);
    expect(await countApplications(db, owner, applicationQuerySchema.parse({ companyId: company }))).toBe(2);
  });

  it("may use the same company name, and deleting theirs leaves the first user's alone", async () => {
    const db = database.db;
    const theirs = await addCompany(db, intruder, "ACME");
    await addApplication(db, intruder, { companyId: theirs });
    const before = await snapshot();
    await deleteCompany(db, intruder, theirs, true);
    expect(await snapshot()).toEqual(before);
  });
});
