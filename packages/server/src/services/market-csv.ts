import type { CompDataPointValues } from "@loopwise/db";
import { compDataPointInputSchema, Invalid } from "@loopwise/domain";
import { cellText } from "./csv-import/cell-values.js";
import { detectDateOrder, parseDate } from "./csv-import/dates.js";
import { decodeCsv } from "./csv-import/decode.js";
import { readCsv } from "./csv-import/read-csv.js";
import { parseSalary } from "./csv-import/salary.js";
import { toCompDataValues } from "./market-dto.js";

/** One problem in a market CSV: the physical line, the column (as the file names it) and what is wrong. */
export interface MarketCsvError {
  line: number;
  field: string;
  message: string;
}

export interface MarketCsv {
  rows: number;
  points: CompDataPointValues[];
  errors: MarketCsvError[];
}

type Field = "company" | "level" | "title" | "location" | "currency" | "base" | "total" | "source" | "observedOn";

/** Header names recognised for each field, compared as lower-case letters and digits only. */
const HEADERS: Record<Field, readonly string[]> = {
  company: ["company", "companyname", "employer", "organization", "organisation"],
  level: ["level", "grade", "band"],
  title: ["title", "jobtitle", "role", "position"],
  location: ["location", "city", "office"],
  currency: ["currency", "ccy"],
  base: ["base", "basesalary", "basepay", "salary"],
  total: ["total", "totalcompensation", "totalcomp", "tc", "totalpay", "totalyearlycompensation"],
  source: ["source"],
  observedOn: ["date", "observedon", "observed", "dateobserved", "asof"],
};

const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Which column holds each field; the first column that matches wins. */
function mapColumns(headers: readonly string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  headers.forEach((header, index) => {
    const key = headerKey(header);
    for (const field of Object.keys(HEADERS) as Field[]) {
      if (columns[field] === undefined && HEADERS[field].includes(key)) columns[field] = index;
    }
  });
  return columns;
}

type Amount = { value: number | null; currency: string | null } | { error: string };

/** "$185,000", "185k", "€92.500", "120000 EUR": one yearly amount, with the currency it names. */
function readAmount(text: string): Amount {
  const reading = parseSalary(text);
  if (!reading) return { value: null, currency: null };
  if (!reading.ok) return { error: `"${text}" ${reading.reason}` };
  const { min, max, currency } = reading.salary;
  if (min === null || max === null || min !== max) return { error: `"${text}" is a range; give one amount` };
  return { value: min, currency };
}

/**
 * Reads a market CSV into points ready to store. Columns are found by header; each row is checked
 * with the API's zod schema and every problem is reported with the line a spreadsheet shows.
 */
export function readMarketCsv(bytes: Uint8Array, defaultCurrency?: string): MarketCsv {
  const { text } = decodeCsv(bytes);
  const table = readCsv(text);
  if (table.headers.length === 0) throw new Invalid("The file is empty", { body: "has no header row" });
  const errors: MarketCsvError[] = table.problems.map((p) => ({ line: p.line, field: "file", message: p.message }));
  const columns = mapColumns(table.headers);
  const missing = (["company", "total"] as const).filter((field) => columns[field] === undefined);
  for (const field of missing) {
    const names = HEADERS[field].slice(0, 3).join('", "');
    errors.push({ line: table.headerLine, field, message: `no column for ${field}; name one "${names}"` });
  }
  if (missing.length > 0) return { rows: table.records.length, points: [], errors };

  const name = (field: Field) => {
    const index = columns[field];
    return index === undefined ? field : table.headers[index]!;
  };
  const cell = (cells: readonly string[], field: Field) => {
    const index = columns[field];
    return index === undefined ? "" : cellText(cells[index]);
  };
  const dates = columns.observedOn === undefined ? [] : table.records.map((r) => cell(r.cells, "observedOn"));
  const { order } = detectDateOrder(dates);

  const points: CompDataPointValues[] = [];
  for (const record of table.records) {
    const problems: MarketCsvError[] = [];
    const fail = (field: Field, message: string) => problems.push({ line: record.line, field: name(field), message });
    const total = readAmount(cell(record.cells, "total"));
    const base = readAmount(cell(record.cells, "base"));
    if ("error" in total) fail("total", total.error);
    if ("error" in base) fail("base", base.error);
    const named = cell(record.cells, "currency").toUpperCase();
    const symbols = [total, base].flatMap((a) => ("currency" in a && a.currency ? [a.currency] : []));
    const currencies = new Set([...(named ? [named] : []), ...symbols]);
    if (currencies.size > 1) fail("currency", `names ${[...currencies].join(" and ")}; a row has one currency`);
    const currency = [...currencies][0] ?? defaultCurrency;
    if (!currency) fail("currency", 'is missing: add a currency column or write amounts with a symbol ("$185,000")');
    const dateText = cell(record.cells, "observedOn");
    const observedOn = dateText ? parseDate(dateText, order) : null;
    if (observedOn === undefined) fail("observedOn", `"${dateText}" is not a date`);
    if (problems.length === 0) {
      const parsed = compDataPointInputSchema.safeParse({
        company: cell(record.cells, "company"),
        level: cell(record.cells, "level") || null,
        title: cell(record.cells, "title") || null,
        location: cell(record.cells, "location") || null,
        currency,
        base: "value" in base ? base.value : null,
        total: "value" in total && total.value !== null ? total.value : undefined,
        source: cell(record.cells, "source") || null,
        observedOn,
      });
      if (parsed.success) points.push(toCompDataValues(parsed.data));
      else {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "company") as Field;
          fail(field, field === "total" && issue.code === "invalid_type" ? "is required" : issue.message);
        }
      }
    }
    errors.push(...problems);
  }
  return { rows: table.records.length, points, errors };
}
