import { EXPORT_TABLES, type ExportTable, type ExportTables } from "./table-schemas.js";

/** How many rows of each table: the answer of an import or a restore. */
export type TableCounts = Record<ExportTable, number>;

export function emptyTableCounts(): TableCounts {
  return Object.fromEntries(EXPORT_TABLES.map((table) => [table, 0])) as TableCounts;
}

export function countExportRows(tables: ExportTables): TableCounts {
  return Object.fromEntries(EXPORT_TABLES.map((table) => [table, tables[table].length])) as TableCounts;
}

const NAMES: Record<ExportTable, [one: string, many: string]> = {
  companies: ["company", "companies"],
  applications: ["application", "applications"],
  stageHistory: ["stage change", "stage changes"],
  contacts: ["contact", "contacts"],
  applicationContacts: ["contact link", "contact links"],
  outreach: ["outreach entry", "outreach entries"],
  interviews: ["interview", "interviews"],
  interviewers: ["interviewer", "interviewers"],
  tasks: ["task", "tasks"],
  offers: ["offer", "offers"],
  negotiationEvents: ["negotiation event", "negotiation events"],
  compDataPoints: ["market data point", "market data points"],
  offerPreferences: ["set of offer preferences", "sets of offer preferences"],
  timingSettings: ["set of planner settings", "sets of planner settings"],
  trackedProblems: ["tracked problem", "tracked problems"],
  practiceAttempts: ["practice attempt", "practice attempts"],
  practiceProgress: ["problem progress entry", "problem progress entries"],
  practiceDrafts: ["code draft", "code drafts"],
};

/** "2 companies, 1 application": the tables with rows, in the document's order (a missing table has none). */
export function describeTableCounts(counts: Readonly<Partial<TableCounts>>): string {
  const parts = EXPORT_TABLES.filter((table) => (counts[table] ?? 0) > 0).map((table) => {
    const [one, many] = NAMES[table];
    return `${counts[table]} ${counts[table] === 1 ? one : many}`;
  });
  return parts.length ? parts.join(", ") : "nothing";
}
