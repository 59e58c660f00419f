import {
  countApplications,
  createCompany,
  findCompanyByName,
  insertApplication,
  refreshStatistics,
  type ApplicationValues,
  type Db,
} from "@loopwise/db";
import {
  applicationQuerySchema,
  Conflict,
  sampleSearch,
  spreadPositions,
  toMinorUnits,
  type ApplicationId,
  type UserId,
} from "@loopwise/domain";
import { loadSampleOffers } from "./sample-offers.js";
import { loadSamplePeople } from "./sample-people.js";

/**
 * Loads the sample search, the people around it and the offers in hand into an account with no
 * applications yet, all or nothing.
 */
export async function loadSample(db: Db, userId: UserId, now: Date, random: () => number, timeZone = "UTC") {
  const sample = sampleSearch(now, random);
  const at = now.toISOString();
  const loaded = await db.transaction(async (tx) => {
    const existing = await countApplications(tx, userId, applicationQuerySchema.parse({ archived: "include" }));
    if (existing > 0) throw new Conflict("The sample search loads only into an empty pipeline");
    const companyIds = new Map<string, string>();
    const applicationIds = new Map<string, ApplicationId>();
    for (const company of sample.companies) {
      const found = await findCompanyByName(tx, userId, company.name);
      companyIds.set(company.name, found?.id ?? (await createCompany(tx, userId, company, at)).id);
    }
    const byStage = new Map<string, typeof sample.applications>();
    for (const app of sample.applications) {
      const stage = app.history.at(-1)!.stage;
      byStage.set(stage, [...(byStage.get(stage) ?? []), app]);
    }
    for (const apps of byStage.values()) {
      const positions = spreadPositions(apps.length);
      for (const [i, app] of apps.entries()) {
        const { salaryMin, salaryMax, salaryCurrency, ...fields } = app.input;
        const currency = salaryCurrency ?? "USD";
        const values: ApplicationValues = {
          ...fields,
          roleTitle: app.input.roleTitle,
          companyId: companyIds.get(app.companyName)!,
          salaryCurrency: currency,
          salaryMinMinor: salaryMin == null ? null : toMinorUnits(salaryMin, currency),
          salaryMaxMinor: salaryMax == null ? null : toMinorUnits(salaryMax, currency),
        };
        applicationIds.set(
          app.companyName,
          await insertApplication(tx, userId, values, app.history, positions[i]!, at),
        );
      }
    }
    const people = await loadSamplePeople(
      tx,
      userId,
      { companies: companyIds, applications: applicationIds },
      now,
      timeZone,
    );
    const offers = await loadSampleOffers(tx, userId, sample, applicationIds, now);
    return { companies: sample.companies.length, applications: sample.applications.length, ...people, ...offers };
  });
  await refreshStatistics(db);
  return loaded;
}
