import type { ScheduleInput } from "./comp-input.js";
import { VESTING_PRESETS } from "./presets.js";

/**
 * A vesting schedule as exact cumulative shares of a whole: after the event at `months[k]`,
 * `numerators[k] / denominators[k]` of the grant has vested. Presets are exact integer parts of
 * their denominator. A custom schedule's fractions are floats: each running sum is read back as
 * the fraction it stands for (the nearest p/q with q ≤ 10,000 within 1e-12, so 1/48 written out
 * 48 times is exactly k/48 after k events, and 0.05 is 1/20), or else rounded to 1e-12; the last
 * event is the whole grant, whatever the floats add up to.
 */
export interface CumulativeSchedule {
  months: number[];
  numerators: number[];
  denominators: number[];
}

/** Fallback resolution for fractions that are no small ratio: finer than any grant needs. */
const FINE_DENOMINATOR = 1_000_000_000_000;
const MAX_SMALL_DENOMINATOR = 10_000;
const RATIO_TOLERANCE = 1e-12;

/**
 * The fraction p/q (q ≤ `maxDenominator`) within `tolerance` of x, if there is one. Any such
 * fraction is a convergent of x's continued fraction (Legendre: |x − p/q| < 1/(2q²)).
 */
export function smallRatio(x: number, maxDenominator: number, tolerance: number): [number, number] | null {
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = x;
  for (let step = 0; step < 40; step += 1) {
    const whole = Math.floor(rest);
    const [h2, k2] = [whole * h1 + h0, whole * k1 + k0];
    if (k2 > maxDenominator) return null;
    [h0, h1, k0, k1] = [h1, h2, k1, k2];
    if (Math.abs(x - h1 / k1) <= tolerance) return [h1, k1];
    const fraction = rest - whole;
    if (fraction <= 0) return null;
    rest = 1 / fraction;
  }
  return null;
}

const presetCache = new Map<string, CumulativeSchedule>();

export function cumulativeSchedule(schedule: ScheduleInput): CumulativeSchedule {
  if (typeof schedule === "string") {
    const cached = presetCache.get(schedule);
    if (cached) return cached;
    const preset = VESTING_PRESETS[schedule];
    let running = 0;
    const built: CumulativeSchedule = {
      months: preset.events.map((event) => event.month),
      numerators: preset.events.map((event) => (running += event.parts)),
      denominators: preset.events.map(() => preset.denominator),
    };
    presetCache.set(schedule, built);
    return built;
  }
  let sum = 0;
  const last = schedule.events.length - 1;
  const numerators: number[] = [];
  const denominators: number[] = [];
  schedule.events.forEach((event, index) => {
    sum += event.fraction;
    // Within the sum tolerance a running total may pass 1 early: it is capped there.
    const share = Math.min(1, sum);
    const ratio =
      index === last
        ? [1, 1]
        : (smallRatio(share, MAX_SMALL_DENOMINATOR, RATIO_TOLERANCE) ?? [
            Math.round(share * FINE_DENOMINATOR),
            FINE_DENOMINATOR,
          ]);
    numerators.push(ratio[0]!);
    denominators.push(ratio[1]!);
  });
  return { months: schedule.events.map((event) => event.month), numerators, denominators };
}

/** The month of a schedule's last event: the grant is fully vested then. */
export function scheduleEndMonth(schedule: ScheduleInput): number {
  const { months } = cumulativeSchedule(schedule);
  return months[months.length - 1] ?? 0;
}

/** floor(units × numerator / denominator), exactly, past 2^53 too. */
function flooredShare(units: number, numerator: number, denominator: number): number {
  const product = units * numerator;
  if (Number.isSafeInteger(product)) return Math.floor(product / denominator);
  return Number((BigInt(units) * BigInt(numerator)) / BigInt(denominator));
}

export interface VestEvent {
  month: number;
  /** Units vested at this event: the difference of floored cumulative totals. */
  shares: number;
}

/**
 * Vests `units` (a whole number of shares, or of minor money units) on a schedule. Each event's
 * count is floor(units × cumulative_k) − floor(units × cumulative_k−1), so the counts never drift
 * and always add up to `units`. Events that vest nothing are kept (shares 0) only when `keepEmpty`.
 */
export function vestUnits(schedule: ScheduleInput, units: number, keepEmpty = false): VestEvent[] {
  const { months, numerators, denominators } = cumulativeSchedule(schedule);
  const events: VestEvent[] = [];
  let vested = 0;
  months.forEach((month, index) => {
    // Clamped so rounding in a custom schedule's ratios can never take a share back.
    const total = Math.min(units, Math.max(vested, flooredShare(units, numerators[index]!, denominators[index]!)));
    const shares = total - vested;
    vested = total;
    if (shares > 0 || keepEmpty) events.push({ month, shares });
  });
  return events;
}

/** The fraction of the whole each event vests, for display and checks. */
export function scheduleFractions(schedule: ScheduleInput): { month: number; fraction: number }[] {
  const { months, numerators, denominators } = cumulativeSchedule(schedule);
  const share = (index: number) => (index < 0 ? 0 : numerators[index]! / denominators[index]!);
  return months.map((month, index) => ({ month, fraction: share(index) - share(index - 1) }));
}
