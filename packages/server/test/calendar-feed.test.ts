import { schema } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { addApplication } from "../../../test-support/db-fixtures.js";
import { NOW } from "../../../test-support/server-harness.js";
import { addContact, addInterview, allDay, calendarSuite, eventOf, timed } from "./calendar-fixtures.js";

/** What the feed holds: interviews in their zones, all-day items, escaping, the window, the stamps. */
describe.each(testDrivers())("the calendar feed's events on %s", (kind) => {
  const { api, db, user, turnOn, fetchFeed, application, suite } = calendarSuite(kind);

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
