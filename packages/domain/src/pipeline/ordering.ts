import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/**
 * Positions within a column are fractional-index strings compared byte by byte (collation "C"),
 * so a move rewrites one row instead of renumbering the column.
 */
export function positionBetween(after: string | null, before: string | null): string {
  return generateKeyBetween(after, before);
}

/** Fresh, evenly spread keys for a whole column, used when two neighbours hold the same key. */
export function spreadPositions(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/** True when a key can be made strictly between the two neighbours. */
export function canFitBetween(after: string | null, before: string | null): boolean {
  return after === null || before === null || after < before;
}
