import { Invalid, type Stage } from "@loopwise/domain";
import { decodeCsv, type DecodedCsv } from "./decode.js";
import { detectDateOrder, type DateOrder, type DetectedOrder } from "./dates.js";
import {
  DATE_FIELDS,
  FIELD_LABELS,
  MULTI_COLUMN_FIELDS,
  REQUIRED_FIELDS,
  type ColumnTarget,
  type ImportField,
} from "./fields.js";
import { mapRow, type ColumnPlan, type MappedRow, type RowError, type RowResult } from "./map-row.js";
import type { ImportChoices } from "./options.js";
import { readCsv, type CsvTable } from "./read-csv.js";
import { statusKey } from "./statuses.js";
import { csvImportKey } from "@loopwise/db";

/** One import holds its rows in memory and writes them in one transaction: this bounds both. */
export const MAX_ROWS = 50_000;

export interface DateColumn extends DetectedOrder {
  column: string;
}

export interface InFileDuplicate {
  line: number;
  companyName: string;
  roleTitle: string;
  /** The earlier line with the same company and role. */
  sameAs: number;
}

export interface PreparedImport {
  decoded: DecodedCsv;
  table: CsvTable;
  /** Valid rows, first of each company and role in the file. */
  rows: MappedRow[];
  inFileDuplicates: InFileDuplicate[];
  errors: RowError[];
  /** Rows with at least one error. */
  invalidRows: number;
  unknownStatuses: string[];
  dateColumns: DateColumn[];
  blankRows: number;
  salariesKept: number;
}

/** The file as text and records; `where` names the request part in errors ("body" or "file"). */
export function readFile(bytes: Uint8Array, where: string): { decoded: DecodedCsv; table: CsvTable } {
  if (bytes.length === 0) throw new Invalid(`Invalid ${where}: the file is empty`, { [where]: "is empty" });
  const decoded = decodeCsv(bytes);
  const table = readCsv(decoded.text);
  if (table.headers.length === 0) {
    throw new Invalid(`Invalid ${where}: the file has no header row`, { [where]: "has no header row" });
  }
  if (table.records.length > MAX_ROWS) {
    const message = `has ${table.records.length.toLocaleString("en-US")} rows; at most ${MAX_ROWS.toLocaleString("en-US")} at once`;
    throw new Invalid(`Invalid ${where}: ${message}`, { [where]: message });
  }
  return { decoded, table };
}

function mappingError(message: string): Invalid {
  return new Invalid(`Invalid mapping: ${message}`, { mapping: message });
}

/** Column indexes per field; refuses unknown columns, doubled fields and missing required ones. */
export function columnsFor(
  headers: readonly string[],
  mapping: Record<string, ColumnTarget>,
): Map<ImportField, number[]> {
  const index = new Map(headers.map((header, i) => [header, i]));
  const columns = new Map<ImportField, number[]>();
  for (const [header, target] of Object.entries(mapping)) {
    const i = index.get(header);
    if (i === undefined) throw mappingError(`names a column the file does not have: "${header}"`);
    if (target === "ignore") continue;
    const list = columns.get(target) ?? [];
    if (list.length > 0 && !MULTI_COLUMN_FIELDS.has(target)) {
      throw mappingError(`maps two columns to ${FIELD_LABELS[target]}: "${headers[list[0]!]}" and "${header}"`);
    }
    columns.set(target, [...list, i]);
  }
  for (const field of REQUIRED_FIELDS) {
    if (!columns.has(field)) throw mappingError(`no column is mapped to ${FIELD_LABELS[field]}, which every row needs`);
  }
  return columns;
}

/** The order of each date column's numeric dates, from its own values when they tell. */
export function dateColumnsFor(
  table: CsvTable,
  columns: ReadonlyMap<ImportField, readonly number[]>,
  fallback: DateOrder = "mdy",
): Map<number, DateColumn> {
  const result = new Map<number, DateColumn>();
  for (const field of DATE_FIELDS) {
    const i = columns.get(field)?.[0];
    if (i === undefined) continue;
    const detected = detectDateOrder(
      table.records.map((record) => record.cells[i] ?? ""),
      fallback,
    );
    result.set(i, { column: table.headers[i]!, ...detected });
  }
  return result;
}

/** Decodes, parses, maps and validates a whole file: everything an import needs but the database. */
export function prepareImport(bytes: Uint8Array, choices: ImportChoices, where: string): PreparedImport {
  const { decoded, table } = readFile(bytes, where);
  const columns = columnsFor(table.headers, choices.mapping);
  const dates = dateColumnsFor(table, columns, choices.dateOrder);
  const statuses = new Map<string, Stage>(
    Object.entries(choices.statuses ?? {}).map(([status, stage]) => [statusKey(status), stage]),
  );
  const plan: ColumnPlan = {
    headers: table.headers,
    columns,
    dateOrders: new Map([...dates].map(([i, d]) => [i, d.order])),
    statuses,
  };
  const prepared: PreparedImport = {
    decoded,
    table,
    rows: [],
    inFileDuplicates: [],
    errors: [],
    invalidRows: 0,
    unknownStatuses: [],
    dateColumns: [...dates.values()].filter((d) => d.numeric > 0),
    blankRows: 0,
    salariesKept: 0,
  };
  const firstLine = new Map<string, number>();
  const unknown = new Map<string, string>();
  const broken = new Map(table.problems.map((p) => [p.line, p.message]));
  for (const record of table.records) {
    const result = withProblem(mapRow(record, plan), record.line, broken.get(record.line));
    if (result.kind === "blank") {
      prepared.blankRows++;
    } else if (result.kind === "invalid") {
      prepared.invalidRows++;
      prepared.errors.push(...result.errors);
      if (result.unknownStatus) unknown.set(statusKey(result.unknownStatus), result.unknownStatus);
    } else {
      const { line, input } = result.row;
      const key = csvImportKey(input.companyName, input.roleTitle);
      const sameAs = firstLine.get(key);
      if (sameAs !== undefined) {
        prepared.inFileDuplicates.push({ line, companyName: input.companyName, roleTitle: input.roleTitle, sameAs });
        continue;
      }
      firstLine.set(key, line);
      prepared.rows.push(result.row);
      if (result.row.salaryKept) prepared.salariesKept++;
    }
  }
  prepared.unknownStatuses = [...unknown.values()];
  return prepared;
}

/** A record papaparse could not read cleanly (an unclosed quote) is an error whatever its cells say. */
function withProblem(result: RowResult, line: number, problem: string | undefined): RowResult {
  if (!problem) return result;
  const error: RowError = { line, field: "row", message: problem };
  if (result.kind === "invalid") return { ...result, errors: [error, ...result.errors] };
  return { kind: "invalid", errors: [error] };
}
