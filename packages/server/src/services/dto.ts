import type { ApplicationRow, CompanyRow } from "@loopwise/db";
import {
  daysInStage,
  fromMinorUnits,
  type Application,
  type ApplicationId,
  type Company,
  type CompanyId,
  type RemotePolicy,
  type Source,
  type Stage,
  type Tier,
} from "@loopwise/domain";

/** Database timestamps arrive in the driver's text form; the API speaks ISO 8601 in UTC. */
export function isoTimestamp(value: string): string {
  return new Date(value).toISOString();
}

export function toCompany(row: CompanyRow): Company {
  return {
    id: row.id as CompanyId,
    name: row.name,
    website: row.website,
    tier: row.tier as Tier | null,
    notes: row.notes,
    applicationCount: row.applicationCount,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

export function toApplication(row: ApplicationRow, now: Date): Application {
  const currency = row.salaryCurrency ?? "USD";
  const major = (minor: number | null) => (minor === null ? null : fromMinorUnits(minor, currency));
  const stageEnteredAt = isoTimestamp(row.stageEnteredAt);
  return {
    id: row.id as ApplicationId,
    companyId: row.companyId as CompanyId,
    companyName: row.companyName,
    companyTier: row.companyTier as Tier | null,
    roleTitle: row.roleTitle,
    level: row.level,
    location: row.location,
    remotePolicy: row.remotePolicy as RemotePolicy | null,
    source: row.source as Source | null,
    postingUrl: row.postingUrl,
    salaryMin: major(row.salaryMinMinor),
    salaryMax: major(row.salaryMaxMinor),
    salaryCurrency: row.salaryCurrency,
    desirability: row.desirability,
    tags: row.tags,
    appliedOn: row.appliedOn,
    nextAction: row.nextAction,
    nextActionDue: row.nextActionDue,
    offerDeadline: row.offerDeadline,
    notes: row.notes,
    stage: row.stage as Stage,
    stageEnteredAt,
    daysInStage: daysInStage(stageEnteredAt, now),
    position: row.position,
    archived: row.archived,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}
