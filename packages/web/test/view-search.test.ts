import { describe, expect, it } from "vitest";
import { gapFromMeasurements } from "../src/features/board/gap-from-measurements";
import { reuseUnchanged, groupByStage } from "../src/features/board/use-stable-columns";
import { hasFilters, toListQuery, validateViewSearch } from "../src/features/filters/view-search";
import type { ApplicationSummary } from "@loopwise/domain";

describe("validateViewSearch", () => {
  it("keeps what it understands and drops the rest", () => {
    expect(
      validateViewSearch({
        q: "acme",
        tier: "1,9,2,1",
        remote: "remote,moon",
        minDesirability: "7",
        archived: "all",
        sort: "nope",
      }),
    ).toEqual(
      expect.objectContaining({
        q: "acme",
        tier: "1,2",
        remote: "remote",
        minDesirability: undefined,
        archived: undefined,
        sort: undefined,
      }),
    );
    expect(validateViewSearch({ q: 123, minDesirability: "3", stage: "onsite,bogus" })).toEqual(
      expect.objectContaining({ q: "123", minDesirability: 3, stage: "onsite" }),
    );
  });
});

describe("the company filter", () => {
  const id = "0b6f3c1e-8a4d-4c2b-9f1e-2d3c4b5a6978";
  it("takes a company id from the URL, and nothing that is not one", () => {
    expect(validateViewSearch({ companyId: id }).companyId).toBe(id);
    expect(validateViewSearch({ companyId: "acme" }).companyId).toBeUndefined();
  });

  it("asks the API for that company's applications, and counts as a filter", () => {
    expect(toListQuery({ companyId: id }, "table")).toEqual(expect.objectContaining({ companyId: id }));
    expect(hasFilters({ companyId: id }, "board")).toBe(true);
  });
});

describe("toListQuery", () => {
  it("always asks the board for board order and every stage", () => {
    expect(toListQuery({ stage: "onsite", sort: "company", tier: "1" }, "board")).toEqual({
      limit: "5000",
      tier: "1",
      sort: "position",
    });
  });

  it("passes the table's stage filter and sort", () => {
    expect(toListQuery({ stage: "onsite", sort: "company", order: "desc" }, "table")).toEqual({
      limit: "5000",
      stage: "onsite",
      sort: "company",
      order: "desc",
    });
  });
});

describe("gapFromMeasurements", () => {
  const items = [0, 108, 216].map((start) => ({ start, size: 100 }));
  it("finds the gap nearest to an offset", () => {
    expect(gapFromMeasurements(items, -10)).toBe(0);
    expect(gapFromMeasurements(items, 49)).toBe(0);
    expect(gapFromMeasurements(items, 51)).toBe(1);
    expect(gapFromMeasurements(items, 200)).toBe(2);
    expect(gapFromMeasurements(items, 10_000)).toBe(3);
    expect(gapFromMeasurements([], 10)).toBe(0);
  });
});

describe("reuseUnchanged", () => {
  it("keeps the previous array of an unchanged column", () => {
    const a = { id: "a", stage: "applied" } as ApplicationSummary;
    const b = { id: "b", stage: "onsite" } as ApplicationSummary;
    const previous = groupByStage([a, b]);
    const next = reuseUnchanged(previous, groupByStage([a, { ...b }]));
    expect(next.applied).toBe(previous.applied);
    expect(next.onsite).not.toBe(previous.onsite);
  });
});
