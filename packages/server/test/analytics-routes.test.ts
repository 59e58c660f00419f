import { insertApplication, schema, type Db } from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import type { Source, Stage, UserId } from "@loopwise/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCompany, freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp, type Answer } from "../../../test-support/server-harness.js";

// A hand-made search walked through the API with the clock set at each step. Day 0 is Monday
// 2025-02-03; steps at 09:00 UTC unless a time is given. NOW is Saturday 2025-03-01 12:00 UTC.
//
//   P referral        interested d0, applied d2, recruiter_screen d5, technical_screen d12
//   Q referral        interested d0, applied d1, rejected d4
//   R applied_online  applied d3, no_response d20
//   S recruiter       recruiter_screen d7, technical_screen d9 21:00, onsite d14, offer d18
//   T (no source)     interested d8
//
// Interviews (S): one held d8, an onsite loop on d15 with two sessions (counted, not the loop),
// one still to come on 2025-03-05. Outreach on 2025-02-12 and 2025-02-25.
const at = (day: number, time = "09:00") =>
  new Date(Date.parse(`2025-02-03T${time}:00.000Z`) + day * 86_400_000).toISOString();
type Walk = [source: Source | null, ...steps: [Stage, number, string?][]];
const SEARCH: Record<string, Walk> = {
  P: ["referral", ["interested", 0], ["applied", 2], ["recruiter_screen", 5], ["technical_screen", 12]],
  Q: ["referral", ["interested", 0], ["applied", 1], ["rejected", 4]],
  R: ["applied_online", ["applied", 3], ["no_response", 20]],
  S: ["recruiter", ["recruiter_screen", 7], ["technical_screen", 9, "21:00"], ["onsite", 14], ["offer", 18]],
  T: [null, ["interested", 8]],
};

