import { edgePosition, insertApplication, type Db } from "@loopwise/db";
import type { ApplicationId, CompanyId, Stage, UserId } from "@loopwise/domain";
import { expect } from "vitest";
import { addCompany } from "../../../test-support/db-fixtures.js";
import type { apiSuite } from "../../../test-support/server-harness.js";

/** What the timing tests seed: applications with a stage history, and a small pipeline to plan. */

type ApiSuite = ReturnType<typeof apiSuite>;

/** An application with a whole stage path (oldest first), written straight to the database. */
export async function applicationWithPath(
  db: Db,
  userId: UserId,
  company: string,
  path: [Stage, string][],
  values: Record<string, unknown> = {},
): Promise<ApplicationId> {
  const { tier: _t, companyId: existing, ...rest } = values;
  const companyId =
    (existing as CompanyId | undefined) ??
    (await addCompany(db, userId, company, (values.tier as 1 | 2 | 3 | undefined) ?? null));
  const last = path.at(-1)![0];
  return insertApplication(
    db,
    userId,
    { companyId, roleTitle: "Engineer", ...rest },
    path.map(([stage, at]) => ({ stage, at })),
    await edgePosition(db, userId, last, "end"),
    path[0]![1],
  );
}

/** A small pipeline: a history to learn from, four live applications, and two the plan must leave out. */
export async function seedPipeline(suite: ApiSuite) {
  const user = suite.user();
  const db = () => suite.database().db;
  const api = suite.api;
  // History: two finished processes give the user's own durations and pass rates.
  await applicationWithPath(db(), user, "Past One", [
    ["applied", "2024-10-01T09:00:00Z"],
    ["recruiter_screen", "2024-10-08T09:00:00Z"],
    ["technical_screen", "2024-10-15T09:00:00Z"],
    ["rejected", "2024-10-20T09:00:00Z"],
  ]);
  await applicationWithPath(db(), user, "Past Two", [
    ["applied", "2024-11-01T09:00:00Z"],
    ["recruiter_screen", "2024-11-11T09:00:00Z"],
    ["withdrawn", "2024-11-20T09:00:00Z"],
  ]);
  const wish = await applicationWithPath(db(), user, "Wish", [["interested", "2025-02-20T10:00:00Z"]], {
    desirability: 2,
  });
  const screen = await applicationWithPath(
    db(),
    user,
    "Screen",
    [
      ["applied", "2025-02-10T10:00:00Z"],
      ["recruiter_screen", "2025-02-24T23:30:00Z"],
    ],
    { tier: 2 },
  );
  const onsite = await applicationWithPath(db(), user, "Dream", [["onsite", "2025-02-26T10:00:00Z"]], {
    desirability: 5,
    tier: 1,
  });
  const offered = await applicationWithPath(db(), user, "Offer Co", [["onsite", "2025-02-20T10:00:00Z"]], {
    desirability: 3,
  });
  const res = await api.call("POST", "/api/offers", {
    applicationId: offered,
    comp: { currency: "USD", base: 150_000 },
    receivedOn: "2025-02-27",
    deadline: "2025-03-07",
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await applicationWithPath(db(), user, "Archived", [["applied", "2025-02-01T10:00:00Z"]], { archived: true });
  await applicationWithPath(db(), user, "Gone", [["rejected", "2025-02-01T10:00:00Z"]]);
  return { wish, screen, onsite, offered };
}
