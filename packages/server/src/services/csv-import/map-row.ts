import { applicationInputSchema, UNSTORABLE_ERROR, type ApplicationInput, type Stage } from "@loopwise/domain";
import { cellText, readDesirability, readRemotePolicy, readSource, readTags, readUrl } from "./cell-values.js";
import { parseDate, type DateOrder } from "./dates.js";
import { FIELD_LABELS, type ImportField } from "./fields.js";
import type { CsvRecord } from "./read-csv.js";
import { parseSalary, type Salary } from "./salary.js";
import { stageForStatus } from "./statuses.js";

export interface RowError {
  line: number;
  /** The column at fault as the file names it (or the field's label when no column feeds it). */
  field: string;
  message: string;
}

/** How the columns of one file become fields, decided once per import. */
export interface ColumnPlan {
  headers: readonly string[];
  columns: ReadonlyMap<ImportField, readonly number[]>;
  dateOrders: ReadonlyMap<number, DateOrder>;
  /** The user's stage for a status text, keyed by statusKey. */
  statuses: ReadonlyMap<string, Stage>;
}

export interface MappedRow {
  line: number;
  input: ApplicationInput & { companyName: string; stage: Stage };
  /** Salary text that could not be read without guessing, kept in the notes instead. */
  salaryKept: boolean;
}

export type RowResult =
  { kind: "row"; row: MappedRow } | { kind: "blank" } | { kind: "invalid"; errors: RowError[]; unknownStatus?: string };

/** Which import field an application field's error belongs to, for naming the column. */
const ERROR_FIELD: Partial<Record<string, ImportField[]>> = {
  companyId: ["companyName"],
  stage: ["status"],
  salaryMin: ["salaryMin", "salary"],
  salaryMax: ["salaryMax", "salary"],
  salaryCurrency: ["salaryCurrency", "salary", "salaryMin", "salaryMax"],
};

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

export function mapRow(record: CsvRecord, plan: ColumnPlan): RowResult {
  const { line, cells } = record;
  const errors: RowError[] = [];
  const header = (field: ImportField) => {
    const index = plan.columns.get(field)?.[0];
    return index === undefined ? FIELD_LABELS[field] : plan.headers[index]!;
  };
  const texts = (field: ImportField) => (plan.columns.get(field) ?? []).map((i) => cellText(cells[i]));
  const text = (field: ImportField) => texts(field)[0] ?? "";
  const fail = (field: string, message: string) => errors.push({ line, field, message });

  const mapped = [...plan.columns.values()].flat().map((i) => cells[i] ?? "");
  if (mapped.every((cell) => cell.trim() === "")) return { kind: "blank" };
  const extra = cells.slice(plan.headers.length);
  if (extra.some((cell) => cell.trim() !== "")) {
    fail("row", `has ${cells.length} cells but the header has ${plan.headers.length}: is a comma not quoted?`);
  }
  const hasNul = mapped.some((cell) => cell.includes("\u0000"));
  if (hasNul) fail("row", "contains a NUL character: is this a binary file?");

  const date = (field: ImportField): string | undefined => {
    const index = plan.columns.get(field)?.[0];
    const value = text(field);
    if (index === undefined || !value) return undefined;
    const iso = parseDate(value, plan.dateOrders.get(index) ?? "mdy");
    if (!iso) fail(header(field), `"${value}" is not a date we can read`);
    return iso;
  };
  const appliedOn = date("appliedOn");
  const nextActionDue = date("nextActionDue");

  const status = text("status");
  let stage: Stage | undefined = status ? stageForStatus(status, plan.statuses) : appliedOn ? "applied" : "interested";
  let unknownStatus: string | undefined;
  if (!stage) {
    unknownStatus = status;
    fail(header("status"), `Unknown status "${status}": choose a stage for it`);
    stage = "interested";
  }

  const notes = texts("notes").filter(Boolean);
  const salary = readSalaries(text, (kept) => notes.push(kept));
  const desirability = readDesirability(text("desirability"));
  if ("error" in desirability) fail(header("desirability"), desirability.error);
  const remote = readRemotePolicy(text("remotePolicy"));
  if ("error" in remote) fail(header("remotePolicy"), remote.error);

  const candidate = withoutEmpty({
    companyName: collapse(text("companyName")),
    roleTitle: collapse(text("roleTitle")),
    stage,
    appliedOn,
    nextActionDue,
    postingUrl: readUrl(text("postingUrl")),
    location: text("location"),
    level: text("level"),
    nextAction: text("nextAction"),
    source: readSource(text("source")),
    tags: readTags(texts("tags")),
    desirability: "value" in desirability ? desirability.value : null,
    remotePolicy: "value" in remote ? remote.value : null,
    salaryMin: salary.min,
    salaryMax: salary.max,
    salaryCurrency: salary.currency,
    notes: notes.join("\n\n"),
  });
  const parsed = applicationInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // The row already says it holds a NUL; its cells need not say it again.
      if (hasNul && issue.message === UNSTORABLE_ERROR) continue;
      const key = String(issue.path[0] ?? "row");
      const fields = ERROR_FIELD[key] ?? [key as ImportField];
      const column = fields.find((f) => plan.columns.has(f)) ?? fields[0]!;
      const message = key === "companyId" ? "is required" : issue.message;
      fail(key === "row" ? "row" : column in FIELD_LABELS ? header(column) : key, message);
    }
  }
  if (errors.length > 0 || !parsed.success) return { kind: "invalid", errors: dedupeErrors(errors), unknownStatus };
  return {
    kind: "row",
    row: {
      line,
      input: parsed.data as MappedRow["input"],
      salaryKept: salary.kept,
    },
  };
}

/** Salary from a text column and/or minimum, maximum and currency columns. */
function readSalaries(text: (field: ImportField) => string, keep: (note: string) => void): Salary & { kept: boolean } {
  let kept = false;
  const read = (field: ImportField, label: string): Salary | undefined => {
    const value = text(field);
    const reading = parseSalary(value);
    if (!reading) return undefined;
    if (reading.ok) return reading.salary;
    kept = true;
    keep(`${label}: ${value}`);
    return undefined;
  };
  const range = read("salary", "Salary");
  const low = read("salaryMin", "Salary minimum");
  const high = read("salaryMax", "Salary maximum");
  const currencyText = text("salaryCurrency");
  const min = low ? (low.min ?? low.max) : (range?.min ?? null);
  const max = high ? (high.max ?? high.min) : (range?.max ?? null);
  const currency = currencyText
    ? currencyCode(currencyText)
    : (range?.currency ?? low?.currency ?? high?.currency ?? null);
  return { min, max, currency, kept };
}

/** "eur", "€" or "EUR" as EUR; anything else is passed on for the schema to refuse. */
function currencyCode(text: string): string {
  const reading = parseSalary(`1 ${text}`);
  return reading?.ok && reading.salary.currency ? reading.salary.currency : text.toUpperCase();
}

function withoutEmpty<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && !value.length),
    ),
  ) as Partial<T>;
}

function dedupeErrors(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.field}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
