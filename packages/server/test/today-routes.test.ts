import { schema } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { addCompany, freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, testApp } from "../../../test-support/server-harness.js";
import { postApplication } from "./api-fixtures.js";

describe.each(testDrivers())("the today route on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  const application = (extra?: Record<string, unknown>) => postApplication(api, extra);

  /** An interview starting at `startsAt` (UTC), an hour long unless `endsAt` says otherwise. */
  async function interview(applicationId: string, startsAt: string, extra: Record<string, unknown> = {}) {
    const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
    const res = await api.call("POST", "/api/interviews", {
      applicationId,
      kind: "coding",
      startsAt,
      endsAt,
      timeZone: "UTC",
      ...extra,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.interview.id as string;
  }

  async function today(tz: string) {
    const res = await api.call("GET", `/api/today?tz=${encodeURIComponent(tz)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  const ids = (list: { id: string }[]) => list.map((item) => item.id);

  it("needs a valid IANA zone in tz: missing or unknown is a 400 naming tz", async () => {
    const checks: [string, string][] = [
      ["/api/today", "tz"],
      ["/api/today?tz=", "tz"],
      ["/api/today?tz=Middle/Earth", "tz"],
      ["/api/today?tz=UTC&date=2025-03-01", "date"],
    ];
    for (const [path, field] of checks) {
      const res = await api.call("GET", path);
      expect(res.status, path).toBe(400);
      expect(Object.keys(res.body.error.fields), path).toEqual([field]);
    }
    const missing = await api.call("GET", "/api/today");
    expect(missing.body.error.fields.tz).toMatch(/is required/);
  });

  it("answers an empty day with every section empty", async () => {
    expect(await today("Europe/Berlin")).toEqual({
      date: "2025-03-01",
      interviews: { today: [], tomorrow: [] },
      followUps: [],
      tasks: [],
      notesOwed: [],
      offerDeadlines: [],
      planActions: [],
    });
  });

  it("takes today and tomorrow as calendar days in tz: Auckland is already on the next UTC day", async () => {
    // NOW is 2025-03-01 12:00 UTC, which is Sunday 2 March 01:00 in Auckland (UTC+13).
    const app = await application();
    const lateSat = await interview(app, "2025-03-01T10:59:00.000Z"); // Sat 23:59 NZDT
    const earlySun = await interview(app, "2025-03-01T11:00:00.000Z"); // Sun 00:00 NZDT
    const lateSun = await interview(app, "2025-03-02T10:59:00.000Z"); // Sun 23:59 NZDT
    const earlyMon = await interview(app, "2025-03-02T11:00:00.000Z"); // Mon 00:00 NZDT
    const lateMon = await interview(app, "2025-03-03T10:59:00.000Z"); // Mon 23:59 NZDT
    await interview(app, "2025-03-03T11:00:00.000Z"); // Tue 00:00 NZDT
    await interview(app, "2025-03-01T11:30:00.000Z", { outcome: "cancelled" });

    const auckland = await today("Pacific/Auckland");
    expect(auckland.date).toBe("2025-03-02");
    expect(ids(auckland.interviews.today)).toEqual([earlySun, lateSun]);
    expect(ids(auckland.interviews.tomorrow)).toEqual([earlyMon, lateMon]);

    const utc = await today("UTC");
    expect(utc.date).toBe("2025-03-01");
    expect(ids(utc.interviews.today)).toEqual([lateSat, earlySun]);
    expect(ids(utc.interviews.tomorrow)).toEqual([lateSun, earlyMon]);
    expect(utc.interviews.today[0]).toMatchObject({ companyName: "Acme", roleTitle: "Engineer", kind: "coding" });
  });

  it("follows the clocks across a DST change: New York's tomorrow is 23 hours, London's day 25", async () => {
    const app = await application();
    // Saturday 8 March 2025, noon EST; on Sunday the 9th New York springs forward at 02:00.
    api.clock.set("2025-03-08T17:00:00.000Z");
    const sundayLate = await interview(app, "2025-03-10T03:59:00.000Z"); // Sun 23:59 EDT
    const mondayEarly = await interview(app, "2025-03-10T04:30:00.000Z"); // Mon 00:30 EDT
    const ny = await today("America/New_York");
    expect(ny.date).toBe("2025-03-08");
    expect(ids(ny.interviews.tomorrow)).toEqual([sundayLate]);
    expect(ids(ny.interviews.today)).toEqual([]);
    expect(ny.interviews.tomorrow).not.toContainEqual(expect.objectContaining({ id: mondayEarly }));

    // Sunday 26 October 2025 in London: 01:00-02:00 happens twice, so the day ends at 24:00 GMT.
    api.clock.set("2025-10-26T12:00:00.000Z");
    const lateSunday = await interview(app, "2025-10-26T23:30:00.000Z"); // Sun 23:30 GMT
    const firstHour = await interview(app, "2025-10-25T23:00:00.000Z"); // Sun 00:00 BST
    const lastSaturday = await interview(app, "2025-10-25T22:59:00.000Z"); // Sat 23:59 BST
    const london = await today("Europe/London");
    expect(london.date).toBe("2025-10-26");
    expect(ids(london.interviews.today)).toEqual([firstHour, lateSunday]);
    expect(ids(london.interviews.today)).not.toContain(lastSaturday);
  });

  it("lists open follow-ups due on or before today with how many days overdue", async () => {
    const db = suite.database().db;
    const userId = suite.user();
    const acme = await addCompany(db, userId, "Acme");
    const [ada, bo] = await db
      .insert(schema.contacts)
      .values([
        { userId, name: "Ada", companyId: acme },
        { userId, name: "Bo", companyId: null },
      ])
      .returning();
    const rows = await db
      .insert(schema.outreach)
      .values([
        { userId, contactId: ada!.id, on: "2025-02-20", channel: "email", summary: "Asked", followUpOn: "2025-02-27" },
        { userId, contactId: bo!.id, on: "2025-02-25", channel: "linkedin", summary: "Hi", followUpOn: "2025-03-02" },
        { userId, contactId: ada!.id, on: "2025-02-25", channel: "phone", summary: "Later", followUpOn: "2025-03-03" },
        {
          userId,
          contactId: ada!.id,
          on: "2025-02-20",
          channel: "email",
          summary: "Done",
          followUpOn: "2025-02-21",
          followUpDone: true,
        },
        { userId, contactId: bo!.id, on: "2025-02-20", channel: "email", summary: "No follow-up" },
      ])
      .returning();
    const auckland = await today("Pacific/Auckland");
    expect(auckland.followUps).toEqual([
      {
        outreachId: rows[0]!.id,
        contactId: ada!.id,
        contactName: "Ada",
        companyName: "Acme",
        followUpOn: "2025-02-27",
        summary: "Asked",
        daysOverdue: 3,
      },
      {
        outreachId: rows[1]!.id,
        contactId: bo!.id,
        contactName: "Bo",
        companyName: null,
        followUpOn: "2025-03-02",
        summary: "Hi",
        daysOverdue: 0,
      },
    ]);
    // In Los Angeles it is still the 1st: the follow-up on the 2nd is not due yet.
    const la = await today("America/Los_Angeles");
    expect(la.followUps.map((f: { outreachId: string; daysOverdue: number }) => [f.outreachId, f.daysOverdue])).toEqual(
      [[rows[0]!.id, 2]],
    );
  });

  it("lists open tasks due on or before today, soonest first", async () => {
    const post = async (title: string, extra: Record<string, unknown>) =>
      (await api.call("POST", "/api/tasks", { title, ...extra })).body.task.id;
    const overdue = await post("overdue", { dueOn: "2025-02-25" });
    const dueToday = await post("today", { dueOn: "2025-03-01" });
    await post("tomorrow", { dueOn: "2025-03-02" });
    await post("undated", {});
    await post("done", { dueOn: "2025-02-20", done: true });
    const agenda = await today("Europe/Paris");
    expect(ids(agenda.tasks)).toEqual([overdue, dueToday]);
    expect(agenda.tasks[0]).toMatchObject({ title: "overdue", done: false });
  });

  it("owes notes for interviews that ended in the last 14 days, not cancelled, with no notes yet", async () => {
    const app = await application();
    const justEnded = await interview(app, "2025-03-01T11:00:00.000Z"); // ended 12:00, now
    const blank = await interview(app, "2025-02-28T09:00:00.000Z", { notes: "   " });
    await interview(app, "2025-02-28T10:00:00.000Z", { notes: "Went well" });
    await interview(app, "2025-02-27T09:00:00.000Z", { outcome: "cancelled" });
    await interview(app, "2025-03-01T11:30:00.000Z"); // still running
    const edge = await interview(app, "2025-02-15T11:00:00.000Z", { endsAt: "2025-02-15T12:00:01.000Z" });
    await interview(app, "2025-02-15T11:00:00.000Z"); // ended exactly 14 days ago
    const loop = await interview(app, "2025-02-26T09:00:00.000Z", { kind: "onsite_loop" });
    const session = await interview(app, "2025-02-26T09:00:00.000Z", { kind: "behavioral", parentId: loop });
    const lonelyLoop = await interview(app, "2025-02-24T09:00:00.000Z", { kind: "onsite_loop" });

    const agenda = await today("UTC");
    expect(ids(agenda.notesOwed)).toEqual([justEnded, blank, session, lonelyLoop, edge]);
  });

  it("lists offer deadlines from today to a week ahead, not archived, with the days left", async () => {
    const inAWeek = await application({ companyName: "Week", offerDeadline: "2025-03-08" });
    const dueToday = await application({ companyName: "Today", offerDeadline: "2025-03-01" });
    await application({ companyName: "Later", offerDeadline: "2025-03-09" });
    await application({ companyName: "Gone", offerDeadline: "2025-02-28" });
    await application({ companyName: "Archived", offerDeadline: "2025-03-03", archived: true });
    const agenda = await today("UTC");
    expect(agenda.offerDeadlines).toEqual([
      {
        applicationId: dueToday,
        companyName: "Today",
        roleTitle: "Engineer",
        offerDeadline: "2025-03-01",
        daysLeft: 0,
      },
      { applicationId: inAWeek, companyName: "Week", roleTitle: "Engineer", offerDeadline: "2025-03-08", daysLeft: 7 },
    ]);
    // Auckland's today is the 2nd: the deadline of the 1st has passed, the 9th is now within the week.
    expect((await today("Pacific/Auckland")).offerDeadlines.map((o: { companyName: string }) => o.companyName)).toEqual(
      ["Week", "Later"],
    );
  });

  it("shows only the asking user's day", async () => {
    const other: UserId = await freshUser(suite.database().db);
    const them = testApp(suite.database(), () => other);
    const theirApp = (
      await them.call("POST", "/api/applications", {
        companyName: "Theirs",
        roleTitle: "CTO",
        offerDeadline: "2025-03-02",
      })
    ).body.application.id;
    await them.call("POST", "/api/interviews", {
      applicationId: theirApp,
      kind: "coding",
      startsAt: "2025-03-01T10:00:00Z",
      endsAt: "2025-03-01T11:00:00Z",
      timeZone: "UTC",
    });
    await them.call("POST", "/api/tasks", { title: "Theirs", dueOn: "2025-03-01" });
    const theirs = await them.call("GET", "/api/today?tz=UTC");
    expect(theirs.body.interviews.today).toHaveLength(1);
    expect(theirs.body.notesOwed).toHaveLength(1);
    expect(theirs.body.tasks).toHaveLength(1);
    expect(theirs.body.offerDeadlines).toHaveLength(1);

    const mine = await today("UTC");
    expect(mine).toMatchObject({
      interviews: { today: [], tomorrow: [] },
      tasks: [],
      notesOwed: [],
      offerDeadlines: [],
    });
  });
});
