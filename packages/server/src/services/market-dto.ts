import type { CompDataPointRow, CompDataPointValues } from "@loopwise/db";
import {
  fromMinorUnits,
  toMinorUnits,
  type CompDataPoint,
  type CompDataPointId,
  type CompDataPointInput,
} from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";

export function toCompDataPoint(row: CompDataPointRow): CompDataPoint {
  return {
    id: row.id as CompDataPointId,
    company: row.company,
    level: row.level,
    title: row.title,
    location: row.location,
    currency: row.currency,
    base: row.baseMinor === null ? null : fromMinorUnits(row.baseMinor, row.currency),
    total: fromMinorUnits(row.totalMinor, row.currency),
    source: row.source,
    observedOn: row.observedOn,
    createdAt: isoTimestamp(row.createdAt),
  };
}

/** A validated input as the table stores it: money in minor units, blanks as null. */
export function toCompDataValues(input: CompDataPointInput): CompDataPointValues {
  return {
    company: input.company,
    level: input.level || null,
    title: input.title || null,
    location: input.location || null,
    currency: input.currency,
    baseMinor: input.base === undefined || input.base === null ? null : toMinorUnits(input.base, input.currency),
    totalMinor: toMinorUnits(input.total, input.currency),
    source: input.source || null,
    observedOn: input.observedOn ?? null,
  };
}
