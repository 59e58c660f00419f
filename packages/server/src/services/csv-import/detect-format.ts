import { MULTI_COLUMN_FIELDS, type ColumnTarget, type ImportField } from "./fields.js";
import { statusKey } from "./statuses.js";

export type CsvFormat = "huntr" | "teal" | "spreadsheet";

export const FORMAT_LABELS: Record<CsvFormat, string> = {
  huntr: "Huntr export",
  teal: "Teal export",
  spreadsheet: "Spreadsheet",
};

/*
 * The trackers' CSV exports. Neither Huntr nor Teal publishes its export's columns, and the
 * reference search found no sample file, so these are assumptions, written down here:
 * - Huntr (from its job model: title, company, list, url, location, a free-text salary, dates):
 *   Company, Job Title (or Title), List (the board column, its stage), URL, Location, Salary,
 *   Date Added, Date Applied, Description / Notes. Its "List" column is the tell.
 * - Teal (from its job tracker's table): Company, Job Position, Max. Salary, Location, Status,
 *   Date Saved, Deadline, Date Applied, Follow Up, Excitement (1-5 stars), Job URL, Notes.
 *   "Job Position", "Excitement" and "Date Saved" are the tells.
 * A file that only looks like one of them still gets every column the spreadsheet rules know,
 * and the user can change any mapping before importing.
 */
const HUNTR: Record<string, ColumnTarget> = {
  company: "companyName",
  "company name": "companyName",
  "job title": "roleTitle",
  title: "roleTitle",
  list: "status",
  "list name": "status",
  url: "postingUrl",
  "job url": "postingUrl",
  location: "location",
  salary: "salary",
  "date applied": "appliedOn",
  "applied date": "appliedOn",
  "date added": "ignore",
  "created at": "ignore",
  board: "ignore",
  description: "notes",
  notes: "notes",
};

const TEAL: Record<string, ColumnTarget> = {
  company: "companyName",
  "job position": "roleTitle",
  "max salary": "salaryMax",
  "min salary": "salaryMin",
  location: "location",
  status: "status",
  "date saved": "ignore",
  deadline: "ignore",
  "date applied": "appliedOn",
  "follow up": "nextActionDue",
  excitement: "desirability",
  "job url": "postingUrl",
  url: "postingUrl",
  notes: "notes",
};

/** Header words of plain spreadsheets, in several wordings; the first exact match wins. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  companyName: [
    "company",
    "company name",
    "employer",
    "organization",
    "organisation",
    "org",
    "firm",
    "unternehmen",
    "firma",
    "entreprise",
    "empresa",
  ],
  roleTitle: [
    "role",
    "position",
    "job title",
    "title",
    "job",
    "job position",
    "position title",
    "role title",
    "job name",
    "stelle",
    "poste",
    "puesto",
  ],
  status: ["status", "stage", "list", "state", "application status", "current status", "pipeline stage"],
  appliedOn: [
    "date applied",
    "applied",
    "applied on",
    "application date",
    "applied date",
    "date of application",
    "date",
    "beworben am",
  ],
  postingUrl: [
    "url",
    "link",
    "job url",
    "job link",
    "posting",
    "posting url",
    "job posting",
    "job posting url",
    "listing",
    "listing url",
    "application link",
  ],
  location: ["location", "city", "place", "office", "ort", "lieu"],
  remotePolicy: ["remote", "remote policy", "work model", "workplace", "workplace type", "work type", "remote onsite"],
  salary: ["salary", "compensation", "pay", "salary range", "comp", "pay range", "base salary", "gehalt"],
  salaryMin: ["min salary", "salary min", "minimum salary", "salary from", "salary minimum"],
  salaryMax: ["max salary", "salary max", "maximum salary", "salary to", "salary maximum"],
  salaryCurrency: ["currency", "salary currency"],
  source: ["source", "channel", "how found", "found via", "how applied", "found on"],
  level: ["level", "seniority", "grade"],
  desirability: ["desirability", "excitement", "interest", "interest level", "rating", "priority", "stars"],
  tags: ["tags", "tag", "labels", "keywords"],
  nextAction: ["next action", "next step", "next steps", "to do", "todo"],
  nextActionDue: [
    "follow up",
    "follow up date",
    "next action date",
    "next action due",
    "due",
    "due date",
    "next step date",
  ],
  notes: ["notes", "note", "comments", "comment", "description", "job description", "details", "remarks", "memo"],
};

const EXACT = new Map<string, ImportField>();
for (const [field, words] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const word of words) if (!EXACT.has(word)) EXACT.set(word, field);
}

/** Words that make a header something else than a name or a title ("Company Website"). */
const NOT_A_NAME = /\b(url|link|website|site|email|phone|id|size|industry|logo|type|description|notes?|date)\b/;

/** A loose match: the header starts with, or contains, a known wording of the field. */
function fuzzyField(key: string): ImportField | undefined {
  let best: { field: ImportField; length: number } | undefined;
  for (const [word, field] of EXACT) {
    const starts = key.startsWith(`${word} `);
    const contains = word.includes(" ") && ` ${key} `.includes(` ${word} `);
    if (!starts && !contains) continue;
    if ((field === "companyName" || field === "roleTitle") && NOT_A_NAME.test(key)) continue;
    if (!best || word.length > best.length) best = { field, length: word.length };
  }
  return best?.field;
}

export function detectFormat(headers: readonly string[]): CsvFormat {
  const keys = new Set(headers.map(statusKey));
  const teal = ["job position", "excitement", "date saved", "max salary", "follow up"].filter((k) =>
    keys.has(k),
  ).length;
  const huntr = ["list", "list name", "board"].some((k) => keys.has(k)) && (keys.has("job title") || keys.has("title"));
  if (teal >= 2 || (teal === 1 && keys.has("job position"))) return "teal";
  if (huntr) return "huntr";
  return "spreadsheet";
}

/**
 * The mapping the preview proposes: the tracker's own columns first, then the spreadsheet
 * wordings (exact, then loose). A field that takes one column goes to the first header that
 * claims it; later claimants are ignored.
 */
export function suggestMapping(headers: readonly string[], format: CsvFormat): Record<string, ColumnTarget> {
  const known = new Map(Object.entries(format === "huntr" ? HUNTR : format === "teal" ? TEAL : {}));
  const keys = headers.map(statusKey);
  const mapping = new Map<string, ColumnTarget>();
  const taken = new Set<ImportField>();
  const claim = (i: number, target: ColumnTarget | undefined) => {
    const header = headers[i]!;
    if (mapping.has(header) || target === undefined) return;
    if (target !== "ignore" && taken.has(target) && !MULTI_COLUMN_FIELDS.has(target)) return;
    mapping.set(header, target);
    if (target !== "ignore") taken.add(target);
  };
  keys.forEach((key, i) => claim(i, known.get(key)));
  keys.forEach((key, i) => claim(i, EXACT.get(key)));
  keys.forEach((key, i) => claim(i, fuzzyField(key)));
  return Object.fromEntries(headers.map((header) => [header, mapping.get(header) ?? "ignore"]));
}
