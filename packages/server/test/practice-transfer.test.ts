import { testDrivers } from "@loopwise/db/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { memoryBackups } from "../../../test-support/backups.js";
import { apiSuite } from "../../../test-support/server-harness.js";
import { sampleDocument } from "./data-transfer-sample.js";
import { wipeAllData } from "./data-transfer-suite.js";
import { content, sampleDocumentV3 } from "./data-transfer-versions.js";
import { testJudge } from "./practice-fixtures.js";
import { PRACTICE_ID } from "./practice-sample.js";

/** The practice tables in the export document (version 4): export, import, restore, and older files. */

const LAMP = "/api/problems/lamp-post-gaps";
const PRACTICE_TABLES = ["trackedProblems", "practiceAttempts", "practiceProgress", "practiceDrafts"] as const;

describe.each(testDrivers())("practice data in the export document on %s", (kind) => {
  const judge = testJudge();
  afterAll(() => judge.close());
  const backups = memoryBackups();
  const suite = apiSuite(kind, { practice: judge, backups: backups.store });
  const api = suite.api;
  afterEach(() => wipeAllData(suite.database()));
  const exported = async () => (await api.call("GET", "/api/export")).body;

  it("exports what the practice API wrote, and imports it back the same", async () => {
    await api.call("PUT", `${LAMP}/draft`, { language: "python", code: "def widest_gap(posts):\n    pass\n" });
    await api.call("PUT", `${LAMP}/notes`, { notes: "One pass." });
    const tracked = (await api.call("POST", "/api/tracked-problems", { name: "Pairs that add up", topics: ["greedy"] }))
      .body.trackedProblem;
    await api.call("POST", `/api/tracked-problems/${tracked.id}/attempts`, { verdict: "solved", durationSeconds: 900 });
    const run = await api.call("POST", "/api/runs", {
      language: "python",
      source: "def widest_gap(p):\n    return 0\n",
      problem: "lamp-post-gaps",
      mode: "submit",
    });
    expect(run.body.verdict).toBe("wrong_answer");

    const doc = await exported();
    expect(doc.version).toBe(4);
    expect(doc.practiceProgress).toEqual([
      {
        slug: "lamp-post-gaps",
        status: "attempted",
        lastLanguage: "python",
        notes: "One pass.",
        updatedAt: "2025-03-01T12:00:00.000Z",
      },
    ]);
    expect(doc.practiceDrafts).toEqual([
      {
        slug: "lamp-post-gaps",
        language: "python",
        code: "def widest_gap(posts):\n    pass\n",
        updatedAt: "2025-03-01T12:00:00.000Z",
      },
    ]);
    expect(doc.trackedProblems).toEqual([
      expect.objectContaining({ id: tracked.id, name: "Pairs that add up", topics: ["greedy"] }),
    ]);
    expect(doc.practiceAttempts).toHaveLength(2);
    expect(doc.practiceAttempts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          trackedProblemId: tracked.id,
          verdict: "solved",
          durationSeconds: 900,
          code: null,
          mode: null,
        }),
        expect.objectContaining({
          slug: "lamp-post-gaps",
          mode: "submit",
          verdict: "wrong_answer",
          passed: 2,
          total: 7, // 2 visible, 4 hidden and 1 generated
        }),
      ]),
    );

    // A restore of that file on an emptied account gives the same file back.
    await api.call("POST", "/api/restore", { ...doc, ...Object.fromEntries(PRACTICE_TABLES.map((t) => [t, []])) });
    expect((await exported()).practiceDrafts).toEqual([]);
    const restored = await api.call("POST", "/api/restore", doc);
    expect(restored.status).toBe(200);
    expect(content(await exported())).toEqual(content(doc));
  });

  it("imports the sample's practice, which the practice API then shows", async () => {
    const res = await api.call("POST", "/api/import/json", sampleDocument());
    expect(res.status).toBe(200);
    expect(res.body.created).toMatchObject({
      trackedProblems: 1,
      practiceAttempts: 2,
      practiceProgress: 1,
      practiceDrafts: 2,
    });
    const doc = await exported();
    for (const table of PRACTICE_TABLES) expect(doc[table], table).toEqual(sampleDocument()[table]);

    const problem = (await api.call("GET", LAMP)).body.problem;
    expect(problem).toMatchObject({
      status: "attempted",
      lastLanguage: "python",
      notes: sampleDocument().practiceProgress[0]!.notes,
    });
    expect(problem.drafts.map((d: { language: string }) => d.language)).toEqual(["python", "typescript"]);
    const attempts = (await api.call("GET", `${LAMP}/attempts`)).body.attempts;
    expect(attempts).toEqual([
      expect.objectContaining({ id: PRACTICE_ID.bankAttempt, interview: true, passed: 1, total: 6 }),
    ]);
    const tracked = (await api.call("GET", "/api/tracked-problems")).body.trackedProblems;
    expect(tracked).toEqual([
      expect.objectContaining({
        id: PRACTICE_ID.tracked,
        status: "attempted",
        attemptCount: 1,
        lastAttempt: expect.objectContaining({ verdict: "solved_with_hints" }),
      }),
    ]);
  });

  it("keeps the user's own progress and drafts on a problem the file also has", async () => {
    await api.call("PUT", `${LAMP}/draft`, { language: "python", code: "my own draft" });
    const res = await api.call("POST", "/api/import/json", sampleDocument());
    expect(res.body.created).toMatchObject({ practiceProgress: 0, practiceDrafts: 1 });
    expect(res.body.skipped).toMatchObject({ practiceProgress: 1, practiceDrafts: 1 });
    const drafts = (await api.call("GET", LAMP)).body.problem.drafts;
    expect(drafts.map((d: { code: string }) => d.code)).toEqual([
      "my own draft",
      sampleDocument().practiceDrafts[1]!.code,
    ]);
  });

  it("reads a version 3 file: no practice tables, and the user's practice is left as it was", async () => {
    await api.call("PUT", `${LAMP}/notes`, { notes: "kept" });
    const res = await api.call("POST", "/api/import/json", sampleDocumentV3());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.created).toMatchObject({
      trackedProblems: 0,
      practiceAttempts: 0,
      practiceProgress: 0,
      practiceDrafts: 0,
    });
    const doc = await exported();
    expect(doc.version).toBe(4);
    expect(doc.practiceProgress).toEqual([expect.objectContaining({ notes: "kept" })]);
    expect(doc.trackedProblems).toEqual([]);
  });

  it.each<[string, (doc: ReturnType<typeof sampleDocument>) => unknown, string]>([
    [
      "an attempt at both a bank and a tracked problem",
      (d) => ({ ...d, practiceAttempts: [{ ...d.practiceAttempts[0]!, trackedProblemId: PRACTICE_ID.tracked }] }),
      "practiceAttempts.0.trackedProblemId",
    ],
    [
      "an attempt at a tracked problem not in the file",
      (d) => ({ ...d, trackedProblems: [], practiceAttempts: [d.practiceAttempts[1]!] }),
      "practiceAttempts.0.trackedProblemId",
    ],
    [
      "a bank attempt without its code",
      (d) => ({ ...d, practiceAttempts: [{ ...d.practiceAttempts[0]!, code: null }] }),
      "practiceAttempts.0.code",
    ],
    [
      "a tracked attempt with a judge's verdict",
      (d) => ({ ...d, practiceAttempts: [{ ...d.practiceAttempts[1]!, verdict: "accepted" }] }),
      "practiceAttempts.0.verdict",
    ],
    [
      "more passed cases than cases",
      (d) => ({ ...d, practiceAttempts: [{ ...d.practiceAttempts[0]!, passed: 7 }] }),
      "practiceAttempts.0.passed",
    ],
    [
      "an unknown status",
      (d) => ({ ...d, practiceProgress: [{ ...d.practiceProgress[0]!, status: "mastered" }] }),
      "practiceProgress.0.status",
    ],
    [
      "a slug that is no slug",
      (d) => ({ ...d, practiceProgress: [{ ...d.practiceProgress[0]!, slug: "../x" }] }),
      "practiceProgress.0.slug",
    ],
    [
      "a draft twice",
      (d) => ({ ...d, practiceDrafts: [d.practiceDrafts[0]!, d.practiceDrafts[0]!] }),
      "practiceDrafts.1.language",
    ],
    [
      "a draft in an unknown language",
      (d) => ({ ...d, practiceDrafts: [{ ...d.practiceDrafts[0]!, language: "cobol" }] }),
      "practiceDrafts.0.language",
    ],
    [
      "a tracked problem with six topics",
      (d) => ({
        ...d,
        trackedProblems: [{ ...d.trackedProblems[0]!, topics: ["math", "greedy", "trees", "tries", "heaps", "stack"] }],
      }),
      "trackedProblems.0.topics",
    ],
    ["a version 4 file without its drafts", ({ practiceDrafts: _, ...d }) => d, "practiceDrafts"],
  ])("refuses %s, naming the field, before writing anything", async (_what, spoil, field) => {
    const res = await api.call("POST", "/api/import/json", spoil(sampleDocument()));
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty([field]);
    const doc = await exported();
    for (const table of PRACTICE_TABLES) expect(doc[table], table).toEqual([]);
    expect(doc.companies).toEqual([]);
  });
});
