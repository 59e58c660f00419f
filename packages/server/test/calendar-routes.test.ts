import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { addApplication, addCompany, freshUser } from "../../../test-support/db-fixtures.js";
import { testApp } from "../../../test-support/server-harness.js";
import { addInterview, calendarSuite, eventOf, parseIcs, timed } from "./calendar-fixtures.js";

/** Turning the feed on and off, its tokens, who may read it, and one interview's download. */
describe.each(testDrivers())("calendar routes on %s", (kind) => {
  const { api, db, user, turnOn, fetchFeed, application, suite } = calendarSuite(kind);

  it("is off until turned on; POST gives a feed path, GET answers the same one", async () => {
    expect(await api.call("GET", "/api/calendar")).toMatchObject({ status: 200, body: { feedPath: null } });
    const feedPath = await turnOn();
    expect(feedPath).toMatch(/^\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await api.call("GET", "/api/calendar")).body).toEqual({ feedPath });
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
});
