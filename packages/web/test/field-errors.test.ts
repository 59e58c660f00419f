import { describe, expect, it } from "vitest";
import { ApiError } from "../src/api/client";
import { fieldErrorsOf } from "../src/api/field-errors";

describe("fieldErrorsOf", () => {
  it("keys errors by top-level field and writes them as sentences in the form's words", () => {
    const error = new ApiError(400, "invalid", "Invalid body", {
      salaryMax: "must not be below salaryMin",
      "tags.2": "cannot be empty",
      postingUrl: "must be an http(s) URL",
    });
    expect(fieldErrorsOf(error, { salaryMin: "Salary from" })).toEqual({
      salaryMax: "Must not be below “Salary from”",
      tags: "Cannot be empty",
      postingUrl: "Must be an http(s) URL",
    });
  });

  it("is null when the error names no field", () => {
    expect(fieldErrorsOf(new ApiError(409, "conflict", "taken"))).toBeNull();
    expect(fieldErrorsOf(new Error("boom"))).toBeNull();
  });
});
