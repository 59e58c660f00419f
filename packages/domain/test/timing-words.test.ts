import { describe, expect, it } from "vitest";
import { readableDay } from "../src/timing/company-plans.js";
import { possessive } from "../src/timing/recommend.js";

describe("the plan's words", () => {
  it("writes a day as a person reads it, with the year only when it is not this year's", () => {
    expect(readableDay("2026-12-12", "2026-12-07")).toBe("Sat 12 Dec");
    expect(readableDay("2027-01-08", "2026-12-07")).toBe("Fri 8 Jan 2027");
    expect(readableDay("2028-02-29", "2028-01-01")).toBe("Tue 29 Feb");
  });

  it("makes a company's name possessive", () => {
    expect(possessive("Halcyon Pay")).toBe("Halcyon Pay's");
    expect(possessive("Corvid Systems")).toBe("Corvid Systems'");
  });
});
