import { z } from "zod";
import { checkReferences } from "./document-references.js";
import { instant } from "./document-fields.js";
import { tableSchemas } from "./table-schemas.js";

/**
 * The versioned document Loopwise exports and imports: every row of one user, one array per
 * table, ids and timestamps as stored. It accepts what the database can hold and the app's own
 * forms can produce, byte for byte (nothing is trimmed or normalised), and checks every
 * reference points inside the document, so a file that does not validate is refused before
 * anything is written.
 */
export const EXPORT_FORMAT = "loopwise";
export const EXPORT_VERSION = 4;
/**
 * Versions this one reads: version 1 had no offer tables and no red flags on interviews; version
 * 2 had no timing settings and no timing overrides on applications; version 3 had no practice tables.
 */
export const READABLE_EXPORT_VERSIONS = [1, 2, 3, 4] as const;

export {
  EXPORT_TABLES,
  isIdTable,
  KEYED_TABLES,
  type ExportIdTable,
  type ExportTable,
  type ExportTables,
} from "./table-schemas.js";
export * from "./table-counts.js";
export { storedComp } from "./offer-table-schemas.js";
export * from "./compare-instants.js";

/** Checked first, so a file of another kind or version gets one clear message, not thousands. */
const headerSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}": this is not a Loopwise export` }),
  version: z.literal(READABLE_EXPORT_VERSIONS, {
    error: `must be 1, 2, 3 or 4: the file comes from another version of Loopwise, and this one reads versions 1 to 4`,
  }),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

type Doc = { version: number } & Record<string, unknown>;
const rows = (table: unknown, add: (row: Record<string, unknown>) => Record<string, unknown>) =>
  Array.isArray(table) ? table.map((row: unknown) => (isRecord(row) ? add(row) : row)) : table;

/** Each step brings a document one version on; a document of version n is held to version n's shape. */
const STEPS: Record<number, (doc: Doc) => Doc> = {
  // Version 1's interviews noted no red flags, and it had no offer tables.
  1: (doc) => ({
    ...doc,
    version: 2,
    interviews: rows(doc.interviews, (row) => ("redFlags" in row ? row : { ...row, redFlags: [] })),
    offers: doc.offers ?? [],
    negotiationEvents: doc.negotiationEvents ?? [],
    compDataPoints: doc.compDataPoints ?? [],
    offerPreferences: doc.offerPreferences ?? [],
  }),
  // Version 2 had no timing settings and no timing overrides on applications.
  2: (doc) => ({
    ...doc,
    version: 3,
    applications: rows(doc.applications, (row) => ("timingOverrides" in row ? row : { ...row, timingOverrides: null })),
    timingSettings: doc.timingSettings ?? [],
  }),
  // Version 3 had no practice tables.
  3: (doc) => ({
    ...doc,
    version: 4,
    trackedProblems: doc.trackedProblems ?? [],
    practiceAttempts: doc.practiceAttempts ?? [],
    practiceProgress: doc.practiceProgress ?? [],
    practiceDrafts: doc.practiceDrafts ?? [],
  }),
};

/** An older document in the current shape. Anything malformed is left for the body schema to name. */
function upgrade(header: Doc): unknown {
  let doc = header;
  while (doc.version !== EXPORT_VERSION) doc = STEPS[doc.version]!(doc);
  return doc;
}

const bodySchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: instant,
    ...tableSchemas,
  })
  .superRefine(checkReferences);

export const exportDocumentSchema = headerSchema.transform(upgrade).pipe(bodySchema);
export type ExportDocument = z.infer<typeof bodySchema>;
export type ExportCompany = ExportDocument["companies"][number];
export type ExportApplication = ExportDocument["applications"][number];
export type ExportStageChange = ExportDocument["stageHistory"][number];
export type ExportContact = ExportDocument["contacts"][number];
export type ExportApplicationContact = ExportDocument["applicationContacts"][number];
export type ExportOutreach = ExportDocument["outreach"][number];
export type ExportInterview = ExportDocument["interviews"][number];
export type ExportInterviewer = ExportDocument["interviewers"][number];
export type ExportTask = ExportDocument["tasks"][number];
export type ExportOffer = ExportDocument["offers"][number];
export type ExportNegotiationEvent = ExportDocument["negotiationEvents"][number];
export type ExportCompDataPoint = ExportDocument["compDataPoints"][number];
export type ExportOfferPreferences = ExportDocument["offerPreferences"][number];
export type ExportTimingSettings = ExportDocument["timingSettings"][number];
export type ExportTrackedProblem = ExportDocument["trackedProblems"][number];
export type ExportPracticeAttempt = ExportDocument["practiceAttempts"][number];
export type ExportPracticeProgress = ExportDocument["practiceProgress"][number];
export type ExportPracticeDraft = ExportDocument["practiceDrafts"][number];
