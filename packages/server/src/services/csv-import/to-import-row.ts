import type { CsvImportRow } from "@loopwise/db";
import { toMinorUnits } from "@loopwise/domain";
import type { MappedRow } from "./map-row.js";

/**
 * A validated row as the database takes it: salary in minor units (in USD when the file names no
 * currency, as a new application does), and its one stage_history row. That row is dated the day
 * of applying when the file says the application sits at "applied" since then; any other stage is
 * dated now, since the file does not say when the application got there.
 */
export function toImportRow(row: MappedRow, now: string): CsvImportRow {
  const { companyName, stage, salaryMin, salaryMax, salaryCurrency, ...fields } = row.input;
  const hasSalary = salaryMin != null || salaryMax != null;
  const currency = salaryCurrency ?? (hasSalary ? "USD" : null);
  const minor = (major: number | null | undefined) => (major == null ? null : toMinorUnits(major, currency!));
  const applied = stage === "applied" && fields.appliedOn ? `${fields.appliedOn}T00:00:00.000Z` : undefined;
  return {
    line: row.line,
    companyName,
    stage,
    stageAt: applied && applied < now ? applied : now,
    values: {
      roleTitle: fields.roleTitle,
      level: fields.level ?? null,
      location: fields.location ?? null,
      remotePolicy: fields.remotePolicy ?? null,
      source: fields.source ?? null,
      postingUrl: fields.postingUrl ?? null,
      salaryMinMinor: minor(salaryMin),
      salaryMaxMinor: minor(salaryMax),
      salaryCurrency: currency,
      desirability: fields.desirability ?? null,
      tags: fields.tags ?? [],
      appliedOn: fields.appliedOn ?? null,
      nextAction: fields.nextAction ?? null,
      nextActionDue: fields.nextActionDue ?? null,
      notes: fields.notes ?? null,
    },
  };
}
