import {
  deleteTrackedProblem,
  getProgress,
  getTrackedProblem,
  insertTrackedAttempt,
  insertTrackedProblem,
  lastAttempts,
  lastTrackedAttempts,
  listBankAttempts,
  listDrafts,
  listProgress,
  listTrackedAttempts,
  listTrackedProblems,
  recordBankAttempt,
  saveDraft,
  saveNotes,
  updateTrackedProblem,
  type BankAttemptValues,
  type TrackedProblemValues,
} from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import { LANGUAGES, NotFound, TRACKED_VERDICTS, VERDICTS, type TrackedProblemId, type UserId } from "@loopwise/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";

const T1 = "2025-03-01T12:00:00.000Z";
const T2 = "2025-03-01T12:05:00.000Z";
const T3 = "2025-03-01T12:10:00.000Z";
const T4 = "2025-03-01T12:15:00.000Z";

function attempt(values: Partial<BankAttemptValues> = {}): BankAttemptValues {
  return {
    slug: "lamp-post-gaps",
    mode: "submit",
    language: "python",
    code: "def widest_gap(posts):\n    return 0\n",
    verdict: "wrong_answer",
    timeMs: 12,
    passed: 1,
    total: 6,
    durationSeconds: 90,
    interview: false,
    ...values,
  };
}

const tracked: TrackedProblemValues = {
  name: "Pairs that add up",
  url: "https://example.com/p/1",
  difficulty: "medium",
  topics: ["arrays-hashing"],
  notes: null,
};

