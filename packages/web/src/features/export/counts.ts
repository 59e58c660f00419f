import { EXPORT_TABLES, type ExportTable, type TableCounts } from "@loopwise/domain";

const NAMES: Record<ExportTable, [string, string]> = {
  companies: ["company", "companies"],
  applications: ["application", "applications"],
  stageHistory: ["stage change", "stage changes"],
  contacts: ["contact", "contacts"],
  applicationContacts: ["contact link", "contact links"],
  outreach: ["outreach entry", "outreach entries"],
  interviews: ["interview", "interviews"],
  interviewers: ["interviewer", "interviewers"],
  tasks: ["task", "tasks"],
};

export const TABLE_LABELS: Record<ExportTable, string> = {
  companies: "Companies",
  applications: "Applications",
  stageHistory: "Stage changes",
  contacts: "Contacts",
  applicationContacts: "Contact links",
  outreach: "Outreach entries",
  interviews: "Interviews",
  interviewers: "Interviewers",
  tasks: "Tasks",
};

/** "2 companies, 1 application": the tables with rows, in the export's order. */
export function describeCounts(counts: TableCounts): string {
  const parts = EXPORT_TABLES.filter((table) => counts[table] > 0).map((table) => {
    const [one, many] = NAMES[table];
    return `${counts[table]} ${counts[table] === 1 ? one : many}`;
  });
  return parts.length ? parts.join(", ") : "nothing";
}

export function total(counts: TableCounts): number {
  return EXPORT_TABLES.reduce((sum, table) => sum + counts[table], 0);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
