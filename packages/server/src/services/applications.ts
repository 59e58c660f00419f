import {
  createCompany,
  deleteApplication,
  edgePosition,
  findCompanyByName,
  getApplication,
  getCompany,
  insertApplication,
  listApplicationsJson,
  countApplications,
  moveApplication,
  stageHistoryOf,
  updateApplication,
  type ApplicationValues,
  type Db,
} from "@loopwise/db";
import {
  fromMinorUnits,
  Invalid,
  NotFound,
  toMinorUnits,
  type ApplicationId,
  type ApplicationInput,
  type ApplicationPatch,
  type ApplicationQuery,
  type CompanyId,
  type MoveInput,
  type Stage,
  type StageHistoryEntry,
  type UserId,
} from "@loopwise/domain";
import { isoTimestamp, toApplication } from "./dto.js";

type SalaryFields = Pick<ApplicationPatch, "salaryMin" | "salaryMax" | "salaryCurrency">;
type SalaryNow = { salaryMinMinor: number | null; salaryMaxMinor: number | null; salaryCurrency: string | null };

/**
 * The salary columns after a change: amounts arrive in major units and are stored in minor units
 * of the (possibly new) currency; untouched amounts keep their value across a change of currency.
 */
function salaryColumns(input: SalaryFields, existing: SalaryNow): Partial<ApplicationValues> {
  if (input.salaryMin === undefined && input.salaryMax === undefined && input.salaryCurrency === undefined) return {};
  const oldCurrency = existing.salaryCurrency ?? "USD";
  const currency = input.salaryCurrency ?? existing.salaryCurrency ?? "USD";
  const major = (given: number | null | undefined, minor: number | null) =>
    given !== undefined ? given : minor === null ? null : fromMinorUnits(minor, oldCurrency);
  const min = major(input.salaryMin, existing.salaryMinMinor);
  const max = major(input.salaryMax, existing.salaryMaxMinor);
  if (min !== null && max !== null && min > max) {
    throw new Invalid("Invalid body: salaryMax must not be below salaryMin", {
      salaryMax: "must not be below salaryMin",
    });
  }
  return {
    salaryMinMinor: min === null ? null : toMinorUnits(min, currency),
    salaryMaxMinor: max === null ? null : toMinorUnits(max, currency),
    salaryCurrency:
      min === null && max === null && input.salaryCurrency === undefined ? existing.salaryCurrency : currency,
  };
}

function columnValues(input: ApplicationPatch, existing: SalaryNow): Partial<ApplicationValues> {
  const { salaryMin: _min, salaryMax: _max, salaryCurrency: _cur, ...rest } = input;
  return { ...rest, ...salaryColumns(input, existing) };
}

const NO_SALARY: SalaryNow = { salaryMinMinor: null, salaryMaxMinor: null, salaryCurrency: null };

/**
 * The list as JSON text, `{ applications: ApplicationSummary[], total }`, passed through from the
 * database untouched; the count runs only when the page does not already tell the total.
 */
export async function listJson(db: Db, userId: UserId, query: ApplicationQuery, now: Date): Promise<string> {
  const page = await listApplicationsJson(db, userId, query, now.toISOString());
  const complete = query.offset === 0 && page.count < query.limit;
  const total = complete ? page.count : await countApplications(db, userId, query);
  return `{"applications":${page.json},"total":${total}}`;
}

export async function get(db: Db, userId: UserId, id: ApplicationId, now: Date) {
  return toApplication(await getApplication(db, userId, id), now);
}

export async function create(db: Db, userId: UserId, input: ApplicationInput, now: Date) {
  const at = now.toISOString();
  const id = await db.transaction(async (tx) => {
    const companyId = await resolveCompany(tx, userId, input, at);
    const { companyId: _c, companyName: _n, stage: _s, ...fields } = input;
    const stage: Stage = input.stage ?? "interested";
    const position = await edgePosition(tx, userId, stage, "end");
    const values = { ...columnValues(fields, NO_SALARY), roleTitle: input.roleTitle, companyId } as ApplicationValues;
    return insertApplication(tx, userId, values, [{ stage, at }], position, at);
  });
  return get(db, userId, id, now);
}

async function resolveCompany(db: Db, userId: UserId, input: ApplicationInput, at: string): Promise<string> {
  if (input.companyId) return ownCompany(db, userId, input.companyId);
  const name = input.companyName!;
  const existing = await findCompanyByName(db, userId, name);
  return existing ? existing.id : (await createCompany(db, userId, { name }, at)).id;
}

/** A company id from the request, checked to be the user's own: a bad one is the request's fault. */
async function ownCompany(db: Db, userId: UserId, companyId: string): Promise<string> {
  try {
    return (await getCompany(db, userId, companyId as CompanyId)).id;
  } catch (error) {
    if (error instanceof NotFound) {
      throw new Invalid("Invalid body: companyId names no company of yours", {
        companyId: "names no company of yours",
      });
    }
    throw error;
  }
}

export async function update(db: Db, userId: UserId, id: ApplicationId, patch: ApplicationPatch, now: Date) {
  await db.transaction(async (tx) => {
    const existing = await getApplication(tx, userId, id);
    if (patch.companyId) await ownCompany(tx, userId, patch.companyId);
    await updateApplication(tx, userId, id, columnValues(patch, existing), now.toISOString());
  });
  return get(db, userId, id, now);
}

export async function remove(db: Db, userId: UserId, id: ApplicationId) {
  await deleteApplication(db, userId, id);
}

export async function move(db: Db, userId: UserId, id: ApplicationId, input: MoveInput, now: Date) {
  return toApplication(await moveApplication(db, userId, id, input, now.toISOString()), now);
}

export async function history(db: Db, userId: UserId, id: ApplicationId): Promise<StageHistoryEntry[]> {
  const rows = await stageHistoryOf(db, userId, id);
  return rows.map((r) => ({
    id: r.id,
    fromStage: r.fromStage as Stage | null,
    toStage: r.toStage as Stage,
    at: isoTimestamp(r.at),
  }));
}