describe.each(testDrivers())("analytics route on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;
  const get = (query = "") => api.call("GET", `/api/analytics${query}`);

  /** Creates the application at its first step and moves it through the rest, the clock at each. */
  async function walk(name: string, [source, ...steps]: Walk): Promise<string> {
    const [[first, day, time], ...moves] = steps as [[Stage, number, string?], ...[Stage, number, string?][]];
    api.clock.set(at(day, time));
    const created = await api.call("POST", "/api/applications", {
      companyName: `Company ${name}`,
      roleTitle: "Engineer",
      stage: first,
      source,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.application.id as string;
    for (const [stage, d, t] of moves) {
      api.clock.set(at(d, t));
      expect((await api.call("POST", `/api/applications/${id}/move`, { stage })).status).toBe(200);
    }
    return id;
  }

  async function seedSearch() {
    const ids: Record<string, string> = {};
    for (const [name, steps] of Object.entries(SEARCH)) ids[name] = await walk(name, steps);
    await addActivity(suite.database().db, suite.user(), ids.S!);
    api.clock.set(NOW);
    return ids;
  }

  it("answers the hand-computed funnel and conversions", async () => {
    await seedSearch();
    const { status, body } = await get();
    expect(status).toBe(200);
    // Furthest: P technical (open), Q applied (closed), R applied (closed), S offer (open), T interested.
    // reached: offer 1, onsite 1, technical 1 + 1 = 2, recruiter 2, applied 2 + 2 = 4, interested 5.
    expect(body.funnel).toEqual([
      { stage: "interested", reached: 5, stoppedOpen: 1, stoppedClosed: 0 },
      { stage: "applied", reached: 4, stoppedOpen: 0, stoppedClosed: 2 },
      { stage: "recruiter_screen", reached: 2, stoppedOpen: 0, stoppedClosed: 0 },
      { stage: "technical_screen", reached: 2, stoppedOpen: 1, stoppedClosed: 0 },
      { stage: "onsite", reached: 1, stoppedOpen: 0, stoppedClosed: 0 },
      { stage: "offer", reached: 1, stoppedOpen: 1, stoppedClosed: 0 },
      { stage: "accepted", reached: 0, stoppedOpen: 0, stoppedClosed: 0 },
    ]);
    // 4/5, 2/4, 2/2, 1/2, 1/1, 0/1.
    expect(body.conversions.map((c: { rate: number | null }) => c.rate)).toEqual([0.8, 0.5, 1, 0.5, 1, 0]);
    // referral: P screened, Q rejected after applying, 2/2; recruiter: S 1/1; applied_online: R silent, 0/1.
    expect(body.sources).toEqual([
      { source: "referral", applied: 2, responded: 2, rate: 1 },
      { source: "recruiter", applied: 1, responded: 1, rate: 1 },
      { source: "applied_online", applied: 1, responded: 0, rate: 0 },
      { source: "network", applied: 0, responded: 0, rate: null },
      { source: "other", applied: 0, responded: 0, rate: null },
      { source: "unknown", applied: 0, responded: 0, rate: null },
    ]);
    // Closed Q R; none accepted; active P S T. Moves 3 + 2 + 1 + 3 + 0 = 9. Applied 4, answered 3.
    expect(body.totals).toEqual({
      applications: 5,
      active: 3,
      closed: 2,
      moves: 9,
      applied: 4,
      responded: 3,
      responseRate: 0.75,
      offers: 1,
      offerRate: 0.25,
      accepted: 0,
      interviews: 3,
      outreach: 2,
    });
    expect(body.range).toEqual({ from: null, to: null, timeZone: "UTC" });
  });

  it("answers the hand-computed days per stage", async () => {
    await seedSearch();
    const { body } = await get();
    const row = (
      s: Stage,
      completed: number,
      open: number,
      median: number | null,
      p90: number | null,
      min: number | null,
      max: number | null,
      forward: number,
      pass: number | null,
    ) => ({
      stage: s,
      completed,
      open,
      medianDays: median,
      p90Days: p90,
      minDays: min,
      maxDays: max,
      movedForward: forward,
      passRate: pass,
    });
    expect(body.stageDurations).toEqual([
      // P 2, Q 1, T still there: median 1.5; p90 h = 0.9, 1 + 0.9·1 = 1.9.
      row("interested", 2, 1, 1.5, 1.9, 1, 2, 2, 1),
      // P 3, Q 3 (rejected), R 17 (no response): median 3; p90 h = 1.8, 3 + 0.8·14 = 14.2; forward 1 of 3.
      row("applied", 3, 0, 3, 14.2, 3, 17, 1, 0.3333),
      // P 7, S 2.5 (d7 09:00 to d9 21:00): median 4.75; p90 h = 0.9, 2.5 + 0.9·4.5 = 6.55.
      row("recruiter_screen", 2, 0, 4.75, 6.55, 2.5, 7, 2, 1),
      // S 4.5 (d9 21:00 to d14 09:00); P still there.
      row("technical_screen", 1, 1, 4.5, 4.5, 4.5, 4.5, 1, 1),
      row("onsite", 1, 0, 4, 4, 4, 4, 1, 1),
      row("offer", 0, 1, null, null, null, null, 0, null),
    ]);
  });

  it("answers every week from the first activity to this week, empty weeks included", async () => {
    await seedSearch();
    const { body } = await get();
    // Feb 3-9: added P Q R, applied P Q R, moves P×2 Q×2.
    // Feb 10-16: added S T, applied S (skip), moves P d12 S d9, interview d8, outreach Feb 12.
    // Feb 17-23: moves R d20 (Sunday) S d14 S d18, the loop's two sessions d15.
    // Feb 24-Mar 2 (this week): outreach Feb 25; the interview on Mar 5 has not happened.
    expect(body.weekly).toEqual([
      { weekStart: "2025-02-03", week: "2025-W06", added: 3, applied: 3, moves: 4, interviews: 0, outreach: 0 },
      { weekStart: "2025-02-10", week: "2025-W07", added: 2, applied: 1, moves: 2, interviews: 1, outreach: 1 },
      { weekStart: "2025-02-17", week: "2025-W08", added: 0, applied: 0, moves: 3, interviews: 2, outreach: 0 },
      { weekStart: "2025-02-24", week: "2025-W09", added: 0, applied: 0, moves: 0, interviews: 0, outreach: 1 },
    ]);
  });

  it("from and to select the applications that entered in those days, and the weeks of those days", async () => {
    await seedSearch();
    const { status, body } = await get("?from=2025-02-07&to=2025-02-12");
    expect(status).toBe(200);
    // Entered Feb 7-12: S (Feb 10, straight to a screen) and T (Feb 11).
    expect(body.funnel.map((s: { reached: number }) => s.reached)).toEqual([2, 1, 1, 1, 1, 1, 0]);
    expect(body.totals).toMatchObject({ applications: 2, active: 2, closed: 0, moves: 3, applied: 1, responded: 1 });
    // The days Feb 7-12, whichever application: Feb 7-9 Q's rejection d4 and P's screen d5; Feb 10-12
    // S and T added, S's move d9 (Feb 12), the interview on Feb 11, outreach Feb 12.
    expect(body.weekly).toEqual([
      { weekStart: "2025-02-03", week: "2025-W06", added: 0, applied: 0, moves: 2, interviews: 0, outreach: 0 },
      { weekStart: "2025-02-10", week: "2025-W07", added: 2, applied: 1, moves: 1, interviews: 1, outreach: 1 },
    ]);
    expect(body.range).toEqual({ from: "2025-02-07", to: "2025-02-12", timeZone: "UTC" });
  });

  it("days are the zone's: S's step at 21:00 UTC on Feb 12 is Feb 13 in Auckland", async () => {
    await seedSearch();
    const movesOn = async (query: string) =>
      ((await get(query)).body.weekly as { moves: number }[]).reduce((sum, w) => sum + w.moves, 0);
    expect(await movesOn("?from=2025-02-13&to=2025-02-13&tz=Pacific/Auckland")).toBe(1);
    expect(await movesOn("?from=2025-02-13&to=2025-02-13")).toBe(0);
    expect(await movesOn("?from=2025-02-12&to=2025-02-12")).toBe(1);
    // Monday 03:00 UTC is still Sunday in New York: this week there is the week before UTC's.
    api.clock.set("2025-03-03T03:00:00.000Z");
    expect((await get("?tz=America/New_York")).body.weekly.at(-1).weekStart).toBe("2025-02-24");
    expect((await get()).body.weekly.at(-1).weekStart).toBe("2025-03-03");
  });

  it("answers zeros and no weeks for a user with nothing yet", async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body.funnel.every((s: { reached: number }) => s.reached === 0)).toBe(true);
    expect(body.conversions.every((c: { rate: number | null }) => c.rate === null)).toBe(true);
    expect(body.weekly).toEqual([]);
    expect(body.totals).toMatchObject({ applications: 0, moves: 0, responseRate: null, offerRate: null });
  });

  it("another user's applications, interviews and outreach count for nobody else", async () => {
    const db = suite.database().db;
    const other = await freshUser(db);
    const company = await addCompany(db, other, "Theirs");
    const theirs = await insertApplication(
      db,
      other,
      { roleTitle: "Engineer", companyId: company, source: "referral" },
      [
        { stage: "applied", at: at(0) },
        { stage: "offer", at: at(5) },
      ],
      "a0",
      at(0),
    );
    await addActivity(db, other, theirs);
    await walk("T", SEARCH.T!);
    api.clock.set(NOW);
    const { body } = await get();
    expect(body.totals).toMatchObject({ applications: 1, applied: 0, offers: 0, interviews: 0, outreach: 0 });
    expect(body.sources[0]).toEqual({ source: "referral", applied: 0, responded: 0, rate: null });
  });

  it.each<[string, string]>([
    ["?from=2025-02-30", "from"],
    ["?from=03/01/2025", "from"],
    ["?to=yesterday", "to"],
    ["?from=2025-03-02&to=2025-03-01", "to"],
    ["?tz=Mars/Olympus_Mons", "tz"],
    ["?tz=", "tz"],
    ["?range=30", "range"],
  ])("GET %s is a 400 naming %s", async (query, field) => {
    const { status, body }: Answer = await get(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid");
    expect(Object.keys(body.error.fields)).toEqual([field]);
  });
});

