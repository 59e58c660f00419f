import {
  applicationInputSchema,
  applicationPatchSchema,
  applicationQuerySchema,
  companyDeleteQuerySchema,
  companyInputSchema,
  companyPatchSchema,
  isoDateSchema,
  moveSchema,
} from "../src/index.js";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

/** The fields a failed parse names, as the server reports them. */
function fieldsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => [...issue.path, key].join("."))
      : [issue.path.join(".") || "(whole value)"],
  );
}

const COMPANY_ID = "0b9c6f2e-4a51-4d7e-9a0e-3f1b2c4d5e6f";
const OTHER_ID = "7d3e1a90-5b2c-4e8f-8a1d-9c0b1e2f3a4b";

describe("companyInputSchema", () => {
  it("accepts a company, trimming its text", () => {
    expect(
      companyInputSchema.parse({ name: "  Acme  ", website: "https://acme.example", tier: 1, notes: " n " }),
    ).toEqual({ name: "Acme", website: "https://acme.example", tier: 1, notes: "n" });
    expect(companyInputSchema.parse({ name: "Acme", website: null, tier: null, notes: null })).toMatchObject({
      name: "Acme",
    });
  });

  it.each([
    [{}, "name"],
    [{ name: "" }, "name"],
    [{ name: "   " }, "name"],
    [{ name: "x".repeat(201) }, "name"],
    [{ name: 42 }, "name"],
    [{ name: "Acme", website: "acme.example" }, "website"],
    [{ name: "Acme", website: "ftp://acme.example" }, "website"],
    [{ name: "Acme", website: "javascript:alert(1)" }, "website"],
    [{ name: "Acme", tier: 0 }, "tier"],
    [{ name: "Acme", tier: 4 }, "tier"],
    [{ name: "Acme", tier: "1" }, "tier"],
    [{ name: "Acme", tier: 1.5 }, "tier"],
    [{ name: "Acme", notes: 7 }, "notes"],
    [{ name: "Acme", notes: "x".repeat(20_001) }, "notes"],
    [{ name: "Acme", color: "red" }, "color"],
  ])("rejects %j naming %s", (input, field) => {
    expect(fieldsOf(companyInputSchema, input)).toEqual([field]);
  });

  it("rejects a value that is not an object", () => {
    for (const input of [null, [], "Acme", 3]) expect(companyInputSchema.safeParse(input).success).toBe(false);
  });

  it("patches any subset, but not to an empty name", () => {
    expect(companyPatchSchema.parse({})).toEqual({});
    expect(companyPatchSchema.parse({ tier: 2 })).toEqual({ tier: 2 });
    expect(fieldsOf(companyPatchSchema, { name: "" })).toEqual(["name"]);
    expect(fieldsOf(companyPatchSchema, { id: COMPANY_ID })).toEqual(["id"]);
  });
});

describe("applicationInputSchema", () => {
  const full = {
    companyId: COMPANY_ID,
    roleTitle: " Senior Engineer ",
    level: "L5",
    location: "Remote",
    remotePolicy: "remote",
    source: "referral",
    postingUrl: "https://acme.example/jobs/1",
    salaryMin: 150_000,
    salaryMax: 190_000,
    salaryCurrency: "USD",
    desirability: 4,
    tags: ["go", "infra", "go"],
    appliedOn: "2024-02-29",
    nextAction: "Follow up",
    nextActionDue: "2025-03-10",
    notes: "Met at a meetup",
    archived: false,
    stage: "applied",
  };

  it("accepts a full application, trimming text and dropping repeated tags", () => {
    const parsed = applicationInputSchema.parse(full);
    expect(parsed.roleTitle).toBe("Senior Engineer");
    expect(parsed.tags).toEqual(["go", "infra"]);
    expect(parsed.stage).toBe("applied");
  });

  it("accepts a minimal one naming a new company", () => {
    expect(applicationInputSchema.parse({ companyName: "Acme", roleTitle: "Engineer" })).toEqual({
      companyName: "Acme",
      roleTitle: "Engineer",
    });
  });

  it("needs a company, by id or by name", () => {
    expect(fieldsOf(applicationInputSchema, { roleTitle: "Engineer" })).toEqual(["companyId"]);
  });

  it.each([
    ["roleTitle", undefined],
    ["roleTitle", ""],
    ["roleTitle", 12],
    ["companyId", "not-a-uuid"],
    ["companyName", ""],
    ["level", "x".repeat(81)],
    ["remotePolicy", "anywhere"],
    ["source", "linkedin"],
    ["postingUrl", "not a url"],
    ["postingUrl", "file:///etc/passwd"],
    ["salaryMin", -1],
    ["salaryMin", 1.5],
    ["salaryMin", "150000"],
    ["salaryMax", 2_000_000_000],
    ["salaryCurrency", "usd"],
    ["salaryCurrency", "DOLLARS"],
    ["desirability", 0],
    ["desirability", 6],
    ["desirability", 2.5],
    ["tags", "go"],
    ["tags", Array.from({ length: 31 }, (_, i) => `t${i}`)],
    ["tags.0", [""]],
    ["appliedOn", "2023-02-29"],
    ["appliedOn", "2025-3-1"],
    ["appliedOn", "2025-03-01T00:00:00Z"],
    ["nextActionDue", "tomorrow"],
    ["archived", "yes"],
    ["stage", "hired"],
    ["owner", "me"],
  ])("rejects a bad %s (%j), naming it", (field, value) => {
    const input = { ...full, [field.split(".")[0]!]: value };
    if (value === undefined) delete input[field as keyof typeof input];
    expect(fieldsOf(applicationInputSchema, input)).toEqual([field]);
  });

  it("rejects a salary range whose minimum is above its maximum, naming salaryMax", () => {
    expect(fieldsOf(applicationInputSchema, { ...full, salaryMin: 200_000, salaryMax: 100_000 })).toEqual([
      "salaryMax",
    ]);
    expect(applicationInputSchema.safeParse({ ...full, salaryMin: 100_000, salaryMax: 100_000 }).success).toBe(true);
    expect(applicationInputSchema.safeParse({ ...full, salaryMin: 200_000, salaryMax: null }).success).toBe(true);
  });
});

