import { readFileSync } from "node:fs";
import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp } from "../../../test-support/server-harness.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/market/${name}`, import.meta.url));

const point = (extra: Record<string, unknown> = {}) => ({
  company: "Acme",
  level: "L5",
  currency: "USD",
  total: 310_000,
  ...extra,
});

describe.each(testDrivers())("market routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  const upload = (body: BodyInit, query = "dryRun=false", type = "text/csv; charset=utf-8") =>
    api.request(`/api/market/import?${query}`, { method: "POST", headers: { "content-type": type }, body });
  const list = async (query = "") => (await api.call("GET", `/api/market${query}`)).body.points;

  it("POST stores a data point and answers it with 201, amounts in major units", async () => {
    const input = {
      company: " Acme ",
      level: "L5",
      title: "Senior Engineer",
      location: "Remote",
      currency: "USD",
      base: 185_000.5,
      total: 310_000.25,
      source: "levels.fyi",
      observedOn: "2025-01-15",
    };
    const { status, body } = await api.call("POST", "/api/market", input);
    expect(status).toBe(201);
    expect(body.point).toEqual({
      ...input,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      company: "Acme",
      createdAt: NOW,
    });
    expect(await list()).toEqual([body.point]);
  });

  it("stores money in the currency's minor units (yen have none)", async () => {
    await api.call("POST", "/api/market", point({ currency: "JPY", total: 15_000_000, base: 12_000_000 }));
    await api.call("POST", "/api/market", point({ company: "Globex", currency: "USD", total: 1234.56 }));
    const rows = await suite
      .database()
      .rawQuery("select company, base_minor, total_minor from comp_data_points where user_id = $1 order by company", [
        suite.user(),
      ]);
    const cells = (rows as { company: string; base_minor: unknown; total_minor: unknown }[]).map((r) =>
      [r.company, r.base_minor, r.total_minor].map(String),
    );
    expect(cells).toEqual([
      ["Acme", "12000000", "15000000"],
      ["Globex", "null", "123456"],
    ]);
  });

  it("GET filters by company (any case) and level, newest first", async () => {
    await api.call("POST", "/api/market", point({ observedOn: "2024-06-01" }));
    await api.call("POST", "/api/market", point({ company: "ACME", level: "L6", observedOn: "2025-02-01" }));
    await api.call("POST", "/api/market", point({ company: "Globex", observedOn: "2025-01-01" }));
    await api.call("POST", "/api/market", point({ company: "acme", level: "l5", observedOn: "2025-01-20" }));
    const names = (points: { company: string; level: string; observedOn: string }[]) =>
      points.map((p) => `${p.company} ${p.level} ${p.observedOn}`);
    expect(names(await list())).toEqual([
      "ACME L6 2025-02-01",
      "acme l5 2025-01-20",
      "Globex L5 2025-01-01",
      "Acme L5 2024-06-01",
    ]);
    expect(names(await list("?company=acme"))).toEqual([
      "ACME L6 2025-02-01",
      "acme l5 2025-01-20",
      "Acme L5 2024-06-01",
    ]);
    expect(names(await list("?company=Acme&level=L5"))).toEqual(["acme l5 2025-01-20", "Acme L5 2024-06-01"]);
    expect(names(await list("?level=L5&company="))).toEqual([
      "acme l5 2025-01-20",
      "Globex L5 2025-01-01",
      "Acme L5 2024-06-01",
    ]);
    expect(await list("?company=Acm")).toEqual([]);
  });

  it("answers 400 naming the field for bad input", async () => {
    const cases: [unknown, string][] = [
      [{ company: "Acme", currency: "USD" }, "total"],
      [point({ total: -1 }), "total"],
      [point({ base: -5 }), "base"],
      [point({ total: "310k" }), "total"],
      [point({ currency: "usd" }), "currency"],
      [point({ company: "  " }), "company"],
      [point({ observedOn: "15/01/2025" }), "observedOn"],
      [point({ total: 2e9 }), "total"],
      [point({ salary: 1 }), "salary"],
    ];
    for (const [body, field] of cases) {
      const { status, body: answer } = await api.call("POST", "/api/market", body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.error.fields), JSON.stringify(body)).toContain(field);
    }
    expect((await api.call("GET", "/api/market?sort=asc")).status).toBe(400);
    expect((await api.call("POST", "/api/market", undefined, { raw: "company=Acme" })).status).toBe(400);
    expect(await list()).toEqual([]);
  });

  it("DELETE removes a point with 204; an unknown one is a 404, a malformed id a 400", async () => {
    const created = (await api.call("POST", "/api/market", point())).body.point;
    expect((await api.call("DELETE", `/api/market/${created.id}`)).status).toBe(204);
    expect(await list()).toEqual([]);
    expect((await api.call("DELETE", `/api/market/${created.id}`)).status).toBe(404);
    const bad = await api.call("DELETE", "/api/market/not-an-id");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["id"]);
  });

  it("another user's points are never listed, deleted or counted as duplicates", async () => {
    const mine = (await api.call("POST", "/api/market", point({ observedOn: "2025-01-15" }))).body.point;
    const otherUser = await freshUser(suite.database().db);
    const other = testApp(suite.database(), () => otherUser);
    expect((await other.call("GET", "/api/market")).body.points).toEqual([]);
    expect((await other.call("GET", "/api/market?company=Acme")).body.points).toEqual([]);
    expect((await other.call("DELETE", `/api/market/${mine.id}`)).status).toBe(404);
    const csv = "company,level,currency,total,date\nAcme,L5,USD,310000,2025-01-15\n";
    const theirs = await other.app.request("/api/market/import?dryRun=false", {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: csv,
    });
    expect(await theirs.json()).toMatchObject({ added: 1, duplicates: 0 });
    expect(await list()).toEqual([mine]);
  });

  describe("CSV import", () => {
    it("a dry run of a messy file counts what it would add and writes nothing", async () => {
      const response = await upload(fixture("messy.csv"), "dryRun=true");
      expect(response.status).toBe(200);
      // Seven data rows: six points, and line 9 repeats line 2 (ACME/L5/USD/310000/2025-01-15).
      expect(await response.json()).toEqual({ dryRun: true, rows: 7, added: 6, duplicates: 1, errors: [] });
      expect(await list()).toEqual([]);
    });

    it("reads headers, symbols, separators, dates and quoted cells into points in minor units", async () => {
      const response = await upload(fixture("messy.csv"));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ dryRun: false, rows: 7, added: 6, duplicates: 1, errors: [] });
      const byCompany = Object.fromEntries(
        (await list()).map((p: Record<string, unknown>) => [`${String(p.company)} ${String(p.observedOn)}`, p]),
      );
      expect(Object.keys(byCompany).sort()).toEqual([
        "Acme 2025-01-15",
        "Bärlin GmbH 2025-02-14",
        "Globex 2025-03-14",
        "Initech 2025-02-01",
        "Umbrella null",
        "acme 2025-01-20",
      ]);
      expect(byCompany["Acme 2025-01-15"]).toMatchObject({
        level: "L5",
        title: "Senior Engineer",
        location: "San Francisco, CA",
        currency: "USD",
        base: 185_000,
        total: 310_000,
        source: "levels.fyi",
      });
      expect(byCompany["acme 2025-01-20"]).toMatchObject({
        level: "l5",
        title: "Staff\nEngineer",
        currency: "USD",
        base: 185_000,
        total: 305_000,
      });
      expect(byCompany["Bärlin GmbH 2025-02-14"]).toMatchObject({ currency: "EUR", base: 92_500, total: 110_000 });
      expect(byCompany["Globex 2025-03-14"]).toMatchObject({
        title: "Engineer, Platform",
        currency: "GBP",
        base: 95_000,
        total: 120_000,
        source: 'A recruiter, "off the record"',
      });
      expect(byCompany["Initech 2025-02-01"]).toMatchObject({ currency: "JPY", base: 12_000_000, total: 15_000_000 });
      expect(byCompany["Umbrella null"]).toMatchObject({ level: null, currency: "USD", base: null, total: 250_000 });
    });

    it("a re-import of the same rows adds nothing", async () => {
      expect(await (await upload(fixture("messy.csv"))).json()).toMatchObject({ added: 6 });
      const again = await upload(fixture("messy.csv"));
      expect(await again.json()).toEqual({ dryRun: false, rows: 7, added: 0, duplicates: 7, errors: [] });
      expect(await list()).toHaveLength(6);
      // A point entered by hand is a duplicate too when it has the same key.
      await api.call("POST", "/api/market", point({ company: "Hooli", total: 200_000, observedOn: "2025-05-01" }));
      const csv = "Company,Level,TC,Currency,Date\nhooli,l5,200k,USD,2025-05-01\nHooli,L5,200k,USD,2025-05-02\n";
      expect(await (await upload(csv)).json()).toMatchObject({ added: 1, duplicates: 1 });
    });

    it("lists every row's problem by line and column; a file with any error writes nothing", async () => {
      const dry = await upload(fixture("errors.csv"), "dryRun=true");
      expect(dry.status).toBe(200);
      const body = await dry.json();
      expect(body).toMatchObject({ dryRun: true, rows: 9, added: 0, duplicates: 0 });
      expect(body.errors.map((e: { line: number; field: string }) => `${e.line} ${e.field}`)).toEqual([
        "2 total",
        "3 total",
        "4 company",
        "5 date",
        "6 currency",
        "7 total",
        "8 currency",
        "9 base",
      ]);
      expect(body.errors[0].message).toMatch(/not a yearly amount/);
      expect(body.errors[1].message).toMatch(/range/);
      expect(body.errors[2].message).toBe("is required");
      expect(body.errors[3].message).toMatch(/"someday" is not a date/);
      expect(body.errors[4].message).toMatch(/EUR and USD/);
      expect(body.errors[6].message).toMatch(/missing/);

      const real = await upload(fixture("errors.csv"));
      expect(real.status).toBe(400);
      const error = (await real.json()).error;
      expect(error.message).toMatch(/^8 lines have a problem; nothing was imported/);
      expect(error.fields).toMatchObject({ "line 2: total": expect.any(String), "line 9: base": expect.any(String) });
      expect(await list()).toEqual([]);
    });

    it("counts lines as a spreadsheet does, after a cell with line breaks", async () => {
      const csv = 'company,total,currency,title\nAcme,100,USD,"one\ntwo\nthree"\nAcme,lots,USD,x\n';
      const body = await (await upload(csv, "dryRun=true")).json();
      expect(body.errors).toEqual([{ line: 5, field: "total", message: '"lots" is not an amount or a range' }]);
    });

    it("a currency in the query string is used for rows that name none", async () => {
      const csv = "company,total\nAcme,100000\nGlobex,$90000\n";
      expect((await (await upload(csv, "dryRun=true")).json()).errors).toHaveLength(1);
      expect(await (await upload(csv, "dryRun=false&currency=EUR")).json()).toMatchObject({ added: 2 });
      const currencies = (await list()).map((p: { company: string; currency: string }) => `${p.company} ${p.currency}`);
      expect(currencies.sort()).toEqual(["Acme EUR", "Globex USD"]);
    });

    it("names missing columns at the header line", async () => {
      const body = await (await upload("firm,pay\nAcme,100000\n", "dryRun=true")).json();
      expect(body.errors.map((e: { line: number; field: string }) => `${e.line} ${e.field}`)).toEqual([
        "1 company",
        "1 total",
      ]);
      expect((await upload("firm,pay\nAcme,100000\n")).status).toBe(400);
    });

    it("refuses a body that is not a CSV file, an empty file, a bad query and a file over 5 MB", async () => {
      const json = await upload('{"company":"Acme"}', "dryRun=true", "application/json");
      expect(json.status).toBe(400);
      expect((await json.json()).error.fields).toEqual({ body: expect.any(String) });
      const empty = await upload("", "dryRun=true");
      expect(empty.status).toBe(400);
      const query = await upload("company,total\nAcme,1\n", "dryRun=maybe");
      expect(query.status).toBe(400);
      expect(Object.keys((await query.json()).error.fields)).toEqual(["dryRun"]);
      const currency = await upload("company,total\nAcme,1\n", "currency=euro");
      expect(Object.keys((await currency.json()).error.fields)).toEqual(["currency"]);
      const huge = `company,total,currency\n${"Acme,100000,USD\n".repeat(400_000)}`;
      const tooLarge = await upload(huge);
      expect(tooLarge.status).toBe(413);
      expect(await list()).toEqual([]);
    });

    it("imports a file over the app's 1 MB body limit", async () => {
      const rows = Array.from(
        { length: 20_000 },
        (_, i) => `Company ${i % 50},L${i % 7},${100_000 + i},USD,Senior Software Engineer,Somewhere Far Away`,
      );
      const csv = `company,level,total,currency,title,location\n${rows.join("\n")}\n`;
      expect(csv.length).toBeGreaterThan(1024 * 1024);
      const body = await (await upload(csv)).json();
      expect(body).toMatchObject({ rows: 20_000, added: 20_000, duplicates: 0 });
      expect(await list("?company=company%207&level=L0")).not.toHaveLength(0);
    });
  });
});
