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
export const EXPORT_VERSION = 1;

export { EXPORT_TABLES, type ExportTable, type ExportTables } from "./table-schemas.js";
export * from "./table-counts.js";
export * from "./compare-instants.js";

/** Checked first, so a file of another kind or version gets one clear message, not thousands. */
const headerSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}": this is not a Loopwise export` }),
  version: z.literal(EXPORT_VERSION, {
    error: `must be ${EXPORT_VERSION}: the file comes from another version of Loopwise, and this one reads version ${EXPORT_VERSION}`,
  }),
});

const bodySchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: instant,
    ...tableSchemas,
  })
  .superRefine(checkReferences);

export const exportDocumentSchema = headerSchema.transform((header): unknown => header).pipe(bodySchema);
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
