import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { emptyDocument } from "../../../test-support/backups.js";
import { NOW } from "../../../test-support/server-harness.js";
import { ID, sampleComp, sampleDocument } from "./data-transfer-sample.js";
import { content } from "./data-transfer-versions.js";
import { transferSuite } from "./data-transfer-suite.js";

/** What the JSON import refuses, naming the field, and that a refused file changes nothing. */
describe.each(testDrivers())("JSON import refusals on %s", (kind) => {
  const { api, exported } = transferSuite(kind);

  it.each<[string, (doc: Record<string, unknown>) => unknown, string, RegExp]>([
    ["a newer version", (d) => ({ ...d, version: 5 }), "version", /must be 1, 2, 3 or 4: .*reads versions 1 to 4/],
    ["version 0", (d) => ({ ...d, version: 0 }), "version", /must be 1, 2, 3 or 4/],
    ["another format", (d) => ({ ...d, format: "huntr" }), "format", /not a Loopwise export/],
    ["not an object", () => [1, 2], "body", /expected object/],
    [
      "a dangling reference",
      (d) => ({ ...d, tasks: [{ ...sampleDocument().tasks[1]!, contactId: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eff" }] }),
      "tasks.0.contactId",
      /must be the id of a contact in this file/,
    ],
    [
      "a bad field",
      (d) => ({ ...d, companies: [{ ...sampleDocument().companies[0]!, tier: 4 }, sampleDocument().companies[1]] }),
      "companies.0.tier",
      /1, 2 or 3/,
    ],
    [
      "an unknown field",
      (d) => ({ ...d, contacts: [{ ...sampleDocument().contacts[0]!, nickname: "Z" }, sampleDocument().contacts[1]] }),
      "contacts.0.nickname",
      /not a known field/,
    ],
    ["a missing table", (d) => ({ ...d, outreach: undefined }), "outreach", /expected array/],
    [
      "an id twice",
      (d) => ({ ...d, stageHistory: [...sampleDocument().stageHistory, sampleDocument().stageHistory[0]] }),
      "stageHistory.5.id",
      /appears twice/,
    ],
    [
      "an interview loop",
      (d) => ({
        ...d,
        interviews: sampleDocument().interviews.map((v) => (v.id === ID.loop ? { ...v, parentId: ID.session } : v)),
      }),
      "interviews.0.parentId",
      /loop/,
    ],
    [
      "an end before the start",
      (d) => ({
        ...d,
        interviews: sampleDocument().interviews.map((v) =>
          v.id === ID.session ? { ...v, endsAt: "2025-01-20T09:00:00.000000Z" } : v,
        ),
      }),
      "interviews.1.endsAt",
      /after startsAt/,
    ],
    [
      "a NUL character",
      (d) => ({
        ...d,
        companies: [{ ...sampleDocument().companies[0]!, notes: "a\u0000b" }, sampleDocument().companies[1]],
      }),
      "companies.0.notes",
      /cannot be stored/,
    ],
    [
      "an unknown red flag",
      (d) => ({
        ...d,
        interviews: sampleDocument().interviews.map((v) => (v.id === ID.session ? { ...v, redFlags: ["rude"] } : v)),
      }),
      "interviews.1.redFlags.0",
      /long_hours/,
    ],
    [
      "a version 2 interview without red flags",
      (d) => ({ ...d, interviews: sampleDocument().interviews.map(({ redFlags: _, ...v }) => v) }),
      "interviews.0.redFlags",
      /expected array/,
    ],
    ["a version 2 file without an offer table", (d) => ({ ...d, offers: undefined }), "offers", /expected array/],
    [
      "a timing override out of range",
      (d) => ({
        ...d,
        applications: sampleDocument().applications.map((a, i) =>
          i === 0 ? { ...a, timingOverrides: { stages: { onsite: { passRate: 2 } } } } : a,
        ),
      }),
      "applications.0.timingOverrides.stages.onsite.passRate",
      /0 to 1/,
    ],
    [
      "a version 3 application without its timing overrides",
      (d) => ({ ...d, applications: sampleDocument().applications.map(({ timingOverrides: _, ...a }) => a) }),
      "applications.0.timingOverrides",
      /expected/,
    ],
    [
      "timing settings whose window ends before it starts",
      (d) => ({
        ...d,
        timingSettings: [
          { constraints: { decisionWindow: { start: "2025-03-20", end: "2025-03-19" } }, updatedAt: NOW },
        ],
      }),
      "timingSettings.0.constraints.decisionWindow.end",
      /before start/,
    ],
    [
      "two rows of timing settings",
      (d) => ({ ...d, timingSettings: [...sampleDocument().timingSettings, ...sampleDocument().timingSettings] }),
      "timingSettings",
      /one row at most/,
    ],
    [
      "an offer's comp that the API would refuse",
      (d) => ({ ...d, offers: [{ ...sampleDocument().offers[0]!, comp: { ...sampleComp(), base: -1 } }] }),
      "offers.0.comp.base",
      /cannot be negative/,
    ],
    [
      "a custom schedule that does not sum to 1",
      (d) => ({
        ...d,
        offers: [
          {
            ...sampleDocument().offers[0]!,
            comp: {
              ...sampleComp(),
              equity: [{ kind: "rsu", grantValue: 1, schedule: { events: [{ month: 12, fraction: 0.5 }] } }],
            },
          },
        ],
      }),
      "offers.0.comp.equity.0.schedule.events",
      /fractions must sum to 1/,
    ],
    [
      "an event's comp with an unknown preset",
      (d) => ({
        ...d,
        negotiationEvents: sampleDocument().negotiationEvents.map((e) =>
          e.id === ID.counter
            ? { ...e, after: { ...sampleComp(), refreshers: { annualValue: 1, schedule: "5y" } } }
            : e,
        ),
      }),
      "negotiationEvents.1.after.refreshers.schedule",
      /preset/,
    ],
    [
      "a NUL inside a comp",
      (d) => ({
        ...d,
        offers: [
          {
            ...sampleDocument().offers[0]!,
            comp: { ...sampleComp(), otherYearly: [{ label: "a\u0000b", amount: 1 }] },
          },
        ],
      }),
      "offers.0.comp",
      /cannot be stored/,
    ],
    [
      "an offer on an application not in the file",
      (d) => ({
        ...d,
        offers: [{ ...sampleDocument().offers[0]!, applicationId: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eff" }],
      }),
      "offers.0.applicationId",
      /must be the id of an application in this file/,
    ],
    [
      "two offers on one application",
      (d) => ({
        ...d,
        offers: [
          sampleDocument().offers[0]!,
          { ...sampleDocument().offers[0]!, id: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e8f" },
        ],
      }),
      "offers.1.applicationId",
      /one offer per application/,
    ],
    [
      "an event of an offer not in the file",
      (d) => ({ ...d, offers: [] }),
      "negotiationEvents.0.offerId",
      /must be the id of an offer in this file/,
    ],
    [
      "a data point with money as a fraction of a minor unit",
      (d) => ({ ...d, compDataPoints: [{ ...sampleDocument().compDataPoints[0]!, totalMinor: 10.5 }] }),
      "compDataPoints.0.totalMinor",
      /whole number/,
    ],
    [
      "two rows of offer preferences",
      (d) => ({ ...d, offerPreferences: [...sampleDocument().offerPreferences, ...sampleDocument().offerPreferences] }),
      "offerPreferences",
      /one row at most/,
    ],
    [
      "a weight out of range",
      (d) => ({ ...d, offerPreferences: [{ ...sampleDocument().offerPreferences[0]!, weights: { growth: 11 } }] }),
      "offerPreferences.0.weights.growth",
      /0 to 10/,
    ],
    ["a local time without offset", (d) => ({ ...d, exportedAt: "2025-02-28T09:00:00" }), "exportedAt", /offset/],
  ])("refuses %s with a 400 naming the path, and writes nothing", async (_, spoil, field, message) => {
    const res = await api.call("POST", "/api/import/json", spoil(sampleDocument() as never));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(res.body.error.fields[field]).toMatch(message);
    expect(res.body.error.message).toMatch(/nothing was written/);
    expect(content(await exported())).toEqual(content(emptyDocument(NOW)));
  });

  it("refuses a body that is not JSON, or too large, with a 4xx", async () => {
    const notJson = await api.call("POST", "/api/import/json", undefined, { raw: "{not json" });
    expect(notJson.status).toBe(400);
    const huge = await api.request("/api/import/json", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(65 * 1024 * 1024) },
      body: "{}",
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe("too_large");
  });

  it("accepts a file over the app's usual 1 MB limit", async () => {
    const doc = sampleDocument();
    doc.companies[1]!.notes = "x".repeat(20_000);
    const big = { ...doc, tasks: [...doc.tasks] };
    for (let i = 0; i < 120; i++) {
      big.tasks.push({
        ...doc.tasks[1]!,
        id: `0b1f6c4e-1a2b-4c3d-8e4f-${String(i).padStart(12, "0")}`,
        notes: "y".repeat(19_000),
      });
    }
    const body = JSON.stringify(big);
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await api.call("POST", "/api/import/json", undefined, { raw: body });
    expect(res.status).toBe(200);
    expect(res.body.created.tasks).toBe(122);
  });
});
