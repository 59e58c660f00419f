import { describe, expect, it } from "vitest";
import {
  contactInputSchema,
  interviewInputSchema,
  outreachInputSchema,
  samplePeople,
  sampleSearch,
  seededRandom,
  taskInputSchema,
  wallClockIn,
} from "../src/index.js";

const NOW = new Date("2026-03-10T14:07:00.000Z");
const people = samplePeople(NOW);
const companies = new Set(sampleSearch(NOW, seededRandom(1)).companies.map((c) => c.name));
const contactKeys = new Set(people.contacts.map((c) => c.key));
const SOME_ID = "6f1c1c0e-2a59-4c1e-9d3c-2f6f0f7a1b2c";

describe("the sample search's people", () => {
  it("name only the sample's companies, contacts and loops", () => {
    const named = [
      ...people.contacts.flatMap((c) => (c.companyName ? [c.companyName] : [])),
      ...people.links.map((l) => l.companyName),
      ...people.interviews.map((i) => i.companyName),
      ...people.tasks.flatMap((t) => (t.companyName ? [t.companyName] : [])),
    ];
    expect(named.filter((name) => !companies.has(name))).toEqual([]);
    const keys = [
      ...people.links.map((l) => l.contactKey),
      ...people.outreach.map((o) => o.contactKey),
      ...people.interviews.flatMap((i) => i.interviewerKeys),
      ...people.tasks.flatMap((t) => (t.contactKey ? [t.contactKey] : [])),
    ];
    expect(keys.filter((key) => !contactKeys.has(key))).toEqual([]);
    const loops = new Map(people.interviews.map((i) => [i.key, i]));
    for (const session of people.interviews.filter((i) => i.parentKey)) {
      const loop = loops.get(session.parentKey!);
      expect(loop?.input.kind).toBe("onsite_loop");
      expect(loop?.companyName).toBe(session.companyName);
    }
  });

  it("pass the same validation as anything a user types", () => {
    for (const { key: _key, companyName: _company, ...contact } of people.contacts) {
      expect(contactInputSchema.safeParse(contact).error).toBeUndefined();
    }
    for (const { input } of people.outreach) expect(outreachInputSchema.safeParse(input).error).toBeUndefined();
    for (const { input } of people.interviews) {
      expect(interviewInputSchema.safeParse({ ...input, applicationId: SOME_ID }).error).toBeUndefined();
    }
    for (const { input } of people.tasks) expect(taskInputSchema.safeParse(input).error).toBeUndefined();
  });

  it("leave something on Today: an interview within a day, one owing notes, a follow-up and a task due", () => {
    const now = NOW.getTime();
    const starts = people.interviews.map((i) => Date.parse(i.input.startsAt) - now);
    expect(starts.some((ms) => ms > 0 && ms < 86_400_000)).toBe(true);
    expect(people.interviews.some((i) => Date.parse(i.input.endsAt) < now && !i.input.notes)).toBe(true);
    const today = NOW.toISOString().slice(0, 10);
    expect(people.outreach.some((o) => o.input.followUpOn && o.input.followUpOn <= today)).toBe(true);
    expect(people.tasks.some((t) => t.input.dueOn && t.input.dueOn <= today)).toBe(true);
  });

  it("puts interviews on the half hour, in working hours where they happen, today's later today", () => {
    for (const { input } of people.interviews) {
      expect(Date.parse(input.startsAt) % 1_800_000).toBe(0);
      const hour = Number(wallClockIn(Date.parse(input.startsAt), input.timeZone).time.slice(0, 2));
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour).toBeLessThan(18);
    }
    // In Auckland it is already 11 March at NOW (03:07 there): the call is at 10:00 that day.
    const auckland = samplePeople(NOW, "Pacific/Auckland").interviews.find((i) => i.key === "halcyon-tech")!.input;
    expect(wallClockIn(Date.parse(auckland.startsAt), "Pacific/Auckland")).toEqual({
      date: "2026-03-11",
      time: "10:00",
    });
    // In New York it is 10:07: the next half hour an hour on, 11:30.
    const newYork = samplePeople(NOW, "America/New_York").interviews.find((i) => i.key === "halcyon-tech")!.input;
    expect(wallClockIn(Date.parse(newYork.startsAt), "America/New_York")).toEqual({
      date: "2026-03-10",
      time: "11:30",
    });
  });
});
