import { currencyExponent, fromMinorUnits, toMinorUnits } from "../src/index.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("money in minor units", () => {
  it("knows each currency's decimal places", () => {
    expect(currencyExponent("USD")).toBe(2);
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("KRW")).toBe(0);
    expect(currencyExponent("KWD")).toBe(3);
  });

  it("turns dollars into cents and back", () => {
    expect(toMinorUnits(150_000, "USD")).toBe(15_000_000);
    expect(toMinorUnits(19.99, "USD")).toBe(1999);
    expect(toMinorUnits(0.1 + 0.2, "USD")).toBe(30);
    expect(fromMinorUnits(15_000_000, "USD")).toBe(150_000);
    expect(fromMinorUnits(1999, "USD")).toBe(19.99);
  });

  it("reads amounts whose text has an exponent (tiny and huge numbers)", () => {
    expect(toMinorUnits(1e-7, "USD")).toBe(0);
    expect(toMinorUnits(4.5e-3, "USD")).toBe(0);
    expect(toMinorUnits(5e-3, "USD")).toBe(1);
    expect(toMinorUnits(2.5e21, "USD")).toBe(2.5e23);
    expect(toMinorUnits(1.5e-7, "KWD")).toBe(0);
  });

  it("keeps yen whole: a yen is the smallest unit", () => {
    expect(toMinorUnits(12_000_000, "JPY")).toBe(12_000_000);
    expect(fromMinorUnits(12_000_000, "JPY")).toBe(12_000_000);
    expect(toMinorUnits(1500.4, "JPY")).toBe(1500);
  });

  it("uses three places for dinars", () => {
    expect(toMinorUnits(1.234, "KWD")).toBe(1234);
    expect(fromMinorUnits(1234, "KWD")).toBe(1.234);
  });

  it("property: minor units survive a round trip through major units", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.constantFrom("USD", "JPY", "EUR", "KWD", "CAD"),
        (minor, currency) => {
          const back = toMinorUnits(fromMinorUnits(minor, currency), currency);
          expect(back === 0 ? 0 : back).toBe(minor);
          expect(Number.isInteger(back)).toBe(true);
        },
      ),
    );
  });

  it("property: whole major amounts become exact minor amounts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (major) => {
        expect(toMinorUnits(major, "USD")).toBe(major * 100);
        expect(toMinorUnits(major, "JPY")).toBe(major);
      }),
    );
  });
});
