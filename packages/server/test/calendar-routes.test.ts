import { schema, type Db } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import type { ApplicationId, CompanyId, UserId } from "@loopwise/domain";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addApplication, addCompany, freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp } from "../../../test-support/server-harness.js";

/** Every event of an .ics text, read back by ical.js with the file's own VTIMEZONE blocks. */
function parseIcs(text: string) {
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

type Parsed = ReturnType<typeof parseIcs>;

function eventOf(parsed: Parsed, uid: string) {
  const event = parsed.events.get(uid);
  if (!event) throw new Error(`no event ${uid}; the file has ${[...parsed.events.keys()].join(", ")}`);
  return event;
}

/** A timed event: the instants, the zone it is written in, and its wall-clock start there. */
function timed(parsed: Parsed, uid: string) {
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

function allDay(parsed: Parsed, uid: string) {
  const event = eventOf(parsed, uid);
  return { start: event.start.toString(), end: event.end.toString(), isDate: event.start.isDate };
}

interface InterviewSeed {
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

async function addInterview(db: Db, userId: UserId, seed: InterviewSeed): Promise<string> {
  const [row] = await db
    .insert(schema.interviews)
    .values({ kind: "coding", ...seed, userId })
    .returning({ id: schema.interviews.id });
  return row!.id;
}

async function addContact(db: Db, userId: UserId, name: string, companyId: CompanyId | null = null) {
  const [row] = await db.insert(schema.contacts).values({ userId, name, companyId }).returning();
  return row!.id;
}

describe.each(testDrivers())("calendar routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;
  const db = () => suite.database().db;
  const user = () => suite.user();

  // The server's own zone must not leak into the file: run it somewhere that is neither UTC nor any zone below.
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

  it("is off until turned on; POST gives a feed path, GET answers the same one", async () => {
    expect(await api.call("GET", "/api/calendar")).toMatchObject({ status: 200, body: { feedPath: null } });
    const feedPath = await turnOn();
    expect(feedPath).toMatch(/^\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await api.call("GET", "/api/calendar")).body).toEqual({ feedPath });
  });

  it("writes interviews in their own zones, across DST changes, with one VTIMEZONE per zone", async () => {
    const { applicationId } = await application();
    const cases = [
      // The Wednesday after the US moved to daylight time (9 March 2025): 10:00 EDT is 14:00Z.
      {
        zone: "America/New_York",
        startsAt: "2025-03-12T14:00:00.000Z",
        endsAt: "2025-03-12T15:00:00.000Z",
        wall: "2025-03-12T10:00:00",
      },
      // Half-hour offset: 15:30 IST is 10:00Z.
      {
        zone: "Asia/Kolkata",
        startsAt: "2025-03-05T10:00:00.000Z",
        endsAt: "2025-03-05T11:15:00.000Z",
        wall: "2025-03-05T15:30:00",
      },
      // Southern summer (+13), then the Tuesday after New Zealand left daylight time on 6 April (+12).
      {
        zone: "Pacific/Auckland",
        startsAt: "2025-03-19T20:00:00.000Z",
        endsAt: "2025-03-19T21:00:00.000Z",
        wall: "2025-03-20T09:00:00",
      },
      {
        zone: "Pacific/Auckland",
        startsAt: "2025-04-07T21:00:00.000Z",
        endsAt: "2025-04-07T22:30:00.000Z",
        wall: "2025-04-08T09:00:00",
      },
    ];
    const ids: string[] = [];
    for (const c of cases) {
      ids.push(
        await addInterview(db(), user(), { applicationId, startsAt: c.startsAt, endsAt: c.endsAt, timeZone: c.zone }),
      );
    }
    const parsed = await fetchFeed(await turnOn());
    expect(parsed.calendarName).toBe("Loopwise");
    expect([...parsed.zones].sort()).toEqual(["America/New_York", "Asia/Kolkata", "Pacific/Auckland"]);
    cases.forEach((c, i) => {
      expect(timed(parsed, `interview-${ids[i]}@loopwise`)).toEqual({
        start: c.startsAt,
        end: c.endsAt,
        tzid: c.zone,
        endTzid: c.zone,
        zone: c.zone,
        wallStart: c.wall,
        isDate: false,
      });
    });
  });

  it("names a zone alias by its canonical zone, at the same instant", async () => {
    const { applicationId } = await application();
    const id = await addInterview(db(), user(), {
      applicationId,
      startsAt: "2025-03-06T04:30:00.000Z",
      endsAt: "2025-03-06T05:30:00.000Z",
      timeZone: "Asia/Calcutta",
    });
    const parsed = await fetchFeed(await turnOn());
    expect(parsed.zones).toEqual(["Asia/Kolkata"]);
    expect(timed(parsed, `interview-${id}@loopwise`)).toMatchObject({
      start: "2025-03-06T04:30:00.000Z",
      end: "2025-03-06T05:30:00.000Z",
      tzid: "Asia/Kolkata",
      wallStart: "2025-03-06T10:00:00",
    });
  });

  it("writes an interview whose stored zone no calendar knows in UTC, at the same instant, rather than failing", async () => {
    const { applicationId } = await application();
    const id = await addInterview(db(), user(), {
      applicationId,
      startsAt: "2025-03-06T23:30:00.000Z",
      endsAt: "2025-03-07T00:30:00.000Z",
      timeZone: "Mars/Olympus_Mons",
    });
    const parsed = await fetchFeed(await turnOn());
    expect(parsed.zones).toEqual([]);
    expect(timed(parsed, `interview-${id}@loopwise`)).toMatchObject({
      start: "2025-03-06T23:30:00.000Z",
      end: "2025-03-07T00:30:00.000Z",
      tzid: null,
      zone: "UTC",
    });
    const file = await api.call("GET", `/api/calendar/interviews/${id}.ics`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="interview-acme-2025-03-06.ics"');
  });

  it("carries commas, semicolons, line breaks, quotes and non-ASCII text through unchanged", async () => {
    const { applicationId } = await application("Acme, Inc.; Zürich 東京", "Senior Engineer; Platform, Infra");
    const jane = await addContact(db(), user(), "Zoë O'Brien, PhD");
    const raj = await addContact(db(), user(), "Ana; Müller");
    const prepare = [
      'Review: graphs, DP; and the "two pointers" trick \\ backslash',
      "Second line — with an em dash, ünïcödé and 🚀 emoji that is long enough to be folded across lines",
      "",
      "- bullet",
    ].join("\n");
    const id = await addInterview(db(), user(), {
      applicationId,
      kind: "system_design",
      title: "Round 2, part A",
      startsAt: "2025-03-04T16:00:00.000Z",
      endsAt: "2025-03-04T17:00:00.000Z",
      timeZone: "Europe/Berlin",
      location: 'Room 4, Floor 2; Bldg "B"\nBack entrance',
      videoUrl: "https://meet.example/abc-def?pwd=1,2;3",
      prepare,
    });
    await db()
      .insert(schema.interviewers)
      .values([
        { userId: user(), interviewId: id, contactId: jane },
        { userId: user(), interviewId: id, contactId: raj },
      ]);
    const event = eventOf(await fetchFeed(await turnOn()), `interview-${id}@loopwise`);
    expect(event.summary).toBe(
      "System design interview: Round 2, part A · Acme, Inc.; Zürich 東京 — Senior Engineer; Platform, Infra",
    );
    expect(event.location).toBe('Room 4, Floor 2; Bldg "B"\nBack entrance');
    // URI values are not text: a comma or semicolon goes percent-encoded, never backslash-escaped.
    expect(event.url).toBe("https://meet.example/abc-def?pwd=1%2C2%3B3");
    expect(event.description).toContain("Join: https://meet.example/abc-def?pwd=1,2;3");
    expect(event.status).toBe("CONFIRMED");
    expect(event.description).toContain(`Prepare:\n${prepare}`);
    expect(event.description).toContain("Interviewers: Ana; Müller, Zoë O'Brien, PhD");
    expect(event.description).toContain(`/applications/${applicationId}`);
  });

  it("puts follow-ups, tasks with due dates and offer deadlines on their days, and leaves out what is done", async () => {
    const { companyId, applicationId } = await application("Acme", "Staff Engineer");
    const contact = await addContact(db(), user(), "Jane Doe", companyId);
    const outreach = (values: Partial<typeof schema.outreach.$inferInsert>) =>
      db()
        .insert(schema.outreach)
        .values({
          userId: user(),
          contactId: contact,
          on: "2025-02-25",
          channel: "email",
          summary: "Asked about the team, the stack; and timing",
          ...values,
        })
        .returning({ id: schema.outreach.id });
    const [open] = await outreach({ followUpOn: "2025-03-03" });
    await outreach({ followUpOn: "2025-03-04", followUpDone: true });
    await outreach({ followUpOn: null });
    await outreach({ on: "2025-01-01", followUpOn: "2025-01-10" });

    const task = (values: Partial<typeof schema.tasks.$inferInsert>) =>
      db()
        .insert(schema.tasks)
        .values({ userId: user(), title: "Send thank-you note", ...values })
        .returning({ id: schema.tasks.id });
    const [due] = await task({ dueOn: "2025-03-31", applicationId, notes: "Mention the caching question" });
    await task({ dueOn: "2025-03-05", doneAt: "2025-03-01T09:00:00Z" });
    await task({ dueOn: null });
    await task({ dueOn: "2025-01-15" });

    const offer = await addApplication(db(), user(), {
      companyId,
      roleTitle: "Staff Engineer",
      offerDeadline: "2025-03-14",
    });
    await addApplication(db(), user(), {
      companyId,
      roleTitle: "Old role",
      offerDeadline: "2025-03-20",
      archived: true,
    });

    const parsed = await fetchFeed(await turnOn());
    expect([...parsed.events.keys()].sort()).toEqual(
      [`follow-up-${open!.id}@loopwise`, `task-${due!.id}@loopwise`, `offer-deadline-${offer}@loopwise`].sort(),
    );
    expect(allDay(parsed, `follow-up-${open!.id}@loopwise`)).toEqual({
      start: "2025-03-03",
      end: "2025-03-04",
      isDate: true,
    });
    expect(allDay(parsed, `task-${due!.id}@loopwise`)).toEqual({
      start: "2025-03-31",
      end: "2025-04-01",
      isDate: true,
    });
    expect(allDay(parsed, `offer-deadline-${offer}@loopwise`)).toEqual({
      start: "2025-03-14",
      end: "2025-03-15",
      isDate: true,
    });

    const followUp = eventOf(parsed, `follow-up-${open!.id}@loopwise`);
    expect(followUp.summary).toBe("Follow up · Jane Doe (Acme)");
    expect(followUp.description).toContain("Asked about the team, the stack; and timing");
    const todo = eventOf(parsed, `task-${due!.id}@loopwise`);
    expect(todo.summary).toBe("Task · Send thank-you note");
    expect(todo.description).toContain("For Acme — Staff Engineer");
    expect(todo.description).toContain("Mention the caching question");
    const deadline = eventOf(parsed, `offer-deadline-${offer}@loopwise`);
    expect(deadline.summary).toBe("Offer deadline · Acme");
    expect(deadline.description).toContain(`/applications/${offer}`);
  });

  it("shows interviews from 30 days back onwards and never a cancelled one; UIDs stay the same", async () => {
    const { applicationId } = await application();
    const at = (startsAt: string, outcome = "pending") =>
      addInterview(db(), user(), {
        applicationId,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
        timeZone: "Europe/London",
        outcome,
      });
    const old = await at("2025-01-20T10:00:00.000Z");
    const recent = await at("2025-02-05T10:00:00.000Z", "passed");
    const ahead = await at("2025-06-01T10:00:00.000Z");
    const cancelled = await at("2025-03-10T10:00:00.000Z", "cancelled");
    const feedPath = await turnOn();
    const first = await fetchFeed(feedPath);
    expect([...first.events.keys()].sort()).toEqual(
      [`interview-${recent}@loopwise`, `interview-${ahead}@loopwise`].sort(),
    );
    expect(first.events.has(`interview-${old}@loopwise`)).toBe(false);
    expect(first.events.has(`interview-${cancelled}@loopwise`)).toBe(false);

    // Moved by an hour: the same UID, so a calendar updates the event rather than adding another.
    await suite
      .database()
      .rawQuery("update interviews set starts_at = $1, ends_at = $2 where id = $3 and user_id = $4", [
        "2025-06-01T11:00:00.000Z",
        "2025-06-01T12:00:00.000Z",
        ahead,
        user(),
      ]);
    api.clock.set("2025-03-02T12:00:00.000Z");
    const second = await fetchFeed(feedPath);
    expect([...second.events.keys()].sort()).toEqual([...first.events.keys()].sort());
    expect(timed(second, `interview-${ahead}@loopwise`)).toMatchObject({
      start: "2025-06-01T11:00:00.000Z",
      wallStart: "2025-06-01T12:00:00",
      tzid: "Europe/London",
    });
  });

  it("answers an empty calendar when there is nothing to show", async () => {
    const parsed = await fetchFeed(await turnOn());
    expect(parsed.events.size).toBe(0);
    expect(parsed.calendarName).toBe("Loopwise");
  });

  it("rotating makes the old URL 404 and the new one work; DELETE turns the feed off", async () => {
    const { applicationId } = await application();
    const id = await addInterview(db(), user(), {
      applicationId,
      startsAt: "2025-03-12T14:00:00.000Z",
      endsAt: "2025-03-12T15:00:00.000Z",
      timeZone: "America/New_York",
    });
    const oldPath = await turnOn();
    const newPath = await turnOn();
    expect(newPath).not.toBe(oldPath);
    const gone = await api.call("GET", oldPath);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("not_found");
    expect((await fetchFeed(newPath)).events.has(`interview-${id}@loopwise`)).toBe(true);

    const off = await api.call("DELETE", "/api/calendar/token");
    expect(off.status).toBe(204);
    expect((await api.call("GET", newPath)).status).toBe(404);
    expect((await api.call("GET", "/api/calendar")).body).toEqual({ feedPath: null });
    expect((await api.call("DELETE", "/api/calendar/token")).status).toBe(204);
  });

  it("serves the feed on its token alone, with no session", async () => {
    const feedPath = await turnOn();
    const noSession = testApp(suite.database(), () => {
      throw new Error("a feed request must not ask for a session");
    });
    const answer = await noSession.call("GET", feedPath);
    expect(answer.status).toBe(200);
    expect(parseIcs(answer.body as string).calendarName).toBe("Loopwise");
    // Some calendar apps check a feed with HEAD first.
    const head = await noSession.call("HEAD", feedPath);
    expect({ status: head.status, type: head.headers.get("content-type"), body: head.body }).toEqual({
      status: 200,
      type: "text/calendar; charset=utf-8",
      body: null,
    });
  });

  it("gives one and the same 404 for unknown, malformed and rotated tokens", async () => {
    const live = await turnOn();
    const token = live.slice("/api/calendar/feed/".length, -".ics".length);
    const answers = await Promise.all(
      [
        `/api/calendar/feed/${"A".repeat(43)}.ics`,
        "/api/calendar/feed/short.ics",
        `/api/calendar/feed/${token}`,
        `/api/calendar/feed/${token}.ics.ics`,
        `/api/calendar/feed/${token.toLowerCase() === token ? token.toUpperCase() : token.toLowerCase()}.ics`,
        `/api/calendar/feed/${token}x.ics`,
        "/api/calendar/feed/%00.ics",
        "/api/calendar/feed/..%2F..%2Fcompanies.ics",
      ].map((path) => api.call("GET", path)),
    );
    for (const answer of answers) {
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: 404,
        body: { error: { code: "not_found", message: "No such calendar feed" } },
      });
    }
  });

  it("another user's token never shows this user's events, and rotating one leaves the other alone", async () => {
    const { applicationId } = await application();
    const mine = await addInterview(db(), user(), {
      applicationId,
      startsAt: "2025-03-12T14:00:00.000Z",
      endsAt: "2025-03-12T15:00:00.000Z",
      timeZone: "America/New_York",
    });
    const myPath = await turnOn();

    const other = await freshUser(db());
    const theirApp = await addApplication(db(), other, { companyId: await addCompany(db(), other, "Globex") });
    const theirs = await addInterview(db(), other, {
      applicationId: theirApp,
      startsAt: "2025-03-13T14:00:00.000Z",
      endsAt: "2025-03-13T15:00:00.000Z",
      timeZone: "Asia/Kolkata",
    });
    const asOther = testApp(suite.database(), () => other);
    const theirPath = (await asOther.call("POST", "/api/calendar/token")).body.feedPath as string;

    const theirFeed = parseIcs((await asOther.call("GET", theirPath)).body as string);
    expect([...theirFeed.events.keys()]).toEqual([`interview-${theirs}@loopwise`]);
    const myFeed = await fetchFeed(myPath);
    expect([...myFeed.events.keys()]).toEqual([`interview-${mine}@loopwise`]);

    await asOther.call("POST", "/api/calendar/token");
    expect((await api.call("GET", myPath)).status).toBe(200);
    expect((await api.call("GET", "/api/calendar")).body).toEqual({ feedPath: myPath });
    // Their interview is not mine to download.
    expect((await api.call("GET", `/api/calendar/interviews/${theirs}.ics`)).status).toBe(404);
  });

  it("downloads one interview as an attachment named after its company and local date", async () => {
    const { applicationId } = await application("Zürich Café, Inc.", "Engineer");
    const id = await addInterview(db(), user(), {
      applicationId,
      kind: "hiring_manager",
      // 09:00 on 8 April in Auckland is still 7 April in UTC: the file name uses the local day.
      startsAt: "2025-04-07T21:00:00.000Z",
      endsAt: "2025-04-07T22:00:00.000Z",
      timeZone: "Pacific/Auckland",
      videoUrl: "https://meet.example/xyz",
      outcome: "cancelled",
    });
    const answer = await api.call("GET", `/api/calendar/interviews/${id}.ics`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(answer.headers.get("content-disposition")).toBe(
      'attachment; filename="interview-zurich-cafe-inc-2025-04-08.ics"',
    );
    const parsed = parseIcs(answer.body as string);
    expect([...parsed.events.keys()]).toEqual([`interview-${id}@loopwise`]);
    expect(parsed.zones).toEqual(["Pacific/Auckland"]);
    expect(timed(parsed, `interview-${id}@loopwise`)).toMatchObject({
      start: "2025-04-07T21:00:00.000Z",
      end: "2025-04-07T22:00:00.000Z",
      tzid: "Pacific/Auckland",
      wallStart: "2025-04-08T09:00:00",
    });
    const event = eventOf(parsed, `interview-${id}@loopwise`);
    expect(event.summary).toBe("Hiring manager interview · Zürich Café, Inc. — Engineer");
    expect(event.location).toBe("https://meet.example/xyz");
    expect(event.status).toBe("CANCELLED");
    expect(parsed.root.getFirstPropertyValue("method")).toBe("PUBLISH");
  });

  it("refuses a malformed interview file with 400 naming it, and an unknown id with 404", async () => {
    for (const file of [
      "not-an-id.ics",
      "7d3f0c52-0d1e-4b8e-9a51-2f6f1e0e4b11",
      "7d3f0c52-0d1e-4b8e-9a51-2f6f1e0e4b11.txt",
    ]) {
      const answer = await api.call("GET", `/api/calendar/interviews/${file}`);
      expect(answer.status, file).toBe(400);
      expect(answer.body.error.code).toBe("invalid");
      expect(Object.keys(answer.body.error.fields)).toEqual(["file"]);
    }
    const unknown = await api.call("GET", "/api/calendar/interviews/7d3f0c52-0d1e-4b8e-9a51-2f6f1e0e4b11.ics");
    expect(unknown.status).toBe(404);
  });

  it("shows an onsite loop and each of its sessions, the sessions marked as part of the loop", async () => {
    const { applicationId } = await application();
    const loop = await addInterview(db(), user(), {
      applicationId,
      kind: "onsite_loop",
      startsAt: "2025-03-20T13:00:00.000Z",
      endsAt: "2025-03-20T18:00:00.000Z",
      timeZone: "America/Chicago",
    });
    const [session] = await db()
      .insert(schema.interviews)
      .values({
        userId: user(),
        applicationId,
        parentId: loop,
        kind: "behavioral",
        startsAt: "2025-03-20T14:00:00.000Z",
        endsAt: "2025-03-20T14:45:00.000Z",
        timeZone: "America/Chicago",
      })
      .returning({ id: schema.interviews.id });
    const parsed = await fetchFeed(await turnOn());
    expect(eventOf(parsed, `interview-${loop}@loopwise`).summary).toBe("Onsite loop · Acme — Senior Engineer");
    const part = eventOf(parsed, `interview-${session!.id}@loopwise`);
    expect(part.summary).toBe("Behavioral interview · Acme — Senior Engineer");
    expect(part.description).toContain("Part of an onsite loop");
    expect(timed(parsed, `interview-${session!.id}@loopwise`)).toMatchObject({
      start: "2025-03-20T14:00:00.000Z",
      tzid: "America/Chicago",
      wallStart: "2025-03-20T09:00:00",
    });
  });

  it("stamps every event with the server clock's time", async () => {
    const { applicationId } = await application();
    await addInterview(db(), user(), {
      applicationId,
      startsAt: "2025-03-12T14:00:00.000Z",
      endsAt: "2025-03-12T15:00:00.000Z",
      timeZone: "America/New_York",
    });
    const parsed = await fetchFeed(await turnOn());
    const stamps = parsed.root.getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("dtstamp")!.toString());
    expect(stamps).toEqual([NOW.replace(".000Z", "Z")]);
  });
});
