import { testDrivers } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW } from "../../../test-support/server-harness.js";

/** Problems tracked from other sites, by name and link only, and the attempts logged on them. */

const PAIRS = {
  name: "Pairs that add up",
  url: "https://example.com/contest/7/pairs",
  difficulty: "medium",
  topics: ["arrays-hashing", "two-pointers"],
  notes: "Sort, then two pointers.",
};
const MISSING = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eff";

describe.each(testDrivers())("tracked problem routes on %s", (kind) => {
  let asUser: UserId | undefined;
  const suite = apiSuite(kind, { resolveUser: async () => asUser ?? suite.user() });
  const api = suite.api;

  async function add(body: Record<string, unknown> = PAIRS): Promise<string> {
    const res = await api.call("POST", "/api/tracked-problems", body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.trackedProblem.id;
  }

  it("adds, lists, changes and deletes a tracked problem", async () => {
    const created = await api.call("POST", "/api/tracked-problems", { ...PAIRS, name: "  Pairs that add up  " });
    expect(created.status).toBe(201);
    const id = created.body.trackedProblem.id;
    expect(created.body.trackedProblem).toEqual({
      id,
      ...PAIRS,
      status: "new",
      attemptCount: 0,
      lastAttempt: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    suite.api.clock.set("2025-03-01T12:30:00.000Z");
    const minimal = await add({ name: "Interval merge, the hard one" });
    const list = (await api.call("GET", "/api/tracked-problems")).body.trackedProblems;
    expect(list.map((p: { id: string }) => p.id)).toEqual([id, minimal]);
    expect(list[1]).toMatchObject({ url: null, difficulty: null, topics: [], notes: null });

    suite.api.clock.set("2025-03-02T08:00:00.000Z");
    const patched = await api.call("PATCH", `/api/tracked-problems/${id}`, {
      difficulty: null,
      topics: ["greedy"],
      url: null,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.trackedProblem).toMatchObject({
      name: PAIRS.name,
      difficulty: null,
      topics: ["greedy"],
      url: null,
      notes: PAIRS.notes,
      updatedAt: "2025-03-02T08:00:00.000Z",
    });
    expect((await api.call("DELETE", `/api/tracked-problems/${id}`)).status).toBe(204);
    expect(
      (await api.call("GET", "/api/tracked-problems")).body.trackedProblems.map((p: { id: string }) => p.id),
    ).toEqual([minimal]);
    expect((await api.call("DELETE", `/api/tracked-problems/${id}`)).status).toBe(404);
  });

  it("logs attempts: attempted after any, solved after one solved on its own, newest first", async () => {
    const id = await add();
    const failed = await api.call("POST", `/api/tracked-problems/${id}/attempts`, {
      verdict: "failed",
      durationSeconds: 1800,
      interview: true,
      notes: "Ran out of time",
    });
    expect(failed.status).toBe(201);
    expect(failed.body.attempt).toEqual({
      id: failed.body.attempt.id,
      trackedProblemId: id,
      verdict: "failed",
      language: null,
      durationSeconds: 1800,
      interview: true,
      notes: "Ran out of time",
      createdAt: NOW,
    });
    const get = async () => (await api.call("GET", "/api/tracked-problems")).body.trackedProblems[0];
    expect(await get()).toMatchObject({ status: "attempted", attemptCount: 1 });

    suite.api.clock.set("2025-03-01T13:00:00.000Z");
    await api.call("POST", `/api/tracked-problems/${id}/attempts`, { verdict: "solved_with_hints", language: "cpp" });
    expect(await get()).toMatchObject({
      status: "attempted",
      attemptCount: 2,
      lastAttempt: { verdict: "solved_with_hints", language: "cpp" },
    });

    suite.api.clock.set("2025-03-01T14:00:00.000Z");
    await api.call("POST", `/api/tracked-problems/${id}/attempts`, { verdict: "solved" });
    expect(await get()).toMatchObject({ status: "solved", attemptCount: 3, updatedAt: "2025-03-01T14:00:00.000Z" });
    const history = (await api.call("GET", `/api/tracked-problems/${id}/attempts`)).body.attempts;
    expect(history.map((a: { verdict: string }) => a.verdict)).toEqual(["solved", "solved_with_hints", "failed"]);
    // Attempts elsewhere are not bank attempts.
    expect((await api.call("GET", "/api/problems")).body.summary.byStatus.solved).toBe(0);
  });

  it.each<[string, string, string, unknown, string]>([
    ["no name", "POST", "", { url: "https://example.com" }, "name"],
    ["a blank name", "POST", "", { name: "   " }, "name"],
    ["a name over 200 characters", "POST", "", { name: "n".repeat(201) }, "name"],
    ["a link that is not http(s)", "POST", "", { name: "x", url: "javascript:alert(1)" }, "url"],
    ["an unknown difficulty", "POST", "", { name: "x", difficulty: "brutal" }, "difficulty"],
    ["an unknown topic", "POST", "", { name: "x", topics: ["sorting"] }, "topics.0"],
    ["a topic twice", "POST", "", { name: "x", topics: ["greedy", "greedy"] }, "topics"],
    ["six topics", "POST", "", { name: "x", topics: ["greedy", "math", "trees", "tries", "heaps", "stack"] }, "topics"],
    ["an unknown field", "POST", "", { name: "x", statement: "copied" }, "statement"],
    ["a name with a NUL", "POST", "", { name: "a\u0000b" }, "name"],
    ["notes with a NUL", "POST", "/:id/attempts", { verdict: "solved", notes: "a\u0000b" }, "notes"],
    ["a patch with a null name", "PATCH", "/:id", { name: null }, "name"],
    ["an attempt without a verdict", "POST", "/:id/attempts", { durationSeconds: 10 }, "verdict"],
    ["an attempt with a judge's verdict", "POST", "/:id/attempts", { verdict: "accepted" }, "verdict"],
    [
      "an attempt over a day long",
      "POST",
      "/:id/attempts",
      { verdict: "solved", durationSeconds: 86_401 },
      "durationSeconds",
    ],
    [
      "an attempt in an unknown language",
      "POST",
      "/:id/attempts",
      { verdict: "solved", language: "cobol" },
      "language",
    ],
  ])("refuses %s, naming the field", async (_what, method, path, body, field) => {
    const id = await add();
    const res = await api.call(method, `/api/tracked-problems${path.replace(":id", id)}`, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual([field]);
    expect((await api.call("GET", "/api/tracked-problems")).body.trackedProblems).toEqual([
      expect.objectContaining({ ...PAIRS, attemptCount: 0 }),
    ]);
  });

  it("answers 400 for an id that is no id and 404 for one the user does not have", async () => {
    expect((await api.call("PATCH", "/api/tracked-problems/42", { name: "x" })).body.error.fields).toEqual({
      id: "must be an id (UUID)",
    });
    for (const [method, path, body] of [
      ["PATCH", "", { name: "x" }],
      ["DELETE", "", undefined],
      ["GET", "/attempts", undefined],
      ["POST", "/attempts", { verdict: "solved" }],
    ] as const) {
      expect(
        (await api.call(method, `/api/tracked-problems/${MISSING}${path}`, body)).status,
        `${method} ${path}`,
      ).toBe(404);
    }
  });

  it("never lets another user read, change, delete or log on a tracked problem", async () => {
    const id = await add();
    await api.call("POST", `/api/tracked-problems/${id}/attempts`, { verdict: "failed", notes: "private" });
    const other = await freshUser(suite.database().db);
    asUser = other;
    try {
      expect((await api.call("GET", "/api/tracked-problems")).body.trackedProblems).toEqual([]);
      expect((await api.call("GET", `/api/tracked-problems/${id}/attempts`)).status).toBe(404);
      expect((await api.call("PATCH", `/api/tracked-problems/${id}`, { name: "Mine now" })).status).toBe(404);
      expect((await api.call("POST", `/api/tracked-problems/${id}/attempts`, { verdict: "solved" })).status).toBe(404);
      expect((await api.call("DELETE", `/api/tracked-problems/${id}`)).status).toBe(404);
    } finally {
      asUser = undefined;
    }
    const mine = (await api.call("GET", "/api/tracked-problems")).body.trackedProblems;
    expect(mine).toEqual([expect.objectContaining({ name: PAIRS.name, status: "attempted", attemptCount: 1 })]);
  });
});
