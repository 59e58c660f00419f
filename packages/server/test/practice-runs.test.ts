import { testDrivers } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { afterAll, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite } from "../../../test-support/server-harness.js";
import { judgeWithout, refusingJudge, solution, SOURCES, testJudge } from "./practice-fixtures.js";

/** POST /api/runs and GET /api/languages over the real sandboxed judge, on the test bank. */

const LAMP = "/api/problems/lamp-post-gaps";
const submit = (source: string, extra: Record<string, unknown> = {}) => ({
  language: "python",
  source,
  problem: "lamp-post-gaps",
  mode: "submit",
  ...extra,
});

describe.each(testDrivers())("practice runs on %s", (kind) => {
  // As on a machine without Go: the judge runs what its toolchains are found for, no more.
  const judge = judgeWithout(testJudge(), "go");
  afterAll(() => judge.close());
  let asUser: UserId | undefined;
  const suite = apiSuite(kind, { practice: judge, resolveUser: async () => asUser ?? suite.user() });
  const api = suite.api;

  async function run(body: unknown) {
    const res = await api.call("POST", "/api/runs", body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it("names the languages this machine runs and how runs are isolated", async () => {
    const res = await api.call("GET", "/api/languages");
    expect(res.status).toBe(200);
    expect(res.body.languages.map((l: { id: string }) => l.id)).toEqual(
      expect.arrayContaining(["python", "javascript", "typescript"]),
    );
    expect(res.body.languages.find((l: { id: string }) => l.id === "python").version).toMatch(/^Python 3\./);
    expect(["bubblewrap", "limits-only"]).toContain(res.body.isolation);
    // A warning exactly when runs are less isolated than they should be.
    expect(res.body.warning === undefined).toBe(res.body.isolation === "bubblewrap");
  });

  it("runs a program on custom input and records nothing", async () => {
    const answer = await run({ language: "python", source: "print(input()[::-1])", mode: "run", stdin: "lamp\n" });
    expect(answer).toMatchObject({ verdict: "ok", stdout: "pmal\n" });
    expect(answer.attempt).toBeUndefined();
    expect((await api.call("GET", `${LAMP}/attempts`)).body.attempts).toEqual([]);
  });

  it("judges a wrong submit with a diff on the visible case, then an accepted one; solved stays solved", async () => {
    const wrong = await run(
      submit(solution("lamp-post-gaps", "whole-street.py"), { durationSeconds: 240, interview: true }),
    );
    expect(wrong.verdict).toBe("wrong_answer");
    const [first] = wrong.cases;
    expect(first).toMatchObject({
      number: 1,
      hidden: false,
      verdict: "wrong_answer",
      input: { posts: [0, 4, 10, 12] },
      expected: 6,
      actual: 12,
    });
    expect(typeof first.diff).toBe("string");
    for (const hidden of wrong.cases.filter((c: { hidden: boolean }) => c.hidden)) {
      expect(hidden).not.toHaveProperty("input");
      expect(hidden).not.toHaveProperty("expected");
    }
    expect(wrong.attempt).toMatchObject({
      slug: "lamp-post-gaps",
      mode: "submit",
      verdict: "wrong_answer",
      // 2 visible, 4 hidden in tests.json, and the one large.ts generates.
      total: 7,
      durationSeconds: 240,
      interview: true,
    });
    expect(
      (await api.call("GET", "/api/problems?status=attempted")).body.problems.map((p: { slug: string }) => p.slug),
    ).toEqual(["lamp-post-gaps"]);

    suite.api.clock.set("2025-03-01T12:01:00.000Z");
    const right = await run(submit(solution("lamp-post-gaps", "reference.py")));
    expect(right.verdict).toBe("accepted");
    expect(right.cases).toHaveLength(7);
    expect(right.attempt).toMatchObject({
      verdict: "accepted",
      passed: 7,
      total: 7,
      interview: false,
      durationSeconds: null,
    });

    suite.api.clock.set("2025-03-01T12:02:00.000Z");
    await run(submit("def widest_gap(posts):\n    return -1\n"));
    const list = (await api.call("GET", "/api/problems")).body;
    expect(list.problems[0]).toMatchObject({
      status: "solved",
      lastAttempt: {
        mode: "submit",
        language: "python",
        verdict: "wrong_answer",
        createdAt: "2025-03-01T12:02:00.000Z",
      },
    });
    expect(list.summary.byStatus).toEqual({ new: 1, attempted: 0, solved: 1 });

    const history = (await api.call("GET", `${LAMP}/attempts`)).body.attempts;
    expect(history.map((a: { verdict: string }) => a.verdict)).toEqual(["wrong_answer", "accepted", "wrong_answer"]);
    expect(history[1].code).toBe(solution("lamp-post-gaps", "reference.py"));
  });

  it("runs the examples of a problem in TypeScript: recorded as a run, which never solves", async () => {
    const answer = await run({
      language: "typescript",
      source: SOURCES.widestGapTs,
      problem: "lamp-post-gaps",
      mode: "run",
    });
    expect(answer.verdict).toBe("accepted");
    expect(answer.cases).toHaveLength(2);
    expect(answer.attempt).toMatchObject({ mode: "run", language: "typescript", passed: 2, total: 2 });
    const page = (await api.call("GET", LAMP)).body.problem;
    expect(page).toMatchObject({ status: "attempted", lastLanguage: "typescript" });
  });

  it("judges a design problem in JavaScript, and a runtime error with its line", async () => {
    const accepted = await run({
      language: "javascript",
      source: SOURCES.tallyCounterJs,
      problem: "tally-counter",
      mode: "submit",
    });
    expect(accepted.verdict).toBe("accepted");
    const crash = await run({
      language: "python",
      source:
        "class TallyCounter:\n    def __init__(self, start):\n        self.count = start\n\n    def click(self):\n        return self.missing + 1\n",
      problem: "tally-counter",
      mode: "submit",
    });
    expect(crash.verdict).toBe("runtime_error");
    expect(crash.attempt).toMatchObject({ verdict: "runtime_error", passed: 0 });
    const error = crash.error ?? crash.cases?.find((c: { error?: unknown }) => c.error)?.error;
    expect(error.message).toMatch(/missing/);
    expect(error.line).toBe(6);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an unknown mode", { language: "python", source: "x", mode: "walk" }, "mode"],
    ["an unknown language", { language: "cobol", source: "x", mode: "run" }, "language"],
    ["a language this machine does not run", { language: "go", source: "package main", mode: "run" }, "language"],
    ["a submit without a problem", { language: "python", source: "x", mode: "submit" }, "problem"],
    ["custom input with a problem", { ...submit("x"), mode: "run", stdin: "1" }, "stdin"],
    ["a problem the bank does not hold", submit("x", { problem: "no-such-problem" }), "problem"],
    ["a problem that is no slug", submit("x", { problem: "../etc" }), "problem"],
    ["no source", { language: "python", mode: "run" }, "source"],
    ["a source with a NUL", submit("print(1)\u0000"), "source"],
    ["a source over 64 KB", { language: "python", source: "#".repeat(64 * 1024 + 1), mode: "run" }, "source"],
    [
      "custom input over 64 KB",
      { language: "python", source: "x", mode: "run", stdin: "1".repeat(64 * 1024 + 1) },
      "stdin",
    ],
    ["a negative duration", submit("x", { durationSeconds: -1 }), "durationSeconds"],
    ["an interview flag that is no boolean", submit("x", { interview: "yes" }), "interview"],
    ["an unknown field", submit("x", { timeout: 10 }), "timeout"],
  ])("refuses %s, naming the field, and records nothing", async (_what, body, field) => {
    const res = await api.call("POST", "/api/runs", body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual([field]);
    expect((await api.call("GET", `${LAMP}/attempts`)).body.attempts).toEqual([]);
  });

  it("never shows one user's attempts or status to another", async () => {
    await run(submit(solution("lamp-post-gaps", "reference.py")));
    const other = await freshUser(suite.database().db);
    asUser = other;
    try {
      expect((await api.call("GET", `${LAMP}/attempts`)).body.attempts).toEqual([]);
      expect((await api.call("GET", "/api/problems")).body.problems[0]).toMatchObject({
        status: "new",
        lastAttempt: null,
      });
    } finally {
      asUser = undefined;
    }
    expect((await api.call("GET", `${LAMP}/attempts`)).body.attempts).toHaveLength(1);
  });
});

describe("practice runs under load and without a sandbox", () => {
  // One run at a time and no line behind it: a second run at once must be turned away.
  const narrow = testJudge({ concurrency: 1, maxWaiting: 0 });
  afterAll(() => narrow.close());
  const busy = apiSuite("pglite", { practice: narrow });
  const refused = apiSuite("pglite", { practice: refusingJudge(narrow) });

  it("answers 429 with Retry-After when the queue is full, and runs again once it is free", async () => {
    const sleeper = { language: "python", source: "import time\ntime.sleep(1.5)\nprint('done')", mode: "run" };
    const answers = await Promise.all([1, 2, 3].map(() => busy.api.call("POST", "/api/runs", sleeper)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 429, 429]);
    for (const turnedAway of answers.filter((a) => a.status === 429)) {
      expect(turnedAway.body.error.code).toBe("too_many");
      expect(Number(turnedAway.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    }
    expect(answers.find((a) => a.status === 200)!.body).toMatchObject({ verdict: "ok", stdout: "done\n" });
    const after = await busy.api.call("POST", "/api/runs", { language: "python", source: "print(2)", mode: "run" });
    expect(after.body).toMatchObject({ verdict: "ok", stdout: "2\n" });
  });

  it("refuses every run with 503 in server mode without bubblewrap, while the bank stays browsable", async () => {
    const res = await refused.api.call("POST", "/api/runs", submit(solution("lamp-post-gaps", "reference.py")));
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({ code: "unavailable", message: expect.stringMatching(/refused.*bubblewrap/) });
    expect((await refused.api.call("GET", `${LAMP}/attempts`)).body.attempts).toEqual([]);
    const languages = (await refused.api.call("GET", "/api/languages")).body;
    expect(languages).toMatchObject({ isolation: "refused", warning: expect.stringMatching(/bubblewrap/) });
    expect((await refused.api.call("GET", "/api/problems")).body.problems).toHaveLength(2);
  });
});
