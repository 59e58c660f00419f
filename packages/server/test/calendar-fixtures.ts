import { schema, type Db } from "@loopwise/db";
import type { ApplicationId, CompanyId, UserId } from "@loopwise/domain";
import ICAL from "ical.js";
import { afterAll, beforeAll, expect } from "vitest";
import { addApplication, addCompany } from "../../../test-support/db-fixtures.js";
import { apiSuite } from "../../../test-support/server-harness.js";

/** What the calendar tests share: reading an .ics back, seeding interviews, and a suite on one driver. */

/** Every event of an .ics text, read back by ical.js with the file's own VTIMEZONE blocks. */
export function parseIcs(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  const zones = root.getAllSubcomponents("vtimezone").map((zone) => {
    ICAL.TimezoneService.register(zone);
    return String(zone.getFirstPropertyValue("tzid"));
  });
  const events = new Map(
    root.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      const start = component.getFirstProperty("dtstart")!;
      const end = component.getFirstProperty("dtend");
      return [
        event.uid,
        {
          summary: event.summary,
          location: event.location,
          description: event.description,
          url: component.getFirstPropertyValue("url"),
          status: component.getFirstPropertyValue("status"),
          start: event.startDate,
          end: event.endDate,
          startTzid: start.getParameter("tzid") ?? null,
          endTzid: end?.getParameter("tzid") ?? null,
        },
      ] as const;
    }),
  );
  return { root, zones, events, calendarName: root.getFirstPropertyValue("x-wr-calname") };
}

export type Parsed = ReturnType<typeof parseIcs>;

export function eventOf(parsed: Parsed, uid: string) {
  const event = parsed.events.get(uid);
  if (!event) throw new Error(`no event ${uid}; the file has ${[...parsed.events.keys()].join(", ")}`);
  return event;
}

/** A timed event: the instants, the zone it is written in, and its wall-clock start there. */
export function timed(parsed: Parsed, uid: string) {
  const event = eventOf(parsed, uid);
  return {
    start: event.start.toJSDate().toISOString(),
    end: event.end.toJSDate().toISOString(),
    tzid: event.startTzid,
    endTzid: event.endTzid,
    zone: event.start.zone?.tzid,
    wallStart: event.start.toString(),
    isDate: event.start.isDate,
  };
}

export function allDay(parsed: Parsed, uid: string) {
  const event = eventOf(parsed, uid);
  return { start: event.start.toString(), end: event.end.toString(), isDate: event.start.isDate };
}

export interface InterviewSeed {
  applicationId: ApplicationId;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  kind?: string;
  title?: string | null;
  location?: string | null;
  videoUrl?: string | null;
  prepare?: string | null;
  outcome?: string;
}

export async function addInterview(db: Db, userId: UserId, seed: InterviewSeed): Promise<string> {
  const [row] = await db
    .insert(schema.interviews)
    .values({ kind: "coding", ...seed, userId })
    .returning({ id: schema.interviews.id });
  return row!.id;
}

export async function addContact(db: Db, userId: UserId, name: string, companyId: CompanyId | null = null) {
  const [row] = await db.insert(schema.contacts).values({ userId, name, companyId }).returning();
  return row!.id;
}

/**
 * An API suite on `kind` whose process runs in Asia/Tokyo (the server's own zone must not leak into
 * a file: neither UTC nor any zone the tests use), with the feed's helpers.
 */
export function calendarSuite(kind: Parameters<typeof apiSuite>[0]) {
  const suite = apiSuite(kind);
  const api = suite.api;
  const db = () => suite.database().db;
  const user = () => suite.user();

  const processZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Asia/Tokyo";
  });
  afterAll(() => {
    if (processZone === undefined) delete process.env.TZ;
    else process.env.TZ = processZone;
  });

  async function turnOn(): Promise<string> {
    const { status, body } = await api.call("POST", "/api/calendar/token");
    expect(status).toBe(200);
    return body.feedPath as string;
  }

  async function fetchFeed(path: string) {
    const answer = await api.call("GET", path);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    return parseIcs(answer.body as string);
  }

  async function application(companyName = "Acme", roleTitle = "Senior Engineer") {
    const companyId = await addCompany(db(), user(), companyName);
    const applicationId = await addApplication(db(), user(), { companyId, roleTitle });
    return { companyId, applicationId };
  }

  return { suite, api, db, user, turnOn, fetchFeed, application };
}
