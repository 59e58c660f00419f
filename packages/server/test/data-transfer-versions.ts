import type { ExportDocument } from "@loopwise/domain";
import { sampleDocument } from "./data-transfer-sample.js";

/** The sample as older versions of Loopwise wrote it, and a document's content without its export time. */

/** The sample as version 3 wrote it: no practice tables. */
export function sampleDocumentV3(): Record<string, unknown> {
  const {
    trackedProblems: _t,
    practiceAttempts: _a,
    practiceProgress: _p,
    practiceDrafts: _d,
    ...doc
  } = sampleDocument();
  return { ...doc, version: 3 };
}

/** The sample as version 2 wrote it: no timing settings, no timing overrides on applications. */
export function sampleDocumentV2(): Record<string, unknown> {
  const { timingSettings: _t, ...doc } = sampleDocumentV3() as ExportDocument;
  return {
    ...doc,
    version: 2,
    applications: doc.applications.map(({ timingOverrides: _o, ...application }) => application),
  };
}

/** The sample as version 1 wrote it: no offer or timing tables, no red flags, no timing overrides. */
export function sampleDocumentV1(): Record<string, unknown> {
  const {
    offers: _o,
    negotiationEvents: _n,
    compDataPoints: _c,
    offerPreferences: _p,
    timingSettings: _t,
    ...doc
  } = sampleDocumentV3() as ExportDocument;
  return {
    ...doc,
    version: 1,
    applications: doc.applications.map(({ timingOverrides: _v, ...application }) => application),
    interviews: doc.interviews.map(({ redFlags: _r, ...interview }) => interview),
  };
}

/** A document without its export time, to compare two exports. */
export function content(doc: ExportDocument): Omit<ExportDocument, "exportedAt"> {
  const { exportedAt: _, ...rest } = doc;
  return rest;
}
