import { STAGES } from "@loopwise/domain";
import type { CsvChoices, DateOrder } from "../args.js";

/** POST /api/import/csv/preview, the parts the command prints. */
export interface CsvPreview {
  encoding: string;
  formatLabel: string;
  formatNote: string | null;
  headers: string[];
  mapping: Record<string, string>;
  fields: { value: string; label: string }[];
  rows: number;
  dates: { column: string; order: DateOrder; evident: boolean }[];
}

/** The dry run's answer of POST /api/import/csv. */
export interface CsvCheck {
  toCreate: number;
  duplicates: number;
  newCompanies: number;
  errors: { line: number; field: string; message: string }[];
  errorCount: number;
  invalidRows: number;
  unknownStatuses: string[];
  warnings: string[];
}

/** The lines of a real run's NDJSON answer. */
export type CsvImportEvent =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; created: number; duplicates: number; companiesCreated: number }
  | { type: "error"; message: string };

/** Errors listed before "and N more". */
export const LISTED_ERRORS = 20;

const ENCODINGS: Record<string, string> = {
  "utf-8": "UTF-8",
  "windows-1252": "Windows-1252",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
};

const ORDER_WORDS: Record<DateOrder, string> = { mdy: "month/day", dmy: "day/month" };

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What was detected, and each column with the field it becomes. */
export function describePreview(file: string, preview: CsvPreview, choices: CsvChoices): string[] {
  const labels = new Map(preview.fields.map((f) => [f.value, f.label]));
  const dates = new Map(preview.dates.map((d) => [d.column, d]));
  const width = Math.min(Math.max(...preview.headers.map((h) => h.length)), 28);
  const columns = preview.headers.map((header) => {
    const target = preview.mapping[header] ?? "ignore";
    const field = target === "ignore" ? "(not imported)" : (labels.get(target) ?? target);
    return `  ${header.padEnd(width)}  →  ${field}${dateNote(dates.get(header), choices.dateOrder)}`;
  });
  return [
    `${file}: ${preview.formatLabel}, ${ENCODINGS[preview.encoding] ?? preview.encoding}, ${plural(preview.rows, "row", "rows")}`,
    ...(preview.formatNote ? [`  ${preview.formatNote}`] : []),
    "Columns:",
    ...columns,
  ];
}

/** How a column's numeric dates are read: as its values show, or by the order chosen (month first unless told). */
function dateNote(date: CsvPreview["dates"][number] | undefined, chosen: DateOrder | undefined): string {
  if (!date) return "";
  if (date.evident) return ` (dates read ${ORDER_WORDS[date.order]}, as its values show)`;
  const order = chosen ?? date.order;
  if (chosen) return ` (dates read ${ORDER_WORDS[order]}, as --date-order says)`;
  const other = order === "mdy" ? "dmy" : "mdy";
  return ` (dates read ${ORDER_WORDS[order]}; --date-order ${other} reads them ${ORDER_WORDS[other]})`;
}

export function describeWarnings(check: CsvCheck): string[] {
  return check.warnings.map((warning) => `Warning: ${warning}`);
}

/** Every row in error by line (the first few), then the unknown statuses and how to map them. */
export function describeErrors(check: CsvCheck): string[] {
  const listed = check.errors.slice(0, LISTED_ERRORS);
  const rest = check.errorCount - listed.length;
  const lines = [
    `${plural(check.invalidRows, "row has", "rows have")} errors:`,
    ...listed.map((e) => `  line ${e.line}, ${e.field}: ${e.message}`),
    ...(rest > 0 ? [`  and ${plural(rest, "more error", "more errors")}`] : []),
  ];
  if (check.unknownStatuses.length > 0) {
    const example = check.unknownStatuses[0]!.replaceAll('"', '\\"');
    lines.push(
      `Unknown statuses: ${check.unknownStatuses.map((s) => `"${s}"`).join(", ")}.`,
      `  Give each a stage with --status, such as --status "${example}=recruiter_screen"`,
      `  (stages: ${STAGES.join(", ")})`,
    );
  }
  return lines;
}

/** "6 applications (6 new companies), 1 already there" */
export function describeOutcome(created: number, companies: number, duplicates: number): string {
  return `${plural(created, "application", "applications")} (${plural(companies, "new company", "new companies")}), ${duplicates} already there`;
}
