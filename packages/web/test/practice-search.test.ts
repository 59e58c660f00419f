import { describe, expect, it } from "vitest";
import { hasPracticeFilters, toProblemQuery, validatePracticeSearch } from "../src/features/practice/practice-search";

describe("the practice filters in the URL", () => {
  it("keeps known values and drops the rest, key by key", () => {
    expect(validatePracticeSearch({ topic: "heaps", difficulty: "hard", status: "new", q: "kiln" })).toEqual({
      topic: "heaps",
      difficulty: "hard",
      status: "new",
      q: "kiln",
    });
    expect(validatePracticeSearch({ topic: "sorting", difficulty: "extreme", status: "done", q: "  " })).toEqual({});
    expect(validatePracticeSearch({ topic: 3, other: "x" })).toEqual({});
  });

  it("writes no key for an unset filter, so a plain /practice link stays clean", () => {
    expect(Object.keys(validatePracticeSearch({ difficulty: "easy" }))).toEqual(["difficulty"]);
  });

  it("knows when any filter is on", () => {
    expect(hasPracticeFilters({})).toBe(false);
    expect(hasPracticeFilters({ q: "   " })).toBe(false);
    expect(hasPracticeFilters({ status: "solved" })).toBe(true);
  });

  it("cuts an over-long query to what the server accepts", () => {
    expect(validatePracticeSearch({ q: "x".repeat(300) }).q).toHaveLength(100);
  });

  it("asks the server for exactly the filters set, the query trimmed", () => {
    expect(toProblemQuery({ topic: "graphs", q: "  ferry " })).toEqual({
      topic: "graphs",
      difficulty: undefined,
      status: undefined,
      q: "ferry",
    });
    expect(toProblemQuery({ q: "   " }).q).toBeUndefined();
  });
});
