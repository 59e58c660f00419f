import { describe, expect, it } from "vitest";
import { compactMoney, compactNumber, exactMoney } from "../src/lib/money";

describe("money in the Offers tabs", () => {
  it("writes thousands with a lower-case k, one decimal below a hundred of the unit and none above", () => {
    expect(compactMoney(312_000, "USD")).toBe("$312k");
    expect(compactMoney(312_450, "USD")).toBe("$312k");
    expect(compactMoney(41_500, "USD")).toBe("$41.5k");
    expect(compactMoney(851_700, "USD")).toBe("$852k");
    expect(compactMoney(999_960, "USD")).toBe("$1M");
    expect(compactMoney(1_200_000, "USD")).toBe("$1.2M");
    expect(compactMoney(950, "USD")).toBe("$950");
    expect(compactMoney(92_000, "EUR")).toBe("€92k");
  });

  it("gives the exact figure, whole units, for tooltips", () => {
    expect(exactMoney(312_450.4, "USD")).toBe("$312,450");
    expect(exactMoney(5_000_000, "JPY")).toBe("¥5,000,000");
  });

  it("writes bare numbers for diffs, switching unit where rounding would show 1000k", () => {
    expect(compactNumber(180_000)).toBe("180k");
    expect(compactNumber(12_500)).toBe("12.5k");
    expect(compactNumber(999_960)).toBe("1M");
    expect(compactNumber(999.6)).toBe("1k");
    expect(compactNumber(-20_000)).toBe("-20k");
    expect(compactNumber(0)).toBe("0");
  });
});
