import { testDrivers } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { afterAll, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite } from "../../../test-support/server-harness.js";
import { testJudge } from "./practice-fixtures.js";

/** The bank with the user's progress: the list, a problem's page, drafts and notes (runs: practice-runs.test.ts). */

const LAMP = "/api/problems/lamp-post-gaps";

describe.each(testDrivers())("practice problem routes on %s", (kind) => {
  const judge = testJudge();
  afterAll(() => judge.close());
  let asUser: UserId | undefined;
  const suite = apiSuite(kind, { practice: judge, resolveUser: async () => asUser ?? suite.user() });
  const api = suite.api;

  async function as<T>(user: UserId, work: () => Promise<T>): Promise<T> {
    asUser = user;
    try {
      return await work();
    } finally {
      asUser = undefined;
    }
  }

  it("lists the bank with each problem new, and a summary over all of it", async () => {
    const res = await api.call("GET", "/api/problems");
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([
      {
        slug: "lamp-post-gaps",
        title: "Dark stretches between lamp posts",
        difficulty: "easy",
        topics: ["arrays-hashing"],
        estimateMinutes: 10,
        status: "new",
        lastAttempt: null,
      },
      expect.objectContaining({ slug: "tally-counter", topics: ["design"], status: "new" }),
    ]);
    expect(res.body.summary).toEqual({
      total: 2,
      byStatus: { new: 2, attempted: 0, solved: 0 },
      byTopic: [
        { topic: "arrays-hashing", total: 1, solved: 0 },
        { topic: "design", total: 1, solved: 0 },
      ],
    });
  });

  it.each([
    ["topic=design", ["tally-counter"]],
    ["difficulty=easy", ["lamp-post-gaps", "tally-counter"]],
    ["difficulty=hard", []],
    ["status=new", ["lamp-post-gaps", "tally-counter"]],
    ["status=solved", []],
    ["q=LAMP", ["lamp-post-gaps"]],
    ["q=reading%20room", ["tally-counter"]],
    ["q=street%20walkers", ["lamp-post-gaps"]],
    ["q=street%20clicker", []],
    ["topic=&difficulty=&q=", ["lamp-post-gaps", "tally-counter"]],
  ])("filters by %s", async (query, slugs) => {
    const res = await api.call("GET", `/api/problems?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.problems.map((p: { slug: string }) => p.slug)).toEqual(slugs);
    expect(res.body.summary.total).toBe(2);
  });

  it.each([
    ["topic=sorting", "topic"],
    ["difficulty=trivial", "difficulty"],
    ["status=done", "status"],
    [`q=${"x".repeat(101)}`, "q"],
    ["sort=title", "sort"],
  ])("refuses the query %s, naming the parameter", async (query, field) => {
    const res = await api.call("GET", `/api/problems?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(Object.keys(res.body.error.fields)).toEqual([field]);
  });

  it("answers a problem's page: statement, examples, starters, and no hidden case", async () => {
    const res = await api.call("GET", LAMP);
    expect(res.status).toBe(200);
    const problem = res.body.problem;
    expect(problem).toMatchObject({
      slug: "lamp-post-gaps",
      status: "new",
      compare: "exact",
      timeLimitMs: 1000,
      memoryLimitMb: 256,
      hiddenCount: 4,
      largeCases: true,
      drafts: [],
      notes: null,
      lastLanguage: null,
      signature: { function: { name: "widestGap", params: [{ name: "posts", type: "int[]" }], returns: "int" } },
    });
    expect(problem.statement).toMatch(/## Examples/);
    expect(problem.examples).toEqual([
      { args: [[0, 4, 10, 12]], expected: 6, note: "the middle stretch" },
      { args: [[7]], expected: 0, note: "one post" },
    ]);
    expect(problem.starters.python).toMatch(/^def widest_gap\(posts: list\[int\]\) -> int:/);
    expect(problem.starters.typescript).toMatch(/^function widestGap\(posts: number\[\]\): number/);
    expect(Object.keys(problem.starters)).toEqual(expect.arrayContaining(["python", "javascript", "typescript"]));
    // The hidden cases' inputs appear nowhere in the answer (1000000 is only in a hidden case).
    expect(JSON.stringify(res.body)).not.toContain("1000000");
    expect(JSON.stringify(res.body)).not.toContain('hidden"');

    const design = (await api.call("GET", "/api/problems/tally-counter")).body.problem;
    expect(design.signature.class.name).toBe("TallyCounter");
    expect(design.largeCases).toBe(false);
    expect(design.starters.python).toMatch(/^class TallyCounter:/);
  });

  it("answers 404 for a slug the bank does not hold, and 400 for one that is no slug", async () => {
    const missing = await api.call("GET", "/api/problems/no-such-problem");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
    const bad = await api.call("GET", "/api/problems/Not_A_Slug");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["slug"]);
    for (const [method, path, body] of [
      ["PUT", "/api/problems/no-such-problem/draft", { language: "python", code: "x" }],
      ["PUT", "/api/problems/no-such-problem/notes", { notes: "x" }],
      ["GET", "/api/problems/no-such-problem/attempts", undefined],
    ] as const) {
      expect((await api.call(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
  });

  it("saves drafts per language as they are typed, and shows them on the page", async () => {
    const first = await api.call("PUT", `${LAMP}/draft`, {
      language: "python",
      code: "def widest_gap(posts):\n    pass\n",
    });
    expect(first.status).toBe(200);
    expect(first.body.draft).toEqual({
      language: "python",
      code: "def widest_gap(posts):\n    pass\n",
      updatedAt: "2025-03-01T12:00:00.000Z",
    });
    suite.api.clock.set("2025-03-01T12:00:02.000Z");
    await api.call("PUT", `${LAMP}/draft`, { language: "python", code: "def widest_gap(posts):\n    return 1\n" });
    await api.call("PUT", `${LAMP}/draft`, { language: "typescript", code: "function widestGap() {}\n" });
    const page = (await api.call("GET", LAMP)).body.problem;
    expect(page.drafts).toEqual([
      { language: "python", code: "def widest_gap(posts):\n    return 1\n", updatedAt: "2025-03-01T12:00:02.000Z" },
      { language: "typescript", code: "function widestGap() {}\n", updatedAt: "2025-03-01T12:00:02.000Z" },
    ]);
    expect(page.lastLanguage).toBe("typescript");
    // Saving code is not attempting the problem.
    expect(page.status).toBe("new");
    // The largest draft allowed goes through, multi-byte characters counted as bytes.
    const big = "é".repeat(32 * 1024);
    expect((await api.call("PUT", `${LAMP}/draft`, { language: "python", code: big })).status).toBe(200);
  });

  it("saves and clears notes", async () => {
    const saved = await api.call("PUT", `${LAMP}/notes`, { notes: "  ## Approach\nOne pass: O(n).  " });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ notes: "## Approach\nOne pass: O(n).", updatedAt: "2025-03-01T12:00:00.000Z" });
    expect((await api.call("GET", LAMP)).body.problem.notes).toBe("## Approach\nOne pass: O(n).");
    expect((await api.call("PUT", `${LAMP}/notes`, { notes: "" })).body.notes).toBeNull();
    await api.call("PUT", `${LAMP}/notes`, { notes: "again" });
    expect((await api.call("PUT", `${LAMP}/notes`, { notes: null })).body.notes).toBeNull();
    expect((await api.call("GET", LAMP)).body.problem.notes).toBeNull();
  });

  it.each<[string, string, unknown, string]>([
    ["an unknown language", "draft", { language: "cobol", code: "x" }, "language"],
    ["no code", "draft", { language: "python" }, "code"],
    ["code over 64 KB", "draft", { language: "python", code: "é".repeat(32 * 1024 + 1) }, "code"],
    ["code with a NUL", "draft", { language: "python", code: "print(1)\u0000" }, "code"],
    ["an unknown field", "draft", { language: "python", code: "x", share: true }, "share"],
    ["no notes", "notes", {}, "notes"],
    ["notes over 20,000 characters", "notes", { notes: "n".repeat(20_001) }, "notes"],
    ["notes that are no text", "notes", { notes: 42 }, "notes"],
    ["notes with a NUL", "notes", { notes: "a\u0000b" }, "notes"],
  ])("refuses a %s, naming the field", async (_what, path, body, field) => {
    const res = await api.call("PUT", `${LAMP}/${path}`, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual([field]);
    expect((await api.call("GET", LAMP)).body.problem).toMatchObject({ drafts: [], notes: null });
  });

  it("refuses a body that is not JSON", async () => {
    const res = await api.call("PUT", `${LAMP}/draft`, undefined, {
      raw: "language=python",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ body: "must be sent as application/json" });
  });

  it("never shows one user's drafts, notes or progress to another, nor lets them change them", async () => {
    await api.call("PUT", `${LAMP}/draft`, { language: "python", code: "mine" });
    await api.call("PUT", `${LAMP}/notes`, { notes: "my approach" });
    const other = await freshUser(suite.database().db);
    await as(other, async () => {
      const page = (await api.call("GET", LAMP)).body.problem;
      expect(page).toMatchObject({ drafts: [], notes: null, lastLanguage: null, status: "new" });
      await api.call("PUT", `${LAMP}/draft`, { language: "python", code: "theirs" });
      await api.call("PUT", `${LAMP}/notes`, { notes: null });
    });
    const mine = (await api.call("GET", LAMP)).body.problem;
    expect(mine.drafts.map((d: { code: string }) => d.code)).toEqual(["mine"]);
    expect(mine.notes).toBe("my approach");
  });
});

describe("practice problem routes without a judge", () => {
  const suite = apiSuite("pglite");

  it("has no problems and runs nothing, and says so", async () => {
    const list = await suite.api.call("GET", "/api/problems");
    expect(list.body).toEqual({
      problems: [],
      summary: { total: 0, byStatus: { new: 0, attempted: 0, solved: 0 }, byTopic: [] },
    });
    expect((await suite.api.call("GET", LAMP)).status).toBe(404);
    const languages = await suite.api.call("GET", "/api/languages");
    expect(languages.body).toEqual({
      languages: [],
      isolation: "refused",
      warning: expect.stringMatching(/not set up/),
    });
    const run = await suite.api.call("POST", "/api/runs", { language: "python", source: "print(1)", mode: "run" });
    expect(run.status).toBe(503);
    expect(run.body.error).toEqual({ code: "unavailable", message: expect.stringMatching(/not set up/) });
  });
});
