import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp, type Answer } from "../../../test-support/server-harness.js";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testDrivers())("outreach routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  const ok = (res: Answer, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const person = async (name = "Priya") =>
    ok(await api.call("POST", "/api/contacts", { name }), 201).contact.id as string;
  const log = async (contact: string, body: Record<string, unknown>) =>
    ok(await api.call("POST", `/api/contacts/${contact}/outreach`, { channel: "email", summary: "Hi", ...body }), 201)
      .entry;
  const logOf = async (contact: string) => ok(await api.call("GET", `/api/contacts/${contact}/outreach`)).outreach;
  const patch = (contact: string, id: string, body: unknown) =>
    api.call("PATCH", `/api/contacts/${contact}/outreach/${id}`, body);

  it("POST logs an entry and answers it with 201; replied and the follow-up default to no", async () => {
    const priya = await person();
    const res = ok(
      await api.call("POST", `/api/contacts/${priya}/outreach`, {
        on: "2025-02-27",
        channel: "linkedin",
        summary: "  Asked about the platform team  ",
      }),
      201,
    );
    expect(res.entry).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      contactId: priya,
      on: "2025-02-27",
      channel: "linkedin",
      summary: "Asked about the platform team",
      replied: false,
      followUpOn: null,
      followUpDone: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const full = await log(priya, { on: "2025-02-28", channel: "in_person", replied: true, followUpOn: "2025-03-07" });
    expect(full).toMatchObject({ channel: "in_person", replied: true, followUpOn: "2025-03-07", followUpDone: false });
  });

  it("GET answers the log newest first: by date, then the later written first", async () => {
    const priya = await person();
    const middle = await log(priya, { on: "2025-02-10", summary: "middle" });
    api.clock.set("2025-03-01T13:00:00.000Z");
    const oldest = await log(priya, { on: "2025-01-05", summary: "oldest" });
    const newest = await log(priya, { on: "2025-02-20", summary: "newest" });
    api.clock.set("2025-03-01T14:00:00.000Z");
    const sameDayLater = await log(priya, { on: "2025-02-10", summary: "same day, written later" });
    const other = await person("Other");
    await log(other, { on: "2025-02-25", summary: "someone else" });
    const ids = (await logOf(priya)).map((e: { id: string }) => e.id);
    expect(ids).toEqual([newest.id, sameDayLater.id, middle.id, oldest.id]);
  });

  it("PATCH marks replied and the follow-up done, changing nothing else", async () => {
    const priya = await person();
    const entry = await log(priya, { on: "2025-02-20", followUpOn: "2025-02-27" });
    api.clock.set("2025-03-02T10:00:00.000Z");
    const replied = ok(await patch(priya, entry.id, { replied: true })).entry;
    expect(replied).toEqual({ ...entry, replied: true, updatedAt: "2025-03-02T10:00:00.000Z" });
    const done = ok(await patch(priya, entry.id, { followUpDone: true })).entry;
    expect(done).toMatchObject({ replied: true, followUpOn: "2025-02-27", followUpDone: true });
    expect(await logOf(priya)).toEqual([done]);
  });

  it("the contact's next follow-up skips one marked done; a new follow-up date reopens it", async () => {
    const priya = await person();
    const entry = await log(priya, { on: "2025-02-20", followUpOn: "2025-02-27" });
    await log(priya, { on: "2025-02-21", followUpOn: "2025-03-15" });
    const next = async () => ok(await api.call("GET", `/api/contacts/${priya}`)).contact.nextFollowUpOn;
    expect(await next()).toBe("2025-02-27");
    ok(await patch(priya, entry.id, { followUpDone: true }));
    expect(await next()).toBe("2025-03-15");
    const snoozed = ok(await patch(priya, entry.id, { followUpOn: "2025-03-04" })).entry;
    expect(snoozed).toMatchObject({ followUpOn: "2025-03-04", followUpDone: false });
    expect(await next()).toBe("2025-03-04");
    const sameDate = ok(await patch(priya, entry.id, { followUpDone: true })).entry;
    expect(ok(await patch(priya, entry.id, { followUpOn: sameDate.followUpOn })).entry.followUpDone).toBe(true);
    const movedAndDone = ok(await patch(priya, entry.id, { followUpOn: "2025-03-20", followUpDone: true })).entry;
    expect(movedAndDone.followUpDone).toBe(true);
    expect(ok(await patch(priya, entry.id, { followUpOn: null })).entry).toMatchObject({ followUpOn: null });
  });

  it("a follow-up before the outreach date is a 400 naming the field that moved", async () => {
    const priya = await person();
    const posted = await api.call("POST", `/api/contacts/${priya}/outreach`, {
      on: "2025-02-20",
      channel: "email",
      summary: "x",
      followUpOn: "2025-02-19",
    });
    expect(posted.status).toBe(400);
    expect(Object.keys(posted.body.error.fields)).toEqual(["followUpOn"]);

    const entry = await log(priya, { on: "2025-02-20", followUpOn: "2025-02-27" });
    const late = await patch(priya, entry.id, { on: "2025-02-28" });
    expect(late.status).toBe(400);
    expect(Object.keys(late.body.error.fields)).toEqual(["on"]);
    const early = await patch(priya, entry.id, { followUpOn: "2025-02-19" });
    expect(early.status).toBe(400);
    expect(Object.keys(early.body.error.fields)).toEqual(["followUpOn"]);
    const both = await patch(priya, entry.id, { on: "2025-03-01", followUpOn: "2025-02-28" });
    expect(both.status).toBe(400);
    expect(Object.keys(both.body.error.fields)).toEqual(["followUpOn"]);
    expect(await logOf(priya)).toEqual([entry]);

    // On the day itself is fine, and so is moving both together, or the date once there is no follow-up.
    expect(ok(await patch(priya, entry.id, { on: "2025-02-27" })).entry.on).toBe("2025-02-27");
    const movedBoth = ok(await patch(priya, entry.id, { on: "2025-03-10", followUpOn: "2025-03-12" })).entry;
    expect(movedBoth).toMatchObject({ on: "2025-03-10", followUpOn: "2025-03-12" });
    const bare = await log(priya, { on: "2025-02-01" });
    expect(ok(await patch(priya, bare.id, { on: "2025-12-31" })).entry.on).toBe("2025-12-31");
  });

  it("DELETE removes one entry with 204", async () => {
    const priya = await person();
    const keep = await log(priya, { on: "2025-02-01" });
    const drop = await log(priya, { on: "2025-02-02" });
    const res = await api.call("DELETE", `/api/contacts/${priya}/outreach/${drop.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect(await logOf(priya)).toEqual([keep]);
    expect((await api.call("DELETE", `/api/contacts/${priya}/outreach/${drop.id}`)).status).toBe(404);
    expect((await patch(priya, drop.id, { replied: true })).status).toBe(404);
    expect(ok(await api.call("GET", `/api/contacts/${priya}`)).contact.lastOutreachOn).toBe("2025-02-01");
  });

  it("an entry reached through another contact is a 404", async () => {
    const priya = await person();
    const marcus = await person("Marcus");
    const entry = await log(priya, { on: "2025-02-01" });
    expect((await patch(marcus, entry.id, { replied: true })).status).toBe(404);
    expect((await api.call("DELETE", `/api/contacts/${marcus}/outreach/${entry.id}`)).status).toBe(404);
    expect(await logOf(priya)).toEqual([entry]);
  });

  it("another user's contact or entry is a 404 on every route, and nothing of theirs changes", async () => {
    const priya = await person();
    const mine = await log(priya, { on: "2025-02-01" });
    const otherUser = await freshUser(suite.database().db);
    const theirs = testApp(suite.database(), () => otherUser);
    const theirContact = (await theirs.call("POST", "/api/contacts", { name: "Theirs" })).body.contact.id;
    const theirEntry = (
      await theirs.call("POST", `/api/contacts/${theirContact}/outreach`, {
        on: "2025-02-01",
        channel: "phone",
        summary: "private",
      })
    ).body.entry;

    for (const [method, path, body] of [
      ["GET", `/api/contacts/${theirContact}/outreach`, undefined],
      ["POST", `/api/contacts/${theirContact}/outreach`, { on: "2025-02-02", channel: "email", summary: "x" }],
      ["PATCH", `/api/contacts/${theirContact}/outreach/${theirEntry.id}`, { replied: true }],
      ["DELETE", `/api/contacts/${theirContact}/outreach/${theirEntry.id}`, undefined],
      ["PATCH", `/api/contacts/${priya}/outreach/${theirEntry.id}`, { replied: true }],
      ["DELETE", `/api/contacts/${priya}/outreach/${theirEntry.id}`, undefined],
    ] as const) {
      const res = await api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    expect((await theirs.call("GET", `/api/contacts/${theirContact}/outreach`)).body.outreach).toEqual([theirEntry]);
    expect(await logOf(priya)).toEqual([mine]);
  });

  it.each([
    ["no date", { channel: "email", summary: "x" }, "on"],
    ["a date that is not YYYY-MM-DD", { on: "01/02/2025", channel: "email", summary: "x" }, "on"],
    ["a day that does not exist", { on: "2025-02-30", channel: "email", summary: "x" }, "on"],
    ["no channel", { on: "2025-02-01", summary: "x" }, "channel"],
    ["an unknown channel", { on: "2025-02-01", channel: "fax", summary: "x" }, "channel"],
    ["no summary", { on: "2025-02-01", channel: "email" }, "summary"],
    ["a blank summary", { on: "2025-02-01", channel: "email", summary: "  " }, "summary"],
    ["a summary over 2,000 characters", { on: "2025-02-01", channel: "email", summary: "x".repeat(2001) }, "summary"],
    ["replied that is not a boolean", { on: "2025-02-01", channel: "email", summary: "x", replied: "yes" }, "replied"],
    ["a bad follow-up date", { on: "2025-02-01", channel: "email", summary: "x", followUpOn: "soon" }, "followUpOn"],
    ["an unknown field", { on: "2025-02-01", channel: "email", summary: "x", contactId: MISSING }, "contactId"],
  ])("POST refuses %s with a 400 naming the field", async (_label, body, field) => {
    const priya = await person();
    const res = await api.call("POST", `/api/contacts/${priya}/outreach`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect(await logOf(priya)).toEqual([]);
  });

  it.each([
    ["a null date", { on: null }, "on"],
    ["a blank summary", { summary: "" }, "summary"],
    ["followUpDone that is not a boolean", { followUpDone: 1 }, "followUpDone"],
    ["an unknown channel", { channel: "pigeon" }, "channel"],
    ["an unknown field", { id: MISSING }, "id"],
  ])("PATCH refuses %s with a 400 naming the field", async (_label, body, field) => {
    const priya = await person();
    const entry = await log(priya, { on: "2025-02-01" });
    const res = await patch(priya, entry.id, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect(await logOf(priya)).toEqual([entry]);
  });

  it("refuses malformed ids with a 400 and a missing contact or entry with a 404", async () => {
    const priya = await person();
    const entry = await log(priya, { on: "2025-02-01" });
    const body = { on: "2025-02-01", channel: "email", summary: "x" };
    const fieldsOf = async (res: Promise<Answer>) => {
      const answer = await res;
      expect(answer.status).toBe(400);
      return answer.body.error.fields;
    };
    expect(await fieldsOf(api.call("GET", "/api/contacts/nope/outreach"))).toHaveProperty("id");
    expect(await fieldsOf(api.call("POST", "/api/contacts/nope/outreach", body))).toHaveProperty("id");
    expect(await fieldsOf(patch(priya, "nope", { replied: true }))).toHaveProperty("outreachId");
    expect(await fieldsOf(api.call("DELETE", `/api/contacts/${priya}/outreach/nope`))).toHaveProperty("outreachId");
    expect((await api.call("GET", `/api/contacts/${MISSING}/outreach`)).status).toBe(404);
    expect((await api.call("POST", `/api/contacts/${MISSING}/outreach`, body)).status).toBe(404);
    expect((await patch(priya, MISSING, { replied: true })).status).toBe(404);
    expect(await logOf(priya)).toEqual([entry]);
  });
});
