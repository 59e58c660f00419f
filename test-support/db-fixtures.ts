import {
  createCompany,
  createUser,
  edgePosition,
  insertApplication,
  listApplications,
  stageHistoryOf,
  type ApplicationValues,
  type Db,
} from "@loopwise/db";
import { applicationQuerySchema, type ApplicationId, type CompanyId, type Stage, type UserId } from "@loopwise/domain";

let users = 0;

/** A user of their own for one test, so tests sharing a database never see each other's rows. */
export async function freshUser(db: Db): Promise<UserId> {
  users++;
  return createUser(db, `Test user ${users}`, `user-${users}-${Date.now()}@test.example`);
}

export async function addCompany(db: Db, userId: UserId, name: string, tier: 1 | 2 | 3 | null = null) {
  return (await createCompany(db, userId, { name, tier }, "2025-01-01T00:00:00.000Z")).id as CompanyId;
}

export interface NewApplication extends Partial<Omit<ApplicationValues, "companyId">> {
  companyId: CompanyId;
  stage?: Stage;
  /** When the application entered its stage (and was created). */
  at?: string;
}

/** Adds an application at the end of its column, with a one-step history. */
export async function addApplication(db: Db, userId: UserId, input: NewApplication): Promise<ApplicationId> {
  const { stage = "interested", at = "2025-01-02T00:00:00.000Z", ...values } = input;
  const position = await edgePosition(db, userId, stage, "end");
  return insertApplication(
    db,
    userId,
    { roleTitle: "Engineer", ...values } as ApplicationValues,
    [{ stage, at }],
    position,
    at,
  );
}

/** The ids of a column, top to bottom, as the board shows it. */
export async function columnOf(db: Db, userId: UserId, stage: Stage): Promise<string[]> {
  const rows = await listApplications(
    db,
    userId,
    applicationQuerySchema.parse({ stage, archived: "include", sort: "position" }),
  );
  return rows.map((r) => r.id);
}

/** Every application of a user with its stage-history rows, in history order. */
export async function historiesOf(db: Db, userId: UserId) {
  const rows = await listApplications(db, userId, applicationQuerySchema.parse({ archived: "include" }));
  return Promise.all(
    rows.map(async (row) => ({
      row,
      history: await stageHistoryOf(db, userId, row.id as ApplicationId),
    })),
  );
}

/** The SQLSTATE of a rejected query, looking through Drizzle's wrapping. */
export async function sqlStateOf(attempt: Promise<unknown>): Promise<string | undefined> {
  try {
    await attempt;
  } catch (error) {
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    }
    return `no SQLSTATE: ${String(error)}`;
  }
  return undefined;
}
