import { getOfferPreferences, saveOfferPreferences, type Db, type OfferPreferencesRow } from "@loopwise/db";
import {
  DECISION_CRITERIA,
  DEFAULT_WEIGHTS,
  type DecisionCriterion,
  type OfferPreferences,
  type OfferPreferencesInput,
  type UserId,
} from "@loopwise/domain";

export async function get(db: Db, userId: UserId): Promise<OfferPreferences> {
  return toOfferPreferences(await getOfferPreferences(db, userId));
}

/** Merges the given weights over the stored ones per criterion; answers the whole result. */
export async function save(db: Db, userId: UserId, input: OfferPreferencesInput, now: Date): Promise<OfferPreferences> {
  await saveOfferPreferences(db, userId, input, now.toISOString());
  return get(db, userId);
}

function toOfferPreferences(row: OfferPreferencesRow | undefined): OfferPreferences {
  const weights = Object.fromEntries(
    DECISION_CRITERIA.map((criterion) => [criterion, row?.weights[criterion] ?? DEFAULT_WEIGHTS[criterion]]),
  ) as Record<DecisionCriterion, number>;
  return { compareCurrency: row?.compareCurrency ?? null, weights };
}
