import {
  compDataPointKey,
  compDataPointKeys,
  createCompDataPoint,
  deleteCompDataPoint,
  insertCompDataPoints,
  listCompDataPoints,
  type CompDataFilter,
  type CompDataPointValues,
  type Db,
} from "@loopwise/db";
import {
  Invalid,
  type CompDataPoint,
  type CompDataPointId,
  type CompDataPointInput,
  type UserId,
} from "@loopwise/domain";
import { readMarketCsv, type MarketCsvError } from "./market-csv.js";
import { toCompDataPoint, toCompDataValues } from "./market-dto.js";

export async function list(db: Db, userId: UserId, filter: CompDataFilter): Promise<CompDataPoint[]> {
  return (await listCompDataPoints(db, userId, filter)).map(toCompDataPoint);
}

export async function create(db: Db, userId: UserId, input: CompDataPointInput, now: Date): Promise<CompDataPoint> {
  return toCompDataPoint(await createCompDataPoint(db, userId, toCompDataValues(input), now.toISOString()));
}

export async function remove(db: Db, userId: UserId, id: CompDataPointId): Promise<void> {
  await deleteCompDataPoint(db, userId, id);
}

/** What an import did, or on a dry run would do. */
export interface MarketImportResult {
  dryRun: boolean;
  /** Data rows read from the file. */
  rows: number;
  added: number;
  /** Rows skipped because the same point is already stored (or appears earlier in the file). */
  duplicates: number;
  errors: MarketCsvError[];
}

export interface MarketImportOptions {
  dryRun: boolean;
  /** The currency of rows that name none, neither in a column nor by a symbol. */
  currency?: string | undefined;
}

/** Most errors an answer lists; the count in the message stays exact. */
const MAX_LISTED_ERRORS = 1000;

/**
 * Imports market data points from CSV bytes. Every row is checked first; a file with any error
 * writes nothing (a dry run lists the errors, a real run is a 400 naming them by line). Rows equal
 * to a stored point (same company, level, currency, total and date) are skipped, so a re-import adds
 * nothing. The write is one transaction.
 */
export async function importCsv(
  db: Db,
  userId: UserId,
  bytes: Uint8Array,
  options: MarketImportOptions,
  now: Date,
): Promise<MarketImportResult> {
  const { rows, points, errors } = readMarketCsv(bytes, options.currency);
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  if (errors.length > 0 && !options.dryRun) {
    const fields = Object.fromEntries(listed.map((e) => [`line ${e.line}: ${e.field}`, e.message]));
    const lines = new Set(errors.map((e) => e.line)).size;
    throw new Invalid(
      `${lines} ${lines === 1 ? "line has" : "lines have"} a problem; nothing was imported. Run a dry run to see them all`,
      fields,
    );
  }
  const plan = async (tx: Db) => {
    const seen = await compDataPointKeys(tx, userId);
    const fresh: CompDataPointValues[] = [];
    for (const point of points) {
      const key = compDataPointKey(point);
      if (seen.has(key)) continue;
      seen.add(key);
      fresh.push(point);
    }
    return fresh;
  };
  if (options.dryRun || errors.length > 0) {
    const fresh = errors.length > 0 ? [] : await plan(db);
    return {
      dryRun: true,
      rows,
      added: fresh.length,
      duplicates: errors.length > 0 ? 0 : points.length - fresh.length,
      errors: listed,
    };
  }
  const added = await db.transaction(async (tx) => {
    const fresh = await plan(tx);
    return insertCompDataPoints(tx, userId, fresh, now.toISOString());
  });
  return { dryRun: false, rows, added, duplicates: points.length - added, errors: [] };
}
