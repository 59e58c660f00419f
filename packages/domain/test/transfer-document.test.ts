import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compArbitrary } from "../../../test-support/comp-arbitrary.js";
import {
  countExportRows,
  describeTableCounts,
  EXPORT_TABLES,
  EXPORT_VERSION,
  exportDocumentSchema,
  storedComp,
} from "../src/index.js";

const APP = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e11";
const COMPANY = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e01";
const T = "2025-01-01T00:00:00.000Z";

/** The smallest version 1 document with one interview (which had no red flags then). */
function versionOne(): Record<string, unknown> {
  return {
    format: "loopwise",
    version: 1,
    exportedAt: T,
    companies: [{ id: COMPANY, name: "Acme", website: null, tier: null, notes: null, createdAt: T, updatedAt: T }],
    applications: [
      {
        id: APP,
        companyId: COMPANY,
        roleTitle: "Engineer",
        level: null,
        location: null,
        remotePolicy: null,
        source: null,
        postingUrl: null,
        salaryMinMinor: null,
        salaryMaxMinor: null,
        salaryCurrency: null,
        desirability: null,
        tags: [],
        appliedOn: null,
        nextAction: null,
        nextActionDue: null,
        offerDeadline: null,
        notes: null,
        stage: "offer",
        stageEnteredAt: T,
        position: "a0",
        archived: false,
        createdAt: T,
        updatedAt: T,
      },
    ],
    stageHistory: [],
    contacts: [],
    applicationContacts: [],
    outreach: [],
    interviews: [
      {
        id: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e61",
        applicationId: APP,
        parentId: null,
        kind: "coding",
        title: null,
        startsAt: T,
        endsAt: "2025-01-01T01:00:00.000Z",
        timeZone: "UTC",
        location: null,
        videoUrl: null,
        prepare: null,
        notes: null,
        selfRating: null,
        outcome: "pending",
        createdAt: T,
        updatedAt: T,
      },
    ],
    interviewers: [],
    tasks: [],
  };
}

describe("export document version 4", () => {
  it("reads a version 1 file as version 4: empty offer, timing and practice tables, no red flags, no overrides", () => {
    const parsed = exportDocumentSchema.parse(versionOne());
    expect(EXPORT_VERSION).toBe(4);
    expect(parsed.version).toBe(4);
    expect(parsed.timingSettings).toEqual([]);
    expect([parsed.trackedProblems, parsed.practiceAttempts, parsed.practiceProgress, parsed.practiceDrafts]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(parsed.applications[0]!.timingOverrides).toBeNull();
    expect(parsed.offers).toEqual([]);
    expect(parsed.negotiationEvents).toEqual([]);
    expect(parsed.compDataPoints).toEqual([]);
    expect(parsed.offerPreferences).toEqual([]);
    expect(parsed.interviews[0]!.redFlags).toEqual([]);
    expect(Object.keys(countExportRows(parsed)).sort()).toEqual([...EXPORT_TABLES].sort());
  });

  it("refuses other versions with one message that names the versions it reads", () => {
    for (const version of [0, 5, "2", null]) {
      const result = exportDocumentSchema.safeParse({ ...versionOne(), version });
      expect(result.success).toBe(false);
      expect(result.error!.issues).toHaveLength(1);
      expect(result.error!.issues[0]!.path).toEqual(["version"]);
      expect(result.error!.issues[0]!.message).toMatch(/must be 1, 2, 3 or 4.*reads versions 1 to 4/);
    }
  });

  it("reads a version 2 file as version 4, keeping overrides a version 3 row carries and refusing bad ones", () => {
    const two = { ...exportDocumentSchema.parse(versionOne()), version: 2 } as Record<string, unknown>;
    const { timingSettings: _t, ...withoutSettings } = two;
    const apps = (two.applications as Record<string, unknown>[]).map(({ timingOverrides: _o, ...a }) => a);
    const parsed = exportDocumentSchema.parse({ ...withoutSettings, applications: apps });
    expect(parsed.version).toBe(4);
    expect(parsed.timingSettings).toEqual([]);
    expect(parsed.applications[0]!.timingOverrides).toBeNull();
    const overrides = { stages: { onsite: { medianDays: 7 } }, offerOpenDays: 14 };
    const three = exportDocumentSchema.parse({
      ...two,
      version: 3,
      applications: [{ ...apps[0]!, timingOverrides: overrides }],
      timingSettings: [{ constraints: { interviewsPerWeek: 3 }, updatedAt: T }],
    });
    expect(three.applications[0]!.timingOverrides).toEqual(overrides);
    expect(three.timingSettings).toEqual([{ constraints: { interviewsPerWeek: 3 }, updatedAt: T }]);
    const bad = exportDocumentSchema.safeParse({
      ...two,
      version: 3,
      applications: [{ ...apps[0]!, timingOverrides: { stages: { offer: { p90Days: -1 } } } }],
    });
    expect(bad.error?.issues[0]!.path).toEqual(["applications", 0, "timingOverrides", "stages", "offer", "p90Days"]);
  });

  it("holds a version 2 file to every table, and red flags to the known seven, once each", () => {
    const two = { ...exportDocumentSchema.parse(versionOne()) } as Record<string, unknown>;
    expect(exportDocumentSchema.safeParse(two).success).toBe(true);
    const { offerPreferences: _, ...missing } = two;
    expect(exportDocumentSchema.safeParse(missing).error?.issues[0]!.path).toEqual(["offerPreferences"]);
    const interview = (two.interviews as Record<string, unknown>[])[0]!;
    const twice = { ...two, interviews: [{ ...interview, redFlags: ["churn", "churn"] }] };
    expect(exportDocumentSchema.safeParse(twice).error?.issues[0]!.path).toEqual(["interviews", 0, "redFlags"]);
  });

  it("keeps a stored comp exactly as written: valid comps pass unchanged, defaults not filled in", () => {
    fc.assert(
      fc.property(compArbitrary, (comp) => {
        const parsed = storedComp.parse(comp);
        expect(parsed).toBe(comp);
        expect(parsed).toEqual(JSON.parse(JSON.stringify(comp)));
      }),
      { numRuns: 200 },
    );
    expect(storedComp.parse({ currency: "USD", base: 1 })).toEqual({ currency: "USD", base: 1 });
  });

  it("names the path of a comp's fault inside the document", () => {
    const result = storedComp.safeParse({
      currency: "USD",
      base: 1,
      signOn: [{ amount: 5, clawback: { kind: "full" } }],
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["signOn.0.clawback.months"]);
  });

  it("names the new tables in a summary", () => {
    const counts = { offers: 2, negotiationEvents: 1, compDataPoints: 3, offerPreferences: 1, timingSettings: 1 };
    expect(describeTableCounts(counts)).toBe(
      "2 offers, 1 negotiation event, 3 market data points, 1 set of offer preferences, 1 set of planner settings",
    );
  });
});
