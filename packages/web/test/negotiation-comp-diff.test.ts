import type { CompInputJson } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { compChanges, compDiffText, grantValue } from "../src/features/negotiation/comp-diff";
import { applyQuickComp, equityFieldOf, quickCompOf } from "../src/features/negotiation/quick-comp";

const offer: CompInputJson = {
  currency: "USD",
  base: 180_000,
  bonusTargetPercent: 10,
  signOn: [
    { amount: 20_000, year: 1, clawback: { kind: "prorated", months: 12 } },
    { amount: 10_000, year: 2 },
  ],
  equity: [{ kind: "rsu", grantValue: 400_000, schedule: "4y-cliff-monthly" }],
};

describe("the numbers a negotiation moved", () => {
  it("names each moved figure with its before and after, in offer-letter order", () => {
    const after: CompInputJson = {
      ...offer,
      base: 192_000,
      signOn: [
        { amount: 35_000, year: 1 },
        { amount: 10_000, year: 2 },
      ],
    };
    // Sign-on is the sum of every sign-on: 20k + 10k = 30k before, 35k + 10k = 45k after.
    expect(compDiffText(offer, after)).toBe("base 180k → 192k, sign-on 30k → 45k");
    expect(compChanges(offer, after).map((change) => [change.label, change.before, change.after])).toEqual([
      ["base", 180_000, 192_000],
      ["sign-on", 30_000, 45_000],
    ]);
  });

  it("shows percents as percents and leaves unchanged figures out", () => {
    expect(compDiffText(offer, { ...offer, bonusTargetPercent: 15 })).toBe("bonus target 10% → 15%");
    expect(compChanges(offer, { ...offer })).toEqual([]);
    expect(compDiffText(offer, { ...offer })).toBe("same headline numbers");
  });

  it("counts a grant added or removed as equity moving from or to zero", () => {
    const none: CompInputJson = { currency: "USD", base: 180_000 };
    expect(compDiffText(none, { ...none, equity: offer.equity })).toBe("equity 0 → 400k");
    expect(compDiffText({ ...none, equity: offer.equity }, none)).toBe("equity 400k → 0");
  });

  it("values options by their spread and never below zero", () => {
    // 10,000 options at a 2.00 strike with shares at 5.00: 10,000 × 3.00 = 30,000.
    expect(grantValue({ kind: "option", shares: 10_000, strike: 2, sharePrice: 5, schedule: "4y-cliff-monthly" })).toBe(
      30_000,
    );
    expect(grantValue({ kind: "option", shares: 10_000, strike: 6, sharePrice: 5, schedule: "4y-cliff-monthly" })).toBe(
      0,
    );
    // RSUs given as shares × price: 1,000 × 150 = 150,000.
    expect(grantValue({ kind: "rsu", shares: 1_000, sharePrice: 150, schedule: "4y-cliff-monthly" })).toBe(150_000);
  });
});

describe("the compact comp editor", () => {
  it("prefills base, bonus, the first sign-on and the first grant", () => {
    expect(quickCompOf(offer)).toEqual({ base: 180_000, bonusTargetPercent: 10, signOn: 20_000, equity: 400_000 });
    expect(quickCompOf({ currency: "EUR", base: 90_000 })).toEqual({
      base: 90_000,
      bonusTargetPercent: 0,
      signOn: 0,
      equity: 0,
    });
  });

  it("writes the figures back and keeps schedules, clawbacks and further sign-ons", () => {
    const next = applyQuickComp(offer, { base: 192_000, bonusTargetPercent: 12, signOn: 35_000, equity: 450_000 });
    expect(next.base).toBe(192_000);
    expect(next.bonusTargetPercent).toBe(12);
    expect(next.signOn).toEqual([
      { amount: 35_000, year: 1, clawback: { kind: "prorated", months: 12 } },
      { amount: 10_000, year: 2 },
    ]);
    expect(next.equity).toEqual([{ kind: "rsu", grantValue: 450_000, schedule: "4y-cliff-monthly" }]);
    expect(offer.base).toBe(180_000);
  });

  it("round-trips: applying the prefilled figures changes nothing a diff would show", () => {
    expect(compChanges(offer, applyQuickComp(offer, quickCompOf(offer)))).toEqual([]);
  });

  it("adds a first sign-on or grant only for a figure above zero", () => {
    const bare: CompInputJson = { currency: "USD", base: 100_000 };
    expect(applyQuickComp(bare, quickCompOf(bare))).toEqual(bare);
    const added = applyQuickComp(bare, { base: 100_000, bonusTargetPercent: 0, signOn: 5_000, equity: 40_000 });
    expect(added.signOn).toEqual([{ amount: 5_000, year: 1 }]);
    expect(added.equity).toEqual([{ kind: "rsu", grantValue: 40_000, schedule: "4y-cliff-monthly" }]);
  });

  it("edits share counts for grants entered as shares, and options as options", () => {
    const shares: CompInputJson = {
      currency: "USD",
      base: 1,
      equity: [{ kind: "rsu", shares: 800, sharePrice: 100, schedule: "4y-cliff-monthly" }],
    };
    expect(equityFieldOf(shares)).toBe("rsuShares");
    expect(applyQuickComp(shares, { ...quickCompOf(shares), equity: 1_000 }).equity?.[0]).toMatchObject({
      shares: 1_000,
      sharePrice: 100,
    });
    const options: CompInputJson = {
      currency: "USD",
      base: 1,
      equity: [{ kind: "option", shares: 20_000, strike: 1, sharePrice: 4, schedule: "4y-cliff-monthly" }],
    };
    expect(equityFieldOf(options)).toBe("optionShares");
    expect(applyQuickComp(options, { ...quickCompOf(options), equity: 25_000 }).equity?.[0]).toMatchObject({
      kind: "option",
      shares: 25_000,
    });
  });
});
