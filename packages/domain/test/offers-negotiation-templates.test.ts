import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptOffer,
  counterWithCompetingOffer,
  declineOffer,
  expectationsReply,
  leverTrade,
  messageDate,
  messageMoney,
  requestMoreTime,
  TRADE_LEVERS,
  type Message,
} from "../src/index.js";

const text = (message: Message) => `${message.subject}\n${message.body}`;
/** Every run of digits in a message ("$215,000" gives 215 and 000; "December 4, 2026" gives 4 and 2026). */
const numbersIn = (value: string) => value.match(/\d+/g) ?? [];

// Names and roles without digits, so every digit in a message comes from a figure or a date.
const wordArb = fc.constantFrom("Acme", "Beta Labs", "Dana", "Lee", "Staff Engineer", "Northwind", "Sam Rivera");
const dateArb = fc
  .integer({ min: 0, max: 3650 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const moneyArb = fc.record({
  amount: fc.integer({ min: 0, max: 100_000_000 }),
  currency: fc.constantFrom("USD", "EUR", "JPY", "GBP"),
});
const commonArb = fc.record({
  company: wordArb,
  contactName: fc.option(wordArb, { nil: undefined }),
  role: fc.option(wordArb, { nil: undefined }),
  senderName: fc.option(wordArb, { nil: undefined }),
});

/** Asserts every number in the message is one of the numbers in the given figures and dates. */
function onlyGivenNumbers(message: Message, given: string[]) {
  const allowed = new Set(given.flatMap(numbersIn));
  for (const number of numbersIn(text(message))) expect(allowed).toContain(number);
}

describe("message templates", () => {
  it("ask for more time names the date asked for and the current deadline", () => {
    const message = requestMoreTime({
      company: "Acme",
      contactName: "Dana",
      role: "Staff Engineer",
      senderName: "Sam",
      until: "2026-12-04",
      currentDeadline: "2026-11-25",
    });
    expect(message.subject).toBe("Timing of my answer on the Staff Engineer offer");
    expect(message.body).toContain(
      "Could we move my deadline from Wednesday, November 25, 2026 to Friday, December 4, 2026?",
    );
    expect(message.body.startsWith("Hi Dana,")).toBe(true);
    expect(message.body.endsWith("Best,\nSam")).toBe(true);
  });

  it("a counter names the competing figure only when the user chose to share it", () => {
    const fields = {
      company: "Acme",
      competingCompany: "Beta",
      competingFigure: { money: { amount: 31_050_000, currency: "USD" }, kind: "total" as const },
    };
    const shared = counterWithCompetingOffer({ ...fields, shareFigure: true });
    expect(shared.body).toContain(
      "a written offer from Beta that comes in higher, at $310,500 in total yearly compensation.",
    );
    const kept = counterWithCompetingOffer({ ...fields, shareFigure: false });
    expect(kept.body).toContain("a written offer from Beta that comes in higher.");
    expect(numbersIn(text(kept))).toEqual([]);
    // Nor is the other company named unless given.
    expect(counterWithCompetingOffer({ company: "Acme" }).body).toContain(
      "I've received a written offer that comes in higher.",
    );
  });

  it("a lever trade lists the levers picked, with the user's own figures", () => {
    const message = leverTrade({
      company: "Acme",
      levers: [
        { lever: "sign_on", money: { amount: 2_500_000, currency: "USD" } },
        { lever: "start_date", date: "2027-01-11" },
        { lever: "vacation", days: 30 },
        { lever: "remote" },
      ],
    });
    expect(message.body).toContain(
      "- a sign-on bonus of $25,000\n- a start date of Monday, January 11, 2027\n- 30 days of paid vacation a year\n- flexibility on working remotely",
    );
    expect(() => leverTrade({ company: "Acme", levers: [] })).toThrow();
  });

  it("treats blank names as left out", () => {
    const message = acceptOffer({ company: "Acme", contactName: "  ", role: "", senderName: "" });
    expect(message.body.startsWith("Hi there,")).toBe(true);
    expect(message.body.endsWith("Best,")).toBe(true);
    expect(message.subject).toBe("Accepting the offer from Acme");
    expect(() => acceptOffer({ company: " " })).toThrow();
  });

  it("accept and decline thank the company and say what happens next", () => {
    expect(acceptOffer({ company: "Acme", startDate: "2027-01-11" }).body).toContain(
      "start on Monday, January 11, 2027",
    );
    expect(declineOffer({ company: "Beta", reason: "The role was a closer fit." }).body).toContain(
      "I'll have to decline this one. The role was a closer fit.",
    );
  });

  it("formats money exactly, minor units in", () => {
    expect(messageMoney({ amount: 21_500_000, currency: "USD" })).toBe("$215,000");
    expect(messageMoney({ amount: 9_550_050, currency: "EUR" })).toBe("€95,500.50");
    expect(messageMoney({ amount: 12_000_000, currency: "JPY" })).toBe("¥12,000,000");
    expect(messageDate("2028-02-29")).toBe("Tuesday, February 29, 2028");
  });

  it("the reply to 'what are your expectations?' contains no figure at all", () => {
    fc.assert(
      fc.property(commonArb, (common) => {
        const message = expectationsReply(common);
        expect(text(message)).not.toMatch(/\d/);
        expect(text(message)).not.toMatch(/[$€£¥]|\bk\b|percent|%/i);
      }),
    );
  });

  it("no template names a number the user did not give", () => {
    fc.assert(
      fc.property(
        commonArb,
        dateArb,
        fc.option(dateArb, { nil: undefined }),
        moneyArb,
        fc.boolean(),
        fc.subarray([...TRADE_LEVERS], { minLength: 1 }),
        fc.integer({ min: 1, max: 60 }),
        (common, until, deadline, money, share, levers, days) => {
          onlyGivenNumbers(requestMoreTime({ ...common, until, currentDeadline: deadline }), [
            messageDate(until),
            deadline ? messageDate(deadline) : "",
          ]);
          const counter = counterWithCompetingOffer({
            ...common,
            competingCompany: "Beta",
            competingFigure: { money, kind: "base" },
            shareFigure: share,
          });
          onlyGivenNumbers(counter, share ? [messageMoney(money)] : []);
          onlyGivenNumbers(
            leverTrade({
              ...common,
              levers: levers.map((lever) => ({ lever, money, date: until, days })),
            }),
            [messageMoney(money), messageDate(until), String(days)],
          );
          onlyGivenNumbers(acceptOffer({ ...common, startDate: until }), [messageDate(until)]);
          onlyGivenNumbers(declineOffer(common), []);
        },
      ),
    );
  });
});
