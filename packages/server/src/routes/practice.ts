import { draftBodySchema, notesBodySchema, problemListQuerySchema, problemSlugParamSchema } from "@loopwise/domain";
import { Hono, type Context } from "hono";
import type { AppEnv } from "../env.js";
import * as practice from "../services/practice.js";
import { NO_JUDGE } from "../services/practice-judge.js";
import { valid } from "../validate.js";

/** The judge the composition root chose, or none (no problems, no runs). */
export const judgeOf = (c: Context<AppEnv>) => c.var.deps.practice ?? NO_JUDGE;

/**
 * The problem bank with the user's progress, under /api/problems. Answers: `ProblemListAnswer`,
 * `{ problem: ProblemDetail }`, `{ draft: PracticeDraft }`, `{ notes, updatedAt }`, `{ attempts: PracticeAttempt[] }`.
 */
export const problemRoutes = new Hono<AppEnv>()
  .get("/", valid("query", problemListQuerySchema), async (c) => {
    const { database } = c.var.deps;
    return c.json(await practice.listProblems(database.db, c.var.userId, judgeOf(c), c.req.valid("query")));
  })
  .get("/:slug", valid("param", problemSlugParamSchema), async (c) => {
    const { slug } = c.req.valid("param");
    return c.json({ problem: await practice.getProblem(c.var.deps.database.db, c.var.userId, judgeOf(c), slug) });
  })
  .put("/:slug/draft", valid("param", problemSlugParamSchema), valid("json", draftBodySchema), async (c) => {
    const { database, clock } = c.var.deps;
    const { slug } = c.req.valid("param");
    const draft = await practice.saveDraft(
      database.db,
      c.var.userId,
      judgeOf(c),
      slug,
      c.req.valid("json"),
      clock.now(),
    );
    return c.json({ draft });
  })
  .put("/:slug/notes", valid("param", problemSlugParamSchema), valid("json", notesBodySchema), async (c) => {
    const { database, clock } = c.var.deps;
    const { slug } = c.req.valid("param");
    const { notes } = c.req.valid("json");
    return c.json(await practice.saveNotes(database.db, c.var.userId, judgeOf(c), slug, notes, clock.now()));
  })
  .get("/:slug/attempts", valid("param", problemSlugParamSchema), async (c) => {
    const { slug } = c.req.valid("param");
    return c.json({ attempts: await practice.listAttempts(c.var.deps.database.db, c.var.userId, judgeOf(c), slug) });
  });