describe.each(testDrivers())("practice repository on %s", (kind) => {
  let database: TestDatabase;
  let user: UserId;
  beforeAll(async () => {
    database = await createTestDb(kind);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    user = await freshUser(database.db);
  });
  const db = () => database.db;
  const status = async (slug = "lamp-post-gaps", who = user) => (await getProgress(db(), who, slug))?.status;

  it("keeps a draft per language, replaces it, and remembers the last language", async () => {
    await saveDraft(db(), user, "lamp-post-gaps", "python", "v1", T1);
    await saveDraft(db(), user, "lamp-post-gaps", "typescript", "ts", T2);
    const replaced = await saveDraft(db(), user, "lamp-post-gaps", "python", "v2", T3);
    expect(replaced.code).toBe("v2");
    const drafts = await listDrafts(db(), user, "lamp-post-gaps");
    expect(drafts.map((d) => [d.language, d.code])).toEqual([
      ["python", "v2"],
      ["typescript", "ts"],
    ]);
    const progress = await getProgress(db(), user, "lamp-post-gaps");
    expect(progress).toMatchObject({ status: "new", lastLanguage: "python", notes: null });
    expect(await listDrafts(db(), user, "tally-counter")).toEqual([]);
  });

  it("stores notes without touching the status, and clears them with null", async () => {
    await saveNotes(db(), user, "tally-counter", "## Approach\nKeep the start.", T1);
    expect(await getProgress(db(), user, "tally-counter")).toMatchObject({
      status: "new",
      notes: "## Approach\nKeep the start.",
    });
    await recordBankAttempt(db(), user, attempt({ slug: "tally-counter" }), T2);
    await saveNotes(db(), user, "tally-counter", null, T3);
    expect(await getProgress(db(), user, "tally-counter")).toMatchObject({ status: "attempted", notes: null });
  });

  it("moves the status on with attempts: a run attempts, an accepted submit solves, and solved stays", async () => {
    expect(await status()).toBeUndefined();
    await recordBankAttempt(db(), user, attempt({ mode: "run", verdict: "accepted", total: 2, passed: 2 }), T1);
    expect(await status()).toBe("attempted");
    await recordBankAttempt(db(), user, attempt({ verdict: "accepted", passed: 6 }), T2);
    expect(await status()).toBe("solved");
    await recordBankAttempt(db(), user, attempt({ verdict: "time_limit", language: "javascript" }), T3);
    expect(await status()).toBe("solved");
    expect((await getProgress(db(), user, "lamp-post-gaps"))?.lastLanguage).toBe("javascript");

    const history = await listBankAttempts(db(), user, "lamp-post-gaps");
    expect(history.map((a) => a.verdict)).toEqual(["time_limit", "accepted", "accepted"]);
    expect(history[0]).toMatchObject({
      mode: "submit",
      language: "javascript",
      code: attempt().code,
      timeMs: 12,
      durationSeconds: 90,
    });
    expect(await listBankAttempts(db(), user, "lamp-post-gaps", 1)).toHaveLength(1);
  });

  it("answers the latest attempt per problem in one query", async () => {
    await recordBankAttempt(db(), user, attempt({ verdict: "runtime_error" }), T1);
    await recordBankAttempt(db(), user, attempt({ verdict: "accepted" }), T3);
    await recordBankAttempt(
      db(),
      user,
      attempt({ slug: "tally-counter", verdict: "compile_error", language: "cpp" }),
      T2,
    );
    const last = await lastAttempts(db(), user);
    expect(last.map((a) => [a.slug, a.verdict, a.language])).toEqual([
      ["lamp-post-gaps", "accepted", "python"],
      ["tally-counter", "compile_error", "cpp"],
    ]);
  });

  it("keeps every user's practice apart", async () => {
    const other = await freshUser(db());
    await saveDraft(db(), user, "lamp-post-gaps", "python", "mine", T1);
    await saveNotes(db(), user, "lamp-post-gaps", "my notes", T1);
    await recordBankAttempt(db(), user, attempt({ verdict: "accepted" }), T1);
    await saveDraft(db(), other, "lamp-post-gaps", "python", "theirs", T2);

    expect((await listDrafts(db(), other, "lamp-post-gaps")).map((d) => d.code)).toEqual(["theirs"]);
    expect((await listDrafts(db(), user, "lamp-post-gaps")).map((d) => d.code)).toEqual(["mine"]);
    expect(await getProgress(db(), other, "lamp-post-gaps")).toMatchObject({ status: "new", notes: null });
    expect(await listBankAttempts(db(), other, "lamp-post-gaps")).toEqual([]);
    expect(await lastAttempts(db(), other)).toEqual([]);
    expect((await listProgress(db(), user)).map((p) => p.status)).toEqual(["solved"]);
  });

  it("tracks problems from elsewhere with their attempts, counted and summed up as solved or not", async () => {
    const id = await insertTrackedProblem(db(), user, tracked, T1);
    expect(await getTrackedProblem(db(), user, id)).toMatchObject({ ...tracked, attemptCount: 0, solved: false });
    await insertTrackedAttempt(
      db(),
      user,
      id,
      { verdict: "failed", language: null, durationSeconds: 1200, interview: true, notes: "Stuck" },
      T2,
    );
    expect(await getTrackedProblem(db(), user, id)).toMatchObject({ attemptCount: 1, solved: false });
    await insertTrackedAttempt(
      db(),
      user,
      id,
      { verdict: "solved_with_hints", language: "cpp", durationSeconds: null, interview: false, notes: null },
      T3,
    );
    expect(await getTrackedProblem(db(), user, id)).toMatchObject({ attemptCount: 2, solved: false });
    await insertTrackedAttempt(
      db(),
      user,
      id,
      { verdict: "solved", language: "cpp", durationSeconds: 600, interview: false, notes: null },
      T4,
    );
    const row = await getTrackedProblem(db(), user, id);
    expect(row).toMatchObject({ attemptCount: 3, solved: true });
    expect((await listTrackedAttempts(db(), user, id)).map((a) => a.verdict)).toEqual([
      "solved",
      "solved_with_hints",
      "failed",
    ]);
    expect((await lastTrackedAttempts(db(), user, [id])).map((a) => a.trackedProblemId)).toEqual([id]);
    // A tracked attempt is no bank attempt: it never shows in a bank problem's list.
    expect(await lastAttempts(db(), user)).toEqual([]);

    await updateTrackedProblem(db(), user, id, { name: "Renamed", difficulty: null, topics: [] }, T3);
    expect(await listTrackedProblems(db(), user)).toEqual([
      expect.objectContaining({ name: "Renamed", difficulty: null, topics: [] }),
    ]);
    await deleteTrackedProblem(db(), user, id);
    expect(await listTrackedProblems(db(), user)).toEqual([]);
    // The attempts went with it.
    expect(await database.rawQuery("select 1 from practice_attempts where tracked_problem_id = $1", [id])).toEqual([]);
  });

  it("never lets another user read, change, delete or log on a tracked problem", async () => {
    const id = await insertTrackedProblem(db(), user, tracked, T1);
    const other = await freshUser(db());
    const log = { verdict: "solved", language: null, durationSeconds: null, interview: false, notes: null } as const;
    await expect(getTrackedProblem(db(), other, id)).rejects.toBeInstanceOf(NotFound);
    await expect(updateTrackedProblem(db(), other, id, { name: "Mine now" }, T2)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteTrackedProblem(db(), other, id)).rejects.toBeInstanceOf(NotFound);
    await expect(insertTrackedAttempt(db(), other, id, log, T2)).rejects.toBeInstanceOf(NotFound);
    expect(await listTrackedProblems(db(), other)).toEqual([]);
    expect(await lastTrackedAttempts(db(), other, [id])).toEqual([]);
    expect(await getTrackedProblem(db(), user, id)).toMatchObject({ name: tracked.name, attemptCount: 0 });
    // The composite key refuses an attempt of one user on another's problem, even written directly.
    await expect(
      database.rawQuery(
        "insert into practice_attempts (user_id, tracked_problem_id, verdict) values ($1, $2, 'solved')",
        [other, id],
      ),
    ).rejects.toThrow();
    await expect(
      getTrackedProblem(db(), user, "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eff" as TrackedProblemId),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it.each([
    ["both a slug and a tracked problem", "'lamp-post-gaps', $2, 'submit', 'python', 'x', 'accepted', null, null"],
    ["neither", "null, null, null, null, null, 'solved', null, null"],
    ["a bank attempt without code", "'lamp-post-gaps', null, 'submit', 'python', null, 'accepted', null, null"],
    ["a bank attempt with a tracked verdict", "'lamp-post-gaps', null, 'submit', 'python', 'x', 'solved', null, null"],
    ["a tracked attempt with code", "null, $2, null, null, 'x', 'solved', null, null"],
    ["a tracked attempt with a judge's verdict", "null, $2, null, null, null, 'accepted', null, null"],
    ["an unknown language", "'lamp-post-gaps', null, 'run', 'cobol', 'x', 'ok', null, null"],
    ["more passed than cases", "'lamp-post-gaps', null, 'submit', 'python', 'x', 'accepted', 7, 6"],
  ])("the database refuses an attempt with %s", async (_what, values) => {
    const id = await insertTrackedProblem(db(), user, tracked, T1);
    const sql = `insert into practice_attempts (user_id, slug, tracked_problem_id, mode, language, code, verdict, passed, total) values ($1, ${values})`;
    const params = values.includes("$2") ? [user, id] : [user];
    await expect(database.rawQuery(sql, params)).rejects.toThrow(/check constraint/);
  });

  it("holds the same languages and verdicts as the domain's lists", async () => {
    for (const language of LANGUAGES) await saveDraft(db(), user, "lamp-post-gaps", language, "x", T1);
    expect(await listDrafts(db(), user, "lamp-post-gaps")).toHaveLength(LANGUAGES.length);
    for (const verdict of VERDICTS) await recordBankAttempt(db(), user, attempt({ verdict }), T1);
    const id = await insertTrackedProblem(db(), user, tracked, T1);
    for (const verdict of TRACKED_VERDICTS) {
      await insertTrackedAttempt(
        db(),
        user,
        id,
        { verdict, language: null, durationSeconds: null, interview: false, notes: null },
        T1,
      );
    }
    expect(await listBankAttempts(db(), user, "lamp-post-gaps")).toHaveLength(VERDICTS.length);
    expect(await listTrackedAttempts(db(), user, id)).toHaveLength(TRACKED_VERDICTS.length);
  });

  it("drops a user's practice with the user", async () => {
    const gone = await freshUser(db());
    await saveDraft(db(), gone, "lamp-post-gaps", "python", "x", T1);
    await recordBankAttempt(db(), gone, attempt(), T1);
    const id = await insertTrackedProblem(db(), gone, tracked, T1);
    await insertTrackedAttempt(
      db(),
      gone,
      id,
      { verdict: "failed", language: null, durationSeconds: null, interview: false, notes: null },
      T1,
    );
    await database.rawQuery("delete from users where id = $1", [gone]);
    for (const table of ["practice_progress", "practice_drafts", "practice_attempts", "tracked_problems"]) {
      expect(await database.rawQuery(`select 1 from ${table} where user_id = $1`, [gone]), table).toEqual([]);
    }
  });
});
