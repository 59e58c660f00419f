import type { Interview } from "@loopwise/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FRESH_FOR_MS,
  nextEndAfter,
  owesNotes,
  parseReminded,
  remember,
  reminderQuestion,
  remindersDue,
  type Reminded,
} from "../src/features/interviews/notes-reminder";

const MIN = 60_000;
const END = Date.parse("2025-03-04T16:00:00Z");

function interview(id: string, extra: Partial<Interview> = {}): Interview {
  return {
    id,
    endsAt: new Date(END).toISOString(),
    startsAt: new Date(END - 60 * MIN).toISOString(),
    outcome: "pending",
    notes: null,
    sessionIds: [],
    kind: "coding",
    companyName: "Acme",
    ...extra,
  } as Interview;
}

const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe("remindersDue", () => {
  it("is quiet before the end, asks from the end until 30 minutes after, then lets it be", () => {
    const list = [interview("a")];
    expect(remindersDue(list, END - 1, {})).toEqual([]);
    expect(ids(remindersDue(list, END, {}))).toEqual(["a"]);
    expect(ids(remindersDue(list, END + 29 * MIN, {}))).toEqual(["a"]);
    expect(remindersDue(list, END + FRESH_FOR_MS, {})).toEqual([]);
    expect(remindersDue(list, END + 3 * 60 * MIN, {})).toEqual([]);
  });

  it("never asks twice for one interview", () => {
    const list = [interview("a"), interview("b", { endsAt: new Date(END + 5 * MIN).toISOString() })];
    let reminded: Reminded = {};
    const first = remindersDue(list, END + MIN, reminded);
    expect(ids(first)).toEqual(["a"]);
    reminded = remember(reminded, first, END + MIN);
    expect(remindersDue(list, END + 2 * MIN, reminded)).toEqual([]);
    const second = remindersDue(list, END + 6 * MIN, reminded);
    expect(ids(second)).toEqual(["b"]);
    reminded = remember(reminded, second, END + 6 * MIN);
    expect(remindersDue(list, END + 7 * MIN, parseReminded(JSON.stringify(reminded)))).toEqual([]);
  });

  it("skips interviews with notes, cancelled ones, and loops whose sessions have their own notes", () => {
    const list = [
      interview("noted", { notes: "Went fine" }),
      interview("blank", { notes: "  \n " }),
      interview("cancelled", { outcome: "cancelled" }),
      interview("passed", { outcome: "passed" }),
      interview("loop", { kind: "onsite_loop", sessionIds: ["s1"] as Interview["sessionIds"] }),
      interview("bare-loop", { kind: "onsite_loop" }),
    ];
    expect(ids(remindersDue(list, END + MIN, {}))).toEqual(["blank", "passed", "bare-loop"]);
  });

  it("for any end and any check time, is due exactly when the check falls in the fresh half hour", () => {
    fc.assert(
      fc.property(fc.integer({ min: -120, max: 120 }), fc.integer({ min: 0, max: 59_999 }), (minutes, ms) => {
        const now = END + minutes * MIN + ms;
        const due = remindersDue([interview("a")], now, {}).length === 1;
        expect(due).toBe(now >= END && now - END < FRESH_FOR_MS);
      }),
    );
  });
});

describe("the reminder's helpers", () => {
  it("knows the next end still ahead, to wake up then", () => {
    const list = [
      interview("past", { endsAt: "2025-03-04T15:00:00Z" }),
      interview("later", { endsAt: "2025-03-04T18:00:00Z" }),
      interview("sooner", { endsAt: "2025-03-04T17:00:00Z" }),
    ];
    expect(nextEndAfter(list, END)).toBe(Date.parse("2025-03-04T17:00:00Z"));
    expect(nextEndAfter(list, Date.parse("2025-03-04T18:00:00Z"))).toBeNull();
  });

  it("forgets what it showed a week later, and reads back only what it wrote", () => {
    const reminded = remember({ old: "2025-02-01T00:00:00Z", recent: "2025-03-03T00:00:00Z" }, [interview("a")], END);
    expect(Object.keys(reminded).sort()).toEqual(["a", "recent"]);
    expect(parseReminded(null)).toEqual({});
    expect(parseReminded("not json")).toEqual({});
    expect(parseReminded("[1,2]")).toEqual({});
    expect(parseReminded('{"a":"2025-03-04T16:00:00Z","b":7}')).toEqual({ a: "2025-03-04T16:00:00Z" });
  });

  it("asks about the interview in plain words", () => {
    expect(reminderQuestion({ kind: "coding", companyName: "Acme" })).toBe("How did the coding interview at Acme go?");
    expect(reminderQuestion({ kind: "phone_screen", companyName: "Zed" })).toBe("How did the phone screen at Zed go?");
    expect(reminderQuestion({ kind: "onsite_loop", companyName: "Zed" })).toBe("How did the onsite loop at Zed go?");
    expect(reminderQuestion({ kind: "hiring_manager", companyName: "Zed" })).toBe(
      "How did the hiring manager interview at Zed go?",
    );
  });

  it("owesNotes only once the interview has ended", () => {
    expect(owesNotes(interview("a"), END - 1)).toBe(false);
    expect(owesNotes(interview("a"), END)).toBe(true);
  });
});
