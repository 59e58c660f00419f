import { createRequire } from "node:module";
import { testDrivers } from "@loopwise/db/testing";
import type { ExportTables, UserId } from "@loopwise/domain";
import fc from "fast-check";
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite } from "../../../test-support/server-harness.js";
import { applicationsCsv, FORMULA_START } from "../src/services/data-transfer/csv.js";
import { contactsVcard } from "../src/services/data-transfer/vcard.js";
import { HOSTILE, ID, sampleDocument } from "./data-transfer-sample.js";
import { wipeAllData } from "./data-transfer-suite.js";

/** The parts of the `vcf` package (an independent vCard parser, untyped) the tests use. */
interface VcfProperty {
  valueOf(): string;
}
interface VcfCard {
  version: string;
  get(name: string): VcfProperty | VcfProperty[] | undefined;
}
const vCard = createRequire(import.meta.url)("vcf") as { parse(text: string): VcfCard[] };

/** What a reader does to a neutralised cell: drop the one apostrophe the export added. */
function unneutralise(cell: string): string {
  return FORMULA_START.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A download's text with its byte order mark kept (Response.text() drops it). */
async function bodyText(res: Response): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
}

function parseCsv(text: string): Record<string, string>[] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    newline: "\r\n",
    delimiter: ",",
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** RFC 6350 text: \n is a newline; \, \; and \\ stand for themselves. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** The components of a structured value (ORG): split on the semicolons that are not escaped. */
function components(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "\\") current += value.slice(i, ++i + 1);
    else if (value[i] === ";") {
      parts.push(current);
      current = "";
    } else current += value[i];
  }
  return [...parts, current].map(unescapeText);
}

function field(card: VcfCard, name: string): string | undefined {
  const property = card.get(name);
  if (property === undefined) return undefined;
  expect(Array.isArray(property), `one ${name}`).toBe(false);
  return (property as VcfProperty).valueOf();
}

function tablesOf(doc = sampleDocument()): ExportTables {
  const { format: _f, version: _v, exportedAt: _e, ...tables } = doc;
  return tables;
}

