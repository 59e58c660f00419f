/** What a CSV column can become: a field of an application, or nothing. */
export const IMPORT_FIELDS = [
  "companyName",
  "roleTitle",
  "status",
  "appliedOn",
  "postingUrl",
  "location",
  "remotePolicy",
  "salary",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "source",
  "level",
  "desirability",
  "tags",
  "nextAction",
  "nextActionDue",
  "notes",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnTarget = ImportField | "ignore";

export const FIELD_LABELS: Record<ImportField, string> = {
  companyName: "Company",
  roleTitle: "Role",
  status: "Status (stage)",
  appliedOn: "Date applied",
  postingUrl: "Posting URL",
  location: "Location",
  remotePolicy: "Remote policy",
  salary: "Salary (text or range)",
  salaryMin: "Salary minimum",
  salaryMax: "Salary maximum",
  salaryCurrency: "Salary currency",
  source: "Source",
  level: "Level",
  desirability: "Desirability (1-5)",
  tags: "Tags",
  nextAction: "Next action",
  nextActionDue: "Next action due",
  notes: "Notes",
};

/** Several columns may feed these; they are joined. Every other field takes one column at most. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<ImportField> = new Set(["notes", "tags"]);

export const REQUIRED_FIELDS: readonly ImportField[] = ["companyName", "roleTitle"];

export const DATE_FIELDS: readonly ImportField[] = ["appliedOn", "nextActionDue"];

export interface FieldOption {
  value: ImportField;
  label: string;
  required: boolean;
  multiple: boolean;
}

export const FIELD_OPTIONS: readonly FieldOption[] = IMPORT_FIELDS.map((value) => ({
  value,
  label: FIELD_LABELS[value],
  required: REQUIRED_FIELDS.includes(value),
  multiple: MULTI_COLUMN_FIELDS.has(value),
}));
