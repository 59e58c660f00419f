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
export const EXPORT_VERSION = 2;
/** Versions this one reads: version 1 had no offer tables and no red flags on interviews. */
export const READABLE_EXPORT_VERSIONS = [1, 2] as const;

export { EXPORT_TABLES, type ExportTable, type ExportTables } from "./table-schemas.js";
export * from "./table-counts.js";
export { storedComp } from "./offer-table-schemas.js";
export * from "./compare-instants.js";

/** Checked first, so a file of another kind or version gets one clear message, not thousands. */
const headerSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}": this is not a Loopwise export` }),
  version: z.literal(READABLE_EXPORT_VERSIONS, {
    error: `must be 1 or 2: the file comes from another version of Loopwise, and this one reads versions 1 and 2`,
  }),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A version 1 document in version 2's shape: the offer tables it did not have are empty, and its
 * interviews noted no red flags. Anything malformed is left for the body schema to name.
 */
function upgrade(header: { version: number } & Record<string, unknown>): unknown {
  if (header.version !== 1) return header;
  const interviews = Array.isArray(header.interviews)
    ? header.interviews.map((row: unknown) => (isRecord(row) && !("redFlags" in row) ? { ...row, redFlags: [] } : row))
    : header.interviews;
  return {
    ...header,
    version: EXPORT_VERSION,
    interviews,
    offers: header.offers ?? [],
    negotiationEvents: header.negotiationEvents ?? [],
    compDataPoints: header.compDataPoints ?? [],
    offerPreferences: header.offerPreferences ?? [],
  };
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
