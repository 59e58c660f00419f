import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, testApp } from "../../../test-support/server-harness.js";
import { csvClient, fixture, utf8 } from "./fixtures/csv/client.js";

const SMALL = utf8("Company,Role\nAcme,Engineer\n");
const MAPPING = JSON.stringify({ Company: "companyName", Role: "roleTitle" });

describe.each(testDrivers())("CSV import: bad input and other users on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;
  const csv = csvClient(api.request);

  it("the preview wants the file itself as the body, not empty, not JSON", async () => {
    const json = await csv.preview(utf8('{"a":1}'), "application/json");
    expect(json.status).toBe(400);
    expect(json.body.error.fields).toEqual({
      body: "must be the CSV file (Content-Type text/csv or application/octet-stream)",
    });
    const empty = await csv.preview(new Uint8Array(), "text/csv");
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual({ body: "is empty" });
    const blank = await csv.preview(utf8("\n\n  \n"), "application/octet-stream");
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields).toEqual({ body: "has no header row" });
    // Windows browsers send .csv files as Excel's type: that is a file too.
    expect((await csv.preview(SMALL, "application/vnd.ms-excel")).status).toBe(200);
  });

  it("a file over 20 MB is a 413 that says so, on both routes", async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
    const preview = await csv.preview(big);
    expect(preview.status).toBe(413);
    expect(preview.body.error).toEqual({
      code: "too_large",
      message: "The file is over 20 MB; split it into smaller files and import each",
    });
    const form = await csv.post({ file: csv.file(big), mapping: MAPPING, dryRun: "true" });
    expect(form.status).toBe(413);
  });

  it("the import wants multipart/form-data", async () => {
    const answer = await api.call("POST", "/api/import/csv", { file: "Company\nAcme", mapping: {}, dryRun: true });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields).toEqual({ body: "must be multipart/form-data" });
  });

  it.each([
    ["no file", { mapping: MAPPING, dryRun: "true" }, "file"],
    ["a file field that is text", { file: "Company,Role\nAcme,Engineer", mapping: MAPPING, dryRun: "true" }, "file"],
    ["no mapping", { file: "FILE", dryRun: "true" }, "mapping"],
    ["a mapping that is not JSON", { file: "FILE", mapping: "{Company:", dryRun: "true" }, "mapping"],
    ["a mapping that is a list", { file: "FILE", mapping: "[1]", dryRun: "true" }, "mapping"],
    ["a mapping to no field", { file: "FILE", mapping: '{"Company":"employer"}', dryRun: "true" }, "mapping.Company"],
    ["no dryRun", { file: "FILE", mapping: MAPPING }, "dryRun"],
    ["dryRun neither true nor false", { file: "FILE", mapping: MAPPING, dryRun: "maybe" }, "dryRun"],
    [
      "a status mapped to no stage",
      { file: "FILE", mapping: MAPPING, dryRun: "true", statuses: '{"x":"hired"}' },
      "statuses.x",
    ],
    ["an unknown date order", { file: "FILE", mapping: MAPPING, dryRun: "true", dateOrder: "ymd" }, "dateOrder"],
    ["an unknown field", { file: "FILE", mapping: MAPPING, dryRun: "true", overwrite: "true" }, "overwrite"],
  ])("400 for %s, naming the field", async (_, fields, named) => {
    const form = Object.fromEntries(
      Object.entries(fields).map(([name, value]) => [name, value === "FILE" ? csv.file(SMALL) : value]),
    );
    const answer = await csv.post(form);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("invalid");
    expect(Object.keys(answer.body.error.fields)).toContain(named);
  });

  it.each([
    ["a column the file does not have", { Company: "companyName", Role: "roleTitle", Salary: "salary" }, /"Salary"/],
    ["two columns for one field", { Company: "companyName", Role: "companyName" }, /two columns to Company/],
    ["no role column", { Company: "companyName", Role: "ignore" }, /no column is mapped to Role/],
  ])("400 for a mapping with %s", async (_, mapping, message) => {
    for (const dryRun of ["true", "false"]) {
      const answer = await csv.post({ file: csv.file(SMALL), mapping: JSON.stringify(mapping), dryRun });
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields.mapping).toMatch(message);
    }
  });

  it("an empty file part is a 400 naming the file", async () => {
    const answer = await csv.post({ file: csv.file(new Uint8Array()), mapping: MAPPING, dryRun: "true" });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields).toEqual({ file: "is empty" });
  });

  it("another user's applications neither count as duplicates nor change", async () => {
    const other = await freshUser(suite.database().db);
    const theirs = testApp(suite.database(), () => other);
    const theirCsv = csvClient((path, init) => Promise.resolve(theirs.app.request(path, init)));
    expect((await theirCsv.run(fixture("huntr.csv"))).last).toMatchObject({ type: "done", created: 6 });
    const theirList = (await theirs.call("GET", "/api/applications")).body;

    // The same file for this user: nothing of the other user's is a duplicate or a company to reuse.
    const check = await csv.check(fixture("huntr.csv"));
    expect(check.body).toMatchObject({ toCreate: 6, duplicates: 1, newCompanies: 6 });
    expect((await csv.run(fixture("huntr.csv"))).last).toEqual({
      type: "done",
      created: 6,
      duplicates: 1,
      companiesCreated: 6,
    });
    const mine = (await api.call("GET", "/api/applications")).body.applications;
    const ids = new Set(theirList.applications.map((a: { id: string }) => a.id));
    expect(mine.filter((a: { id: string }) => ids.has(a.id))).toEqual([]);
    expect((await theirs.call("GET", "/api/applications")).body).toEqual(theirList);
  });
});
