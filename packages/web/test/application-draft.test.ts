import type { Application } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { draftInput, draftPatch, EMPTY_DRAFT, toDraft } from "../src/features/application/application-draft";

const application = {
  roleTitle: "Backend Engineer",
  level: null,
  location: "Berlin",
  remotePolicy: "hybrid",
  source: null,
  postingUrl: null,
  salaryMin: 100000,
  salaryMax: null,
  salaryCurrency: "EUR",
  desirability: 4,
  tags: ["go"],
  appliedOn: null,
  nextAction: null,
  nextActionDue: null,
  notes: null,
  archived: false,
} as unknown as Application;

describe("draftPatch", () => {
  it("is empty when nothing changed", () => {
    expect(draftPatch(application, toDraft(application))).toEqual({});
  });

  it("sends only changed fields, trimmed, with emptied text as null", () => {
    const draft = {
      ...toDraft(application),
      level: "  Senior ",
      location: "  ",
      tags: ["go", "rust"],
      salaryCurrency: "usd",
    };
    expect(draftPatch(application, draft)).toEqual({
      level: "Senior",
      location: null,
      tags: ["go", "rust"],
      salaryCurrency: "USD",
    });
  });
});

describe("draftInput", () => {
  it("names the company and leaves out empty fields", () => {
    const draft = { ...EMPTY_DRAFT, roleTitle: " SRE ", desirability: 3 };
    expect(draftInput(draft, " Acme ", "applied")).toEqual({
      stage: "applied",
      roleTitle: "SRE",
      desirability: 3,
      companyName: "Acme",
    });
  });
});