describe("applicationPatchSchema", () => {
  it("patches any subset", () => {
    expect(applicationPatchSchema.parse({})).toEqual({});
    expect(applicationPatchSchema.parse({ desirability: null, archived: true })).toEqual({
      desirability: null,
      archived: true,
    });
  });

  it("refuses a stage: stage changes go through a move, so they are written to the history", () => {
    expect(fieldsOf(applicationPatchSchema, { stage: "offer" })).toEqual(["stage"]);
  });

  it("checks the salary range and the company id", () => {
    expect(fieldsOf(applicationPatchSchema, { salaryMin: 2, salaryMax: 1 })).toEqual(["salaryMax"]);
    expect(fieldsOf(applicationPatchSchema, { companyId: "x" })).toEqual(["companyId"]);
    expect(fieldsOf(applicationPatchSchema, { companyName: "Acme" })).toEqual(["companyName"]);
  });
});

describe("moveSchema", () => {
  it("takes a stage and optional neighbours", () => {
    expect(moveSchema.parse({ stage: "offer" })).toEqual({ stage: "offer" });
    expect(moveSchema.parse({ stage: "offer", afterId: COMPANY_ID, beforeId: null })).toEqual({
      stage: "offer",
      afterId: COMPANY_ID,
      beforeId: null,
    });
  });

  it.each([
    [{}, "stage"],
    [{ stage: "hired" }, "stage"],
    [{ stage: "offer", afterId: "x" }, "afterId"],
    [{ stage: "offer", beforeId: 3 }, "beforeId"],
    [{ stage: "offer", position: "a0" }, "position"],
    [{ stage: "offer", afterId: OTHER_ID, beforeId: OTHER_ID }, "beforeId"],
  ])("rejects %j naming %s", (input, field) => {
    expect(fieldsOf(moveSchema, input)).toEqual([field]);
  });
});

describe("applicationQuerySchema", () => {
  it("has defaults: archived hidden, board order, all rows", () => {
    expect(applicationQuerySchema.parse({})).toEqual({
      archived: "exclude",
      sort: "position",
      order: "asc",
      limit: 5000,
      offset: 0,
    });
  });

  it("reads comma-separated lists and numbers from text", () => {
    expect(
      applicationQuerySchema.parse({
        stage: "applied, offer",
        tier: "1,3",
        remote: "remote,hybrid",
        minDesirability: "3",
        limit: "10",
        offset: "20",
        q: "  acme ",
      }),
    ).toMatchObject({
      stage: ["applied", "offer"],
      tier: [1, 3],
      remote: ["remote", "hybrid"],
      minDesirability: 3,
      limit: 10,
      offset: 20,
      q: "acme",
    });
  });

  it.each([
    [{ stage: "applied,hired" }, "stage.1"],
    [{ tier: "4" }, "tier.0"],
    [{ remote: "anywhere" }, "remote.0"],
    [{ minDesirability: "0" }, "minDesirability"],
    [{ minDesirability: "6" }, "minDesirability"],
    [{ minDesirability: "high" }, "minDesirability"],
    [{ limit: "0" }, "limit"],
    [{ limit: "5001" }, "limit"],
    [{ offset: "-1" }, "offset"],
    [{ archived: "all" }, "archived"],
    [{ sort: "salary" }, "sort"],
    [{ order: "up" }, "order"],
    [{ companyId: "acme" }, "companyId"],
    [{ tag: "" }, "tag"],
    [{ q: "x".repeat(201) }, "q"],
    [{ page: "2" }, "page"],
  ])("rejects %j naming %s", (input, field) => {
    expect(fieldsOf(applicationQuerySchema, input)).toEqual([field]);
  });
});

describe("small schemas", () => {
  it("company delete takes cascade=true|false only", () => {
    expect(companyDeleteQuerySchema.parse({ cascade: "true" })).toEqual({ cascade: true });
    expect(companyDeleteQuerySchema.parse({ cascade: "false" })).toEqual({ cascade: false });
    expect(fieldsOf(companyDeleteQuerySchema, { cascade: "yes" })).toEqual(["cascade"]);
    expect(fieldsOf(companyDeleteQuerySchema, { force: "true" })).toEqual(["force"]);
  });

  it("dates are real days as YYYY-MM-DD", () => {
    expect(isoDateSchema.safeParse("2024-02-29").success).toBe(true);
    for (const bad of ["2023-02-29", "2024-13-01", "2024-00-10", "24-01-01", "2024-01-01 ", ""]) {
      expect(isoDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
