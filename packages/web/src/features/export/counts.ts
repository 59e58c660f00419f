import { EXPORT_TABLES, type ExportTable, type TableCounts } from "@loopwise/domain";

export { describeTableCounts as describeCounts } from "@loopwise/domain";

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
  offers: "Offers",
  negotiationEvents: "Negotiation events",
  compDataPoints: "Market data points",
  offerPreferences: "Offer preferences",
  timingSettings: "Planner settings",
  trackedProblems: "Tracked problems",
  practiceAttempts: "Practice attempts",
  practiceProgress: "Practice progress",
  practiceDrafts: "Code drafts",
};

export function total(counts: TableCounts): number {
  return EXPORT_TABLES.reduce((sum, table) => sum + counts[table], 0);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
