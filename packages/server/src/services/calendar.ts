import { randomBytes } from "node:crypto";
import {
  calendarFeedRows,
  findUserByCalendarToken,
  getCalendarInterview,
  getCalendarToken,
  setCalendarToken,
  type Db,
} from "@loopwise/db";
import { calendarDateIn, NotFound, type InterviewId, type UserId } from "@loopwise/domain";
import { feedCalendar, interviewCalendar } from "./calendar-ics.js";
import type { IcsContext } from "./calendar-ics-text.js";
import { calendarZone } from "./calendar-zoned-time.js";

/** The feed shows what is ahead, and this much of what is behind. */
const FEED_LOOKBACK_MS = 30 * 24 * 60 * 60 * 1000;

/** 32 random bytes in base64url: 43 characters. */
const TOKEN_BYTES = 32;
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/** One answer for an unknown, rotated or malformed token, so the answer gives nothing away. */
const NO_FEED = "No such calendar feed";

export interface CalendarStatus {
  /** Path of the feed under the server's origin; null while the feed is off. */
  feedPath: string | null;
}

export function feedPathOf(token: string): string {
  return `/api/calendar/feed/${token}.ics`;
}

export async function status(db: Db, userId: UserId): Promise<CalendarStatus> {
  const token = await getCalendarToken(db, userId);
  return { feedPath: token ? feedPathOf(token) : null };
}

/** Turns the feed on, or gives it a new address: the old address stops working at once. */
export async function rotateToken(db: Db, userId: UserId): Promise<{ feedPath: string }> {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  await setCalendarToken(db, userId, token);
  return { feedPath: feedPathOf(token) };
}

export async function turnOff(db: Db, userId: UserId): Promise<void> {
  await setCalendarToken(db, userId, null);
}

/** The feed named by `file` (`<token>.ics`); the token is the only credential. */
export async function feed(db: Db, file: string, context: IcsContext): Promise<string> {
  const token = FEED_FILE.exec(file)?.[1];
  const userId = token ? await findUserByCalendarToken(db, token) : undefined;
  if (!userId) throw new NotFound(NO_FEED);
  const since = new Date(context.now.getTime() - FEED_LOOKBACK_MS).toISOString();
  const rows = await calendarFeedRows(db, userId, since, since.slice(0, 10));
  return feedCalendar(rows, context);
}

/** Plain ASCII for a file name: "Zürich Café, Inc." becomes "zurich-cafe-inc". */
export function asciiSlug(text: string, fallback: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** One interview as an .ics file, named after its company and its date where it takes place. */
export async function interviewFile(
  db: Db,
  userId: UserId,
  id: InterviewId,
  context: IcsContext,
): Promise<{ filename: string; body: string }> {
  const row = await getCalendarInterview(db, userId, id);
  const day = calendarDateIn(new Date(row.startsAt), calendarZone(row.timeZone)?.tzid ?? "UTC");
  return {
    filename: `interview-${asciiSlug(row.companyName, "company")}-${day}.ics`,
    body: interviewCalendar(row, context),
  };
}
