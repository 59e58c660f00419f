import {
  countCompanies,
  createCompany,
  deleteCompany,
  findCompanyByName,
  getApplication,
  getCompany,
  listCompanies,
  updateCompany,
} from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import { Conflict, NotFound, type ApplicationId, type CompanyId, type UserId } from "@loopwise/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addApplication, addCompany, freshUser } from "../../../test-support/db-fixtures.js";

const T0 = "2025-01-01T00:00:00.000Z";
const T1 = "2025-01-05T10:00:00.000Z";

describe.each(testDrivers())("companies on %s", (kind) => {
  let database: TestDatabase;
  let user: UserId;
  beforeAll(async () => {
    database = await createTestDb(kind);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    user = await freshUser(database.db);
  });

  it("creates, reads, lists by name and counts", async () => {
    const db = database.db;
    const created = await createCompany(db, user, { name: "Zephyr", website: "https://z.example", tier: 2 }, T0);
    expect(created).toMatchObject({ name: "Zephyr", website: "https://z.example", tier: 2, applicationCount: 0 });
    await createCompany(db, user, { name: "acme" }, T0);
    await createCompany(db, user, { name: "Beta" }, T0);
    expect((await listCompanies(db, user)).map((c) => c.name)).toEqual(["acme", "Beta", "Zephyr"]);
    expect(await getCompany(db, user, created.id as CompanyId)).toMatchObject({
      id: created.id,
      name: "Zephyr",
      notes: null,
    });
    expect(await countCompanies(db, user)).toBe(3);
    expect((await findCompanyByName(db, user, "ZEPHYR"))?.id).toBe(created.id);
    expect(await findCompanyByName(db, user, "Zeph")).toBeUndefined();
  });

  it("updates the fields given and the update time, keeping the rest", async () => {
    const db = database.db;
    const id = (await createCompany(db, user, { name: "Acme", tier: 1, notes: "keep" }, T0)).id as CompanyId;
    const updated = await updateCompany(db, user, id, { tier: 3, website: "https://acme.example" }, T1);
    expect(updated).toMatchObject({ name: "Acme", tier: 3, website: "https://acme.example", notes: "keep" });
    expect(Date.parse(updated.updatedAt)).toBe(Date.parse(T1));
    expect(Date.parse(updated.createdAt)).toBe(Date.parse(T0));
    expect((await updateCompany(db, user, id, { name: "Acme Corp", tier: null }, T1)).tier).toBeNull();
  });

  it("answers NotFound for an id that is not there", async () => {
    const db = database.db;
    const missing = "00000000-0000-4000-8000-000000000000" as CompanyId;
    await expect(getCompany(db, user, missing)).rejects.toBeInstanceOf(NotFound);
    await expect(updateCompany(db, user, missing, { tier: 1 }, T1)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteCompany(db, user, missing, false)).rejects.toBeInstanceOf(NotFound);
  });

  it("keeps names unique per user whatever their case: a Conflict naming the company", async () => {
    const db = database.db;
    await createCompany(db, user, { name: "Acme" }, T0);
    await expect(createCompany(db, user, { name: "ACME" }, T0)).rejects.toThrow(Conflict);
    await expect(createCompany(db, user, { name: "acme" }, T0)).rejects.toThrow(/acme/);
    const beta = (await createCompany(db, user, { name: "Beta" }, T0)).id as CompanyId;
    await expect(updateCompany(db, user, beta, { name: "aCmE" }, T1)).rejects.toBeInstanceOf(Conflict);
    expect((await getCompany(db, user, beta)).name).toBe("Beta");
    // Renaming a company to its own name in another case is not a conflict.
    expect((await updateCompany(db, user, beta, { name: "BETA" }, T1)).name).toBe("BETA");
    // Another user may use the same name.
    const other = await freshUser(db);
    expect((await createCompany(db, other, { name: "acme" }, T0)).name).toBe("acme");
    expect(await countCompanies(db, user)).toBe(2);
  });

  it("counts each company's applications", async () => {
    const db = database.db;
    const acme = await addCompany(db, user, "Acme");
    await addApplication(db, user, { companyId: acme });
    await addApplication(db, user, { companyId: acme, stage: "applied" });
    expect((await getCompany(db, user, acme)).applicationCount).toBe(2);
    expect((await listCompanies(db, user))[0]!.applicationCount).toBe(2);
  });

  it("deletes a company without applications", async () => {
    const db = database.db;
    const acme = await addCompany(db, user, "Acme");
    await deleteCompany(db, user, acme, false);
    await expect(getCompany(db, user, acme)).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses to delete a company with applications unless cascading, then takes them and their history", async () => {
    const db = database.db;
    const acme = await addCompany(db, user, "Acme");
    const keep = await addCompany(db, user, "Keep");
    const app = await addApplication(db, user, { companyId: acme, stage: "applied" });
    const kept = await addApplication(db, user, { companyId: keep });
    await expect(deleteCompany(db, user, acme, false)).rejects.toThrow(/1 application/);
    expect((await getApplication(db, user, app)).companyId).toBe(acme);

    await deleteCompany(db, user, acme, true);
    await expect(getCompany(db, user, acme)).rejects.toBeInstanceOf(NotFound);
    await expect(getApplication(db, user, app)).rejects.toBeInstanceOf(NotFound);
    const history = await database.rawQuery("select count(*)::int as n from stage_history where application_id = $1", [
      app,
    ]);
    expect(history).toEqual([{ n: 0 }]);
    expect((await getApplication(db, user, kept as ApplicationId)).companyName).toBe("Keep");
  });
});
