import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ROUNDS, planNegotiation, type CompInputJson, type PlanOfferInput } from "../src/index.js";
import { flat, projectionOf, type YearParts } from "./offers-decide-fixtures.js";

const TODAY = "2026-11-22";
type Event = PlanOfferInput["events"][number];
const ask = (on: string): Event => ({ on, kind: "ask", before: null, after: null });
const comp = (base: number): CompInputJson => ({ currency: "USD", base });
const counter = (on: string, before: number, after: number): Event => ({
  on,
  kind: "counter",
  before: comp(before),
  after: comp(after),
});

const offer = (
  id: string,
  company: string,
  tier: number | null,
  years: YearParts[],
  extra: Partial<PlanOfferInput> = {},
): PlanOfferInput => ({
  id,
  company,
  tier,
  projection: projectionOf(years),
  deadline: null,
  status: "open",
  events: [],
  ...extra,
});

describe("planNegotiation", () => {
  it("takes the richer lower-tier offer to the first-choice company, asking for its best number", () => {
    // Acme (tier 1) 200k a year = 800k; Beta (tier 2) 220k a year = 880k: Beta leads by 80k.
    const acme = offer("a", "Acme", 1, flat({ base: 200_000 }));
    const beta = offer("b", "Beta", 2, flat({ base: 220_000 }));
    const plan = planNegotiation({ today: TODAY, offers: [acme, beta] });
    const [a, b] = plan.offers;
    expect(a!.steps.map((s) => s.kind)).toEqual(["counter_with_offer", "before_signing"]);
    expect(a!.steps[0]).toMatchObject({
      title: "Take Beta's offer to Acme",
      reason:
        "Beta's written offer pays 80k more over four years (880k against 800k). Ask Acme for its best number without naming one; if pressed, point to Beta's 220k in year 1 (round 1 of 2).",
      leverage: { offerId: "b", company: "Beta", yearOne: 22_000_000, horizonTotal: 88_000_000 },
      template: "counter",
    });
    expect(b!.steps.map((s) => s.kind)).toEqual(["ask_best_number"]);
    expect(b!.steps[0]!.reason).toBe(
      "It leads Acme by 80k over four years; ask once whether there is room, without naming a figure (round 1 of 2).",
    );
    expect(plan.next?.kind).toBe("counter_with_offer");
    expect(a!.roundsLeft).toBe(2);
    expect(a!.steps[1]!.reason).toBe(
      "Acme is your first choice (tier 1) at 800k over four years: get the level, the scope and the promotion path in writing before you sign.",
    );
    expect(a!.steps[1]!.checklist).toHaveLength(4);
  });

  it("does not press a lower choice that also pays less", () => {
    // Acme is tier 2 and pays 800k; Beta is tier 1 and pays 880k.
    const plan = planNegotiation({
      today: TODAY,
      offers: [offer("a", "Acme", 2, flat({ base: 200_000 })), offer("b", "Beta", 1, flat({ base: 220_000 }))],
    });
    expect(plan.offers[0]!.steps[0]).toMatchObject({ kind: "hold", title: "Hold Acme" });
    expect(plan.offers[0]!.steps[0]!.reason).toContain("Beta ranks higher with you and pays 80k more over four years");
    // Beta pays the most and is the first choice: one ask, and the terms before signing.
    expect(plan.offers[1]!.steps.map((s) => s.kind)).toEqual(["ask_best_number", "before_signing"]);
  });

  it("uses desirability within a tier", () => {
    const plan = planNegotiation({
      today: TODAY,
      offers: [
        offer("a", "Acme", 1, flat({ base: 220_000 }), { desirability: 2 }),
        offer("b", "Beta", 1, flat({ base: 200_000 }), { desirability: 5 }),
      ],
    });
    expect(plan.offers[1]!.steps.map((s) => s.kind)).toEqual(["counter_with_offer", "before_signing"]);
    expect(plan.offers[0]!.steps.map((s) => s.kind)).toEqual(["ask_best_number"]);
  });

  it("stops after two rounds, and waits for an answer to an open ask", () => {
    const plan = planNegotiation({
      today: TODAY,
      offers: [
        offer("a", "Acme", 1, flat({ base: 200_000 }), {
          events: [ask("2026-11-02"), counter("2026-11-04", 200_000, 205_000), ask("2026-11-09")],
        }),
        offer("b", "Beta", 1, flat({ base: 190_000 }), { events: [ask("2026-11-20")] }),
        offer("c", "Gamma", 2, flat({ base: 230_000 })),
      ],
    });
    expect(plan.offers[0]!.steps[0]).toMatchObject({ kind: "stop", title: "Stop negotiating with Acme" });
    expect(plan.offers[0]!.steps[0]!.reason).toBe(
      "2 rounds used (last ask Nov 9): decide on 800k over four years as it stands.",
    );
    expect(plan.offers[0]!.roundsLeft).toBe(0);
    expect(plan.offers[1]!.steps[0]).toMatchObject({ kind: "wait", title: "Wait for Beta's answer" });
  });

  it("counts rounds per company, over its offers", () => {
    // Two Acme offers (two roles), one ask on each: Acme's two rounds are used.
    const plan = planNegotiation({
      today: TODAY,
      offers: [
        offer("a", "Acme", 1, flat({ base: 200_000 }), { events: [ask("2026-11-02"), counter("2026-11-03", 1, 2)] }),
        offer("b", "acme ", 1, flat({ base: 190_000 }), { events: [ask("2026-11-05"), counter("2026-11-06", 1, 2)] }),
        offer("c", "Beta", 2, flat({ base: 230_000 })),
      ],
    });
    expect(plan.offers.map((o) => o.asks)).toEqual([2, 2, 0]);
    expect(plan.offers[0]!.steps[0]!.kind).toBe("stop");
    expect(plan.offers[1]!.steps[0]!.kind).toBe("stop");
  });

  it("trades levers when a counter kept the base, sign-on first for a year-1 gap", () => {
    // Acme kept 200k base after the ask. Beta pays 200k + an 80k sign-on in year 1: 880k over four
    // years, the whole 80k lead made in year 1 → a sign-on first.
    const plan = planNegotiation({
      today: TODAY,
      offers: [
        offer("a", "Acme", 1, flat({ base: 200_000 }), {
          events: [ask("2026-11-10"), counter("2026-11-12", 200_000, 200_000)],
        }),
        offer("b", "Beta", 2, [{ base: 200_000, signOn: 80_000 }, ...flat({ base: 200_000 }, 3)]),
      ],
    });
    const trade = plan.offers[0]!.steps[0]!;
    expect(trade).toMatchObject({ kind: "trade_levers", title: "Ask Acme for a sign-on bonus instead of more base" });
    expect(trade.levers.map((l) => l.lever)).toEqual([
      "sign_on",
      "equity",
      "level",
      "start_date",
      "remote",
      "vacation",
    ]);
    expect(trade.reason).toBe(
      "Acme kept the base after your ask; Beta's written offer pays 80k more over four years (880k against 800k). Trade other levers (round 2 of 2).",
    );
  });

  it("puts equity first when the lead is equity", () => {
    const plan = planNegotiation({
      today: TODAY,
      offers: [
        offer("a", "Acme", 1, flat({ base: 200_000 }), {
          events: [ask("2026-11-10"), counter("2026-11-12", 200_000, 200_000)],
        }),
        offer("b", "Beta", 2, flat({ base: 190_000, equity: 40_000 })),
      ],
    });
    expect(plan.offers[0]!.steps[0]!.levers[0]!.lever).toBe("equity");
  });

  it("asks for time when the deadline comes before a process that may end in an offer", () => {
    // Acme's deadline Nov 25 (in 3 days); Delta expects to answer by Dec 4. The date asked for is the
    // later of the deadline + 7 days (Dec 2) and Delta's date + 2 days (Dec 6).
    const plan = planNegotiation({
      today: TODAY,
      offers: [offer("a", "Acme", 1, flat({ base: 200_000 }), { deadline: "2026-11-25" })],
      pending: [
        { company: "Delta", tier: 1, expectedBy: "2026-12-04" },
        { company: "Early", tier: 2, expectedBy: "2026-11-24" },
      ],
    });
    const time = plan.offers[0]!.steps[0]!;
    expect(time).toMatchObject({
      kind: "ask_time",
      until: "2026-12-06",
      title: "Ask Acme for time until Dec 6",
      reason: "Its deadline is Nov 25 (in 3 days) and Delta expects to answer by Dec 4.",
      template: "more_time",
    });
    expect(plan.offers[0]!.deadline).toMatchObject({ daysLeft: 3, urgency: "soon" });
    expect(plan.next).toBe(time);
  });

  it("asks for a week more while another company has not answered, and says when time was asked before", () => {
    const plan = planNegotiation({
      today: TODAY,
      offers: [
        offer("a", "Acme", 1, flat({ base: 200_000 }), {
          deadline: "2026-11-23",
          events: [{ on: "2026-11-15", kind: "extension", before: null, after: null }],
        }),
        offer("b", "Beta", 2, flat({ base: 210_000 }), { events: [ask("2026-11-21")] }),
      ],
    });
    const time = plan.offers[0]!.steps[0]!;
    expect(time.until).toBe("2026-11-30");
    expect(time.reason).toBe(
      "Its deadline is Nov 23 (tomorrow) and Beta has not answered your ask of Nov 21; you asked once already, so give a firm date.",
    );
    expect(time.priority).toBe(1);
  });

  it("flags a passed deadline and nothing else for that offer", () => {
    const plan = planNegotiation({
      today: TODAY,
      offers: [offer("a", "Acme", 1, flat({ base: 200_000 }), { deadline: "2026-11-20" })],
    });
    expect(plan.offers[0]!.steps).toHaveLength(1);
    expect(plan.offers[0]!.steps[0]!.reason).toBe(
      "Its deadline (Nov 20) passed 2 days ago: ask whether the offer is still open, or mark it expired.",
    );
  });

  it("after accepting one offer, declines the others", () => {
    const plan = planNegotiation({
      today: TODAY,
      offers: [
        offer("a", "Acme", 1, flat({ base: 200_000 }), { status: "accepted" }),
        offer("b", "Beta", 2, flat({ base: 210_000 })),
        offer("c", "Gamma", 2, flat({ base: 190_000 }), { status: "declined" }),
      ],
    });
    expect(plan.offers.map((o) => o.offerId)).toEqual(["b"]);
    expect(plan.next).toMatchObject({ kind: "decline", template: "decline", title: "Decline Beta" });
  });

  it("plans nothing without offers in play, and refuses a bad date", () => {
    expect(planNegotiation({ today: TODAY, offers: [] })).toMatchObject({ next: null, steps: [] });
    expect(() => planNegotiation({ today: "22/11/2026", offers: [] })).toThrow();
  });

  const offerArb = fc.record({
    base: fc.integer({ min: 50, max: 400 }).map((k) => k * 1000),
    signOn: fc.integer({ min: 0, max: 100 }).map((k) => k * 1000),
    tier: fc.option(fc.constantFrom(1, 2, 3), { nil: null }),
    asks: fc.integer({ min: 0, max: 3 }),
    answered: fc.boolean(),
    capped: fc.boolean(),
    deadlineIn: fc.option(fc.integer({ min: -5, max: 30 }), { nil: null }),
  });

  it("never asks a company more than twice, and always leans on a richer written offer", () => {
    fc.assert(
      fc.property(fc.array(offerArb, { minLength: 1, maxLength: 5 }), (specs) => {
        const offers = specs.map((s, i) => {
          const events: Event[] = [];
          for (let k = 0; k < s.asks; k++) {
            events.push(ask(`2026-11-${String(10 + 2 * k).padStart(2, "0")}`));
            if (k < s.asks - 1 || s.answered) {
              events.push(
                counter(`2026-11-${String(11 + 2 * k).padStart(2, "0")}`, s.base, s.capped ? s.base : s.base + 5000),
              );
            }
          }
          const deadline =
            s.deadlineIn === null ? null : new Date(Date.UTC(2026, 10, 22 + s.deadlineIn)).toISOString().slice(0, 10);
          return offer(
            `o${i}`,
            `Company ${String.fromCharCode(65 + i)}`,
            s.tier,
            [{ base: s.base, signOn: s.signOn }, ...flat({ base: s.base }, 3)],
            {
              events,
              deadline,
            },
          );
        });
        const plan = planNegotiation({ today: TODAY, offers });
        const byId = new Map(plan.offers.map((o) => [o.offerId, o]));
        for (const s of plan.steps) {
          const own = byId.get(s.offerId)!;
          expect(s.reason.length).toBeGreaterThan(0);
          if (["counter_with_offer", "trade_levers", "ask_best_number"].includes(s.kind)) {
            expect(own.asks).toBeLessThan(MAX_ROUNDS);
          }
          if (s.kind === "counter_with_offer" || s.kind === "trade_levers") {
            expect(s.leverage).not.toBeNull();
            expect(byId.get(s.leverage!.offerId)!.horizonTotal).toBeGreaterThan(own.horizonTotal);
          }
          // The plan asks for the company's number; it never proposes one of its own.
          expect(s.reason).not.toMatch(/\b(ask|request) for (\$|\d)/i);
          if (own.deadline && own.deadline.daysLeft < 0) expect(s.kind).toBe("deadline_passed");
        }
        const priorities = plan.steps.map((s) => s.priority);
        expect([...priorities].sort((x, y) => x - y)).toEqual(priorities);
      }),
    );
  });
});
