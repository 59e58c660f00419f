import { compInputSchema, projectComp } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import {
  buildMessage,
  competingOffer,
  defaultUntil,
  MESSAGE_TEMPLATES,
  messageText,
  type MessageChoices,
} from "../src/features/negotiation/message-templates";

// A competing offer paying 200,000 base with a 10% bonus: year 1 = 200,000 + 20,000 = 220,000.
const beta = competingOffer(
  "beta",
  "Beta",
  projectComp(compInputSchema.parse({ currency: "USD", base: 200_000, bonusTargetPercent: 10 })),
);

const choices: MessageChoices = {
  company: "Acme",
  role: "Staff Engineer",
  contactName: "Dana",
  senderName: "Sam",
  deadline: "2026-03-06",
  startDate: null,
  until: "2026-03-13",
  reason: "",
  competing: beta,
  nameCompeting: true,
  shareFigure: false,
  figureKind: "base",
  levers: ["sign_on"],
};

const digits = /\d/;

describe("the messages the Negotiate tab fills in", () => {
  it("takes the competing offer's figures from its own projection, in minor units", () => {
    expect(beta.figures).toEqual({ base: 20_000_000, first_year: 22_000_000, total: 22_000_000 });
    expect(beta.currency).toBe("USD");
  });

  it("writes every template with the names given", () => {
    for (const template of MESSAGE_TEMPLATES) {
      const message = buildMessage(template, choices)!;
      expect(message.body).toContain("Hi Dana,");
      expect(message.body).toContain("Sam");
      expect(message.subject.length).toBeGreaterThan(0);
    }
  });

  it("names the competing figure only when the user chose to share it", () => {
    const kept = buildMessage("counter", choices)!;
    expect(kept.body).toContain("Beta");
    expect(kept.body).not.toContain("200,000");
    const shared = buildMessage("counter", { ...choices, shareFigure: true })!;
    expect(shared.body).toContain("$200,000");
    const anonymous = buildMessage("counter", { ...choices, nameCompeting: false })!;
    expect(anonymous.body).not.toContain("Beta");
  });

  it("answers “what are your expectations?” with no figure at all", () => {
    expect(buildMessage("expectations", { ...choices, shareFigure: true })!.body).not.toMatch(digits);
  });

  it("asks for time to the chosen date, and needs one", () => {
    expect(buildMessage("more_time", choices)!.body).toContain("March 13, 2026");
    expect(buildMessage("more_time", { ...choices, until: null })).toBeNull();
    expect(buildMessage("lever_trade", { ...choices, levers: [] })).toBeNull();
  });

  it("proposes a week past the deadline, or past today once the deadline is gone", () => {
    expect(defaultUntil("2026-03-06", "2026-03-01")).toBe("2026-03-13");
    expect(defaultUntil("2026-02-20", "2026-03-01")).toBe("2026-03-08");
    expect(defaultUntil(null, "2026-03-01")).toBe("2026-03-08");
  });

  it("copies as a subject line, a blank line and the body", () => {
    expect(messageText({ subject: "Hello", body: "Line" })).toBe("Subject: Hello\n\nLine");
  });
});
