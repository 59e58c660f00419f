import { eq, sql } from "drizzle-orm";
import type { DecisionWeights, UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { offerPreferences } from "../schema.js";

export interface OfferPreferencesRow {
  compareCurrency: string | null;
  /** Only the weights the user set. */
  weights: DecisionWeights;
}

/** The user's stored preferences, or undefined before the first save. */
export async function getOfferPreferences(db: Db, userId: UserId): Promise<OfferPreferencesRow | undefined> {
  const [row] = await db
    .select({ compareCurrency: offerPreferences.compareCurrency, weights: offerPreferences.weights })
    .from(offerPreferences)
    .where(eq(offerPreferences.userId, userId));
  return row ? { compareCurrency: row.compareCurrency, weights: (row.weights ?? {}) as DecisionWeights } : undefined;
}

/**
 * Saves preferences in one statement: the given weights merge over the stored ones per criterion;
 * the compare currency is written when given (null clears it) and kept when left out.
 */
export async function saveOfferPreferences(
  db: Db,
  userId: UserId,
  input: { compareCurrency?: string | null; weights?: DecisionWeights },
  now: string,
): Promise<void> {
  const weights = input.weights ?? {};
  await db
    .insert(offerPreferences)
    .values({ userId, compareCurrency: input.compareCurrency ?? null, weights, updatedAt: now })
    .onConflictDoUpdate({
      target: offerPreferences.userId,
      set: {
        weights: sql`${offerPreferences.weights} || excluded.weights`,
        updatedAt: now,
        ...(input.compareCurrency !== undefined ? { compareCurrency: input.compareCurrency } : {}),
      },
    });
}
