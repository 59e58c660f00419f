import { idSchema, type InterviewId } from "@loopwise/domain";
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as calendar from "../services/calendar.js";
import { valid } from "../validate.js";

const ICS_TYPE = "text/calendar; charset=utf-8";

/** Any text: a malformed token is the same 404 as an unknown one, never a 400 that tells them apart. */
const feedParam = z.object({ file: z.string() });

/** `<interview id>.ics`; the id alone is checked, so the 400 names what is wrong. */
const interviewFileParam = z.object({
  file: z
    .string()
    .regex(/\.ics$/, { error: "must be an interview id followed by .ics" })
    .transform((file) => file.slice(0, -".ics".length))
    .pipe(idSchema),
});

/** Where links in the calendar point: the origin the request came to. */
function appUrlOf(c: Context<AppEnv>): string {
  return new URL(c.req.url).origin;
}

export const calendarRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    return c.json(await calendar.status(c.var.deps.database.db, c.var.userId));
  })
  .post("/token", async (c) => {
    return c.json(await calendar.rotateToken(c.var.deps.database.db, c.var.userId));
  })
  .delete("/token", async (c) => {
    await calendar.turnOff(c.var.deps.database.db, c.var.userId);
    return c.body(null, 204);
  })
  // No session here (see app.ts): the token in the path names the user.
  .get("/feed/:file", valid("param", feedParam), async (c) => {
    const { database, clock } = c.var.deps;
    const body = await calendar.feed(database.db, c.req.valid("param").file, {
      now: clock.now(),
      appUrl: appUrlOf(c),
    });
    return c.body(body, 200, { "Content-Type": ICS_TYPE, "Cache-Control": "no-store" });
  })
  .get("/interviews/:file", valid("param", interviewFileParam), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").file as InterviewId;
    const file = await calendar.interviewFile(database.db, c.var.userId, id, {
      now: clock.now(),
      appUrl: appUrlOf(c),
    });
    return c.body(file.body, 200, {
      "Content-Type": ICS_TYPE,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    });
  });