describe.each(testDrivers())("analytics on %s with the session in another time zone", (kind) => {
  let database: TestDatabase;
  let user: UserId;
  beforeAll(async () => {
    database = await createTestDb(kind, { timeZone: "Asia/Kolkata" });
    user = await freshUser(database.db);
  });
  afterAll(() => database?.close());

  it("reads history instants the same whatever zone the database session is in", async () => {
    const api = testApp(database, () => user);
    // Tuesday 23:00 UTC is already Wednesday in Kolkata; the route's days are UTC's unless asked.
    api.clock.set("2025-02-04T23:00:00.000Z");
    const created = await api.call("POST", "/api/applications", { companyName: "Acme", roleTitle: "Engineer" });
    api.clock.set("2025-02-09T23:30:00.000Z"); // Sunday in UTC, Monday in Kolkata
    await api.call("POST", `/api/applications/${created.body.application.id}/move`, { stage: "applied" });
    api.clock.set(NOW);
    const utc = (await api.call("GET", "/api/analytics?from=2025-02-04&to=2025-02-09")).body;
    expect(utc.weekly.map((w: { added: number; moves: number }) => [w.added, w.moves])).toEqual([[1, 1]]);
    expect(utc.stageDurations[0]).toMatchObject({ completed: 1, medianDays: 5.02 }); // 5 days 30 minutes
    const kolkata = (await api.call("GET", "/api/analytics?from=2025-02-04&to=2025-02-09&tz=Asia/Kolkata")).body;
    // In Kolkata the application entered on the 5th and moved on Monday the 10th, after `to`.
    expect(kolkata.weekly.map((w: { added: number; moves: number }) => [w.added, w.moves])).toEqual([[1, 0]]);
  });
});

/** Interviews for `applicationId` (one held, a loop of two sessions, one to come) and two outreach entries. */
async function addActivity(db: Db, userId: UserId, applicationId: string) {
  const interview = (startsAt: string, extra: Partial<typeof schema.interviews.$inferInsert> = {}) => ({
    userId,
    applicationId,
    kind: "coding",
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    timeZone: "UTC",
    ...extra,
  });
  await db.insert(schema.interviews).values(interview(at(8, "15:00"), { outcome: "passed" }));
  const [loop] = await db
    .insert(schema.interviews)
    .values(interview(at(15, "10:00"), { kind: "onsite_loop" }))
    .returning({ id: schema.interviews.id });
  await db
    .insert(schema.interviews)
    .values([
      interview(at(15, "10:00"), { parentId: loop!.id }),
      interview(at(15, "13:00"), { parentId: loop!.id, kind: "system_design" }),
      interview("2025-03-05T15:00:00.000Z"),
    ]);
  const [contact] = await db
    .insert(schema.contacts)
    .values({ userId, name: "Riley Recruiter" })
    .returning({ id: schema.contacts.id });
  await db.insert(schema.outreach).values([
    { userId, contactId: contact!.id, on: "2025-02-12", channel: "email", summary: "Asked for a referral" },
    { userId, contactId: contact!.id, on: "2025-02-25", channel: "linkedin", summary: "Followed up" },
  ]);
}