describe("CSV export", () => {
  it("neutralises formulas in text cells and keeps numbers as numbers", () => {
    const rows = parseCsv(applicationsCsv(tablesOf()));
    const engineer = rows.find((r) => r.Company === sampleDocument().companies[0]!.name)!;
    expect(engineer.Role).toBe(`'${HOSTILE}`);
    // A negative number typed in a text column is text: it is neutralised like any other "-" cell.
    expect(engineer.Level).toBe("'-5");
    expect(engineer["Next action"]).toBe("Send thank-you\tnote");
    expect(engineer["Salary min"]).toBe("150000.5");
    expect(engineer["Salary max"]).toBe("180000");
    expect(engineer.Currency).toBe("CHF");
    expect(engineer.Tags).toBe("dream, €uro, a,b");
    expect(engineer.Notes).toBe("Line 1\r\nLine 2 ‘quoted’");
    expect(engineer.Stage).toBe("Onsite");
    expect(engineer.Source).toBe("Referral");
    expect(engineer.Remote).toBe("Hybrid");
    expect(engineer.Archived).toBe("no");
    expect(engineer["Offer deadline"]).toBe("2025-02-28");
    expect(unneutralise(engineer.Role!)).toBe(HOSTILE);
    expect(unneutralise(engineer.Level!)).toBe("-5");
  });

  it("writes every text back exactly after a reader strips the one added apostrophe", () => {
    const awkward = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.constantFrom(HOSTILE, "-5", "+1", "@sum", "\tx", "\rx", "'=x", "''-1", "'", 'a"b', " padded ", "x\r\ny"),
      fc
        .tuple(fc.constantFrom("=", "+", "-", "@", "'", "\t", "\r", '"'), fc.string({ maxLength: 10 }))
        .map(([start, rest]) => start + rest),
    );
    fc.assert(
      fc.property(awkward, (text) => {
        const tables = tablesOf();
        tables.applications = [{ ...tables.applications[1]!, roleTitle: text || "x", notes: text }];
        const [row] = parseCsv(applicationsCsv(tables));
        expect(unneutralise(row!.Role!)).toBe(text || "x");
        expect(unneutralise(row!.Notes!)).toBe(text);
        // Nothing a spreadsheet would evaluate is left at the start of a cell.
        expect(/^[=+\-@\t\r]/.test(row!.Notes!)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("vCard export", () => {
  it("writes vCard 4.0 that an independent parser reads back field by field", () => {
    const text = contactsVcard(tablesOf());
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const cards = vCard.parse(text);
    expect(cards).toHaveLength(2);
    const zoe = cards.find((c) => field(c, "uid") === `urn:uuid:${ID.zoe}`)!;
    const sample = sampleDocument().contacts[0]!;
    expect(zoe.version).toBe("4.0");
    expect(unescapeText(field(zoe, "fn")!)).toBe(sample.name);
    expect(components(field(zoe, "org")!)).toEqual([sampleDocument().companies[0]!.name]);
    expect(unescapeText(field(zoe, "title")!)).toBe("VP, Engineering; Platform");
    expect(unescapeText(field(zoe, "email")!)).toBe("zoe@acme.example");
    expect(unescapeText(field(zoe, "tel")!)).toBe("+41 44 123 45 67 ext. 8");
    expect(unescapeText(field(zoe, "url")!)).toBe("https://www.linkedin.com/in/zoe");
    expect(unescapeText(field(zoe, "note")!)).toBe(`How we met: Conference, 2024\n\n${sample.notes}`);

    const ravi = cards.find((c) => field(c, "uid") === `urn:uuid:${ID.ravi}`)!;
    expect(unescapeText(field(ravi, "fn")!)).toBe("Ravi");
    for (const absent of ["org", "title", "email", "tel", "url", "note"]) expect(field(ravi, absent)).toBeUndefined();
  });

  it("folds long lines without breaking characters, and escapes every separator", () => {
    const awkward = fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }).filter((s) => !/[\0]/.test(s));
    fc.assert(
      fc.property(awkward, awkward, (name, notes) => {
        const tables = tablesOf();
        const company = { ...tables.companies[0]!, name: `${name};${notes}` };
        tables.companies = [company];
        tables.contacts = [{ ...tables.contacts[0]!, companyId: company.id, name, howWeMet: null, notes }];
        const text = contactsVcard(tables);
        expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
        const [card] = vCard.parse(text);
        expect(unescapeText(field(card!, "fn")!)).toBe(name);
        expect(components(field(card!, "org")!)).toEqual([company.name]);
        expect(unescapeText(field(card!, "note")!)).toBe(notes);
      }),
      { numRuns: 200 },
    );
  });
});

describe.each(testDrivers())("export downloads on %s", (kind) => {
  let asUser: UserId | undefined;
  const suite = apiSuite(kind, { resolveUser: async () => asUser ?? suite.user() });
  const api = suite.api;
  afterEach(() => wipeAllData(suite.database()));

  it.each([
    [
      "/api/export/applications.csv",
      "text/csv; charset=utf-8",
      "loopwise-applications-2025-03-01.csv",
      /^\uFEFFCompany,/,
    ],
    ["/api/export/contacts.csv", "text/csv; charset=utf-8", "loopwise-contacts-2025-03-01.csv", /^\uFEFFName,Title,/],
    ["/api/export/contacts.vcf", "text/vcard; charset=utf-8", "loopwise-contacts-2025-03-01.vcf", /^BEGIN:VCARD/],
  ])("GET %s answers %s as an attachment", async (path, type, name, start) => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const res = await api.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${name}"`);
    expect(await bodyText(res)).toMatch(start);
  });

  it("lists contacts with their company and the applications they are linked to", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const rows = parseCsv(await bodyText(await api.request("/api/export/contacts.csv")));
    expect(rows.map((r) => r.Name)).toEqual(["Ravi", "Zoë O'Brien-Łukasz"]);
    const company = sampleDocument().companies[0]!.name;
    expect(rows[1]).toMatchObject({
      Company: company,
      Title: "VP, Engineering; Platform",
      Applications: `${company}: ${HOSTILE} (referrer, submitted)`,
      "How we met": "Conference, 2024",
    });
    expect(rows[0]).toMatchObject({ Company: "", Applications: `${company}: ${HOSTILE} (interviewer)` });
  });

  it("exports only the asking user's applications and contacts", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    asUser = await freshUser(suite.database().db);
    try {
      expect(await (await api.request("/api/export/contacts.vcf")).text()).toBe("");
      expect(parseCsv(await bodyText(await api.request("/api/export/contacts.csv")))).toEqual([]);
      expect(parseCsv(await bodyText(await api.request("/api/export/applications.csv")))).toEqual([]);
    } finally {
      asUser = undefined;
    }
    expect(parseCsv(await bodyText(await api.request("/api/export/applications.csv")))).toHaveLength(2);
  });
});
