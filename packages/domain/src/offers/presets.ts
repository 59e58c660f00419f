/**
 * The vesting schedules offers commonly use, as exact shares of a whole: each event vests
 * `parts / denominator` of the grant at `month` (month 12 is the first anniversary). Keeping them
 * as integers means the cumulative share at any month is exact, so floored share counts never
 * drift and the last event always completes the grant.
 */
export interface PresetDefinition {
  label: string;
  description: string;
  denominator: number;
  events: readonly { month: number; parts: number }[];
}

function everyMonths(from: number, to: number, step: number, parts: number) {
  const events: { month: number; parts: number }[] = [];
  for (let month = from; month <= to; month += step) events.push({ month, parts });
  return events;
}

/**
 * A yearly split (percents summing to 100) vested in equal steps within each year: each step vests
 * `percent` parts of a denominator of 100 × steps per year.
 */
function yearlySplit(percents: readonly number[], stepMonths: number) {
  return percents.flatMap((percent, year) => everyMonths(year * 12 + stepMonths, (year + 1) * 12, stepMonths, percent));
}

export const VESTING_PRESETS = {
  "4y-cliff-monthly": {
    label: "4 years, 1-year cliff, then monthly",
    description: "25% at the first anniversary, then 1/48 each month until month 48.",
    denominator: 48,
    events: [{ month: 12, parts: 12 }, ...everyMonths(13, 48, 1, 1)],
  },
  "4y-cliff-quarterly": {
    label: "4 years, 1-year cliff, then quarterly",
    description: "25% at the first anniversary, then 1/16 every three months until month 48.",
    denominator: 16,
    events: [{ month: 12, parts: 4 }, ...everyMonths(15, 48, 3, 1)],
  },
  "5-15-40-40": {
    label: "5% / 15% / 40% / 40%",
    description: "5% at the first anniversary, 15% at the second, then 20% every six months (months 30, 36, 42, 48).",
    denominator: 20,
    events: [{ month: 12, parts: 1 }, { month: 24, parts: 3 }, ...everyMonths(30, 48, 6, 4)],
  },
  "33-33-22-12": {
    label: "33% / 33% / 22% / 12% (front-loaded)",
    description: "Each year's share vests in equal monthly steps, no cliff.",
    denominator: 1200,
    events: yearlySplit([33, 33, 22, 12], 1),
  },
  "40-30-20-10": {
    label: "40% / 30% / 20% / 10%",
    description: "Each year's share vests in four equal quarterly steps, no cliff.",
    denominator: 400,
    events: yearlySplit([40, 30, 20, 10], 3),
  },
  "35-30-20-15": {
    label: "35% / 30% / 20% / 15%",
    description: "Each year's share vests in four equal quarterly steps, no cliff.",
    denominator: 400,
    events: yearlySplit([35, 30, 20, 15], 3),
  },
  "4y-monthly-no-cliff": {
    label: "25% per year, monthly, no cliff",
    description: "1/48 each month from month 1 to month 48.",
    denominator: 48,
    events: everyMonths(1, 48, 1, 1),
  },
} as const satisfies Record<string, PresetDefinition>;

export type VestingPresetName = keyof typeof VESTING_PRESETS;

export const VESTING_PRESET_NAMES = Object.keys(VESTING_PRESETS) as VestingPresetName[];
