import { columnsForPreview } from "./preview-columns.js";
import { dateColumnsFor, readFile, type DateColumn } from "./prepare.js";
import { detectFormat, FORMAT_LABELS, suggestMapping, type CsvFormat } from "./detect-format.js";
import { FIELD_LABELS, FIELD_OPTIONS, REQUIRED_FIELDS, type ColumnTarget, type FieldOption } from "./fields.js";
import type { CsvEncoding } from "./decode.js";
import type { Delimiter } from "./read-csv.js";

export const SAMPLE_ROWS = 20;

export interface CsvPreview {
  encoding: CsvEncoding;
  warnings: string[];
  delimiter: Delimiter;
  format: CsvFormat;
  formatLabel: string;
  /** How the tracker's statuses are read, for a tracker's export. */
  formatNote: string | null;
  headers: string[];
  /** The proposed mapping, header → field or "ignore"; the user may change it. */
  mapping: Record<string, ColumnTarget>;
  /** What a column can be mapped to. */
  fields: readonly FieldOption[];
  /** The first rows, cells in header order, with the line each starts on. */
  sample: { line: number; cells: string[] }[];
  /** Data rows in the file (the header not counted). */
  rows: number;
  /** Date columns of the proposed mapping with numeric dates, and how they are read. */
  dates: DateColumn[];
}

const TRACKER_NOTE =
  "Its statuses become stages; a plain “Interview” or “Interviewing” becomes Recruiter screen, the first interview stage: move the cards further on the board.";

const ORDER_WORDS = { mdy: "month/day", dmy: "day/month" } as const;

export function dateWarning(date: DateColumn): string | undefined {
  if (date.evident || date.numeric === 0) return undefined;
  return `Dates in "${date.column}" such as 03/04/2025 could be month/day or day/month; they are read as ${ORDER_WORDS[date.order]}. Switch the date order if that is wrong.`;
}

/** What the file looks like and how it would be read, before anything is decided or written. */
export function previewCsv(bytes: Uint8Array): CsvPreview {
  const { decoded, table } = readFile(bytes, "body");
  const format = detectFormat(table.headers);
  const mapping = suggestMapping(table.headers, format);
  const dates = [...dateColumnsFor(table, columnsForPreview(table.headers, mapping)).values()].filter(
    (d) => d.numeric > 0,
  );
  const mapped = new Set(Object.values(mapping));
  const warnings = [
    ...decoded.warnings,
    ...table.problems.map((p) => `Line ${p.line}: ${p.message}`),
    ...(table.records.length === 0 ? ["The file has a header row but no rows below it"] : []),
    ...REQUIRED_FIELDS.filter((field) => !mapped.has(field)).map(
      (field) => `No column looks like ${FIELD_LABELS[field]}: choose the column that holds it`,
    ),
    ...dates.flatMap((d) => dateWarning(d) ?? []),
  ];
  return {
    encoding: decoded.encoding,
    warnings,
    delimiter: table.delimiter,
    format,
    formatLabel: FORMAT_LABELS[format],
    formatNote: format === "spreadsheet" ? null : TRACKER_NOTE,
    headers: table.headers,
    mapping,
    fields: FIELD_OPTIONS,
    sample: table.records.slice(0, SAMPLE_ROWS).map((record) => ({
      line: record.line,
      cells: table.headers.map((_, i) => record.cells[i] ?? ""),
    })),
    rows: table.records.length,
    dates,
  };
}
