import {
  criterionValues,
  leaderIndex,
  MAX_WEIGHT,
  pointsOf,
  scoreValue,
  type DecisionModel,
} from "./decision-values.js";
import {
  CRITERION_LABELS,
  DECISION_CRITERIA,
  SCORED_CRITERIA,
  type DecisionCriterion,
  type ScoredCriterion,
} from "./records.js";

/** The equity multipliers the sensitivity looks at: equity worth nothing up to ten times the assumption. */
export const MAX_EQUITY_MULTIPLIER = 10;

/** A crossing: past `at` (above it going up, below it going down) `winnerId` wins instead. */
export interface Flip {
  at: number;
  winnerId: string;
}

export interface WeightSensitivity {
  criterion: DecisionCriterion;
  weight: number;
  /** The lowest weight above the current one past which the winner changes, within 0-10. */
  up: Flip | null;
  /** The highest weight below the current one past which the winner changes, within 0-10. */
  down: Flip | null;
  /** The smaller of the two changes, or null when no weight in 0-10 changes the winner. */
  nearest: (Flip & { direction: "up" | "down"; change: number }) | null;
  line: string;
}

export interface EquitySensitivity {
  /** The highest multiplier below 1 under which another offer wins. */
  down: Flip | null;
  /** The lowest multiplier above 1 (up to 10) over which another offer wins. */
  up: Flip | null;
  line: string;
}

export interface ScoreSensitivity {
  runnerUpId: string;
  criterion: ScoredCriterion;
  /** The runner-up's score now; null when missing (counted as 3). */
  current: number | null;
  /** The exact score (on the continuous 1-5 scale) at which the runner-up ties the winner. */
  threshold: number;
  /** The lowest whole score that makes the runner-up win, or null when not even 5 does. */
  needed: number | null;
  line: string;
}

const round2 = (value: number) => String(Math.round(value * 100) / 100);

function nameOf(model: DecisionModel, id: string): string {
  return model.offers.find((offer) => offer.id === id)?.name ?? id;
}

/**
 * For each criterion, the nearest weights (up and down, within 0-10) past which another offer
 * wins. Points are linear in one weight (points = rest + weight × value), so each challenger
 * crosses the winner at exactly one weight: (winner's rest − its rest) / (its value − winner's value).
 */
export function weightSensitivity(model: DecisionModel): WeightSensitivity[] {
  if (model.offers.length < 2) return [];
  const values = criterionValues(model.offers, SCORED_CRITERIA);
  const points = pointsOf(model);
  const w = leaderIndex(points);
  return DECISION_CRITERIA.map((criterion) => {
    const weight = model.weights[criterion];
    const rest = points.map((total, index) => total - weight * values[index]![criterion].value);
    const slope = values.map((row) => row[criterion].value);
    let up: { at: number; slope: number; index: number } | null = null;
    let down: { at: number; slope: number; index: number } | null = null;
    slope.forEach((own, index) => {
      if (index === w || own === slope[w]) return;
      const at = (rest[w]! - rest[index]!) / (own - slope[w]!);
      if (own > slope[w]! && at >= weight && at < MAX_WEIGHT) {
        // Among challengers crossing at the same weight, the steepest leads just past it.
        if (!up || at < up.at || (at === up.at && own > up.slope)) up = { at, slope: own, index };
      } else if (own < slope[w]! && at <= weight && at > 0) {
        if (!down || at > down.at || (at === down.at && own < down.slope)) down = { at, slope: own, index };
      }
    });
    const flip = (found: { at: number; index: number } | null) =>
      found ? { at: found.at, winnerId: model.offers[found.index]!.id } : null;
    const [upFlip, downFlip] = [flip(up), flip(down)];
    const upChange = upFlip ? upFlip.at - weight : Infinity;
    const downChange = downFlip ? weight - downFlip.at : Infinity;
    const nearest =
      upFlip && upChange <= downChange
        ? { ...upFlip, direction: "up" as const, change: upChange }
        : downFlip
          ? { ...downFlip, direction: "down" as const, change: downChange }
          : null;
    const label = CRITERION_LABELS[criterion];
    const line = nearest
      ? `${label}: ${nearest.direction === "up" ? "raise" : "lower"} it from ${round2(weight)} to ${nearest.direction === "up" ? "above" : "below"} ${round2(nearest.at)} and ${nameOf(model, nearest.winnerId)} wins`
      : `${label}: no weight from 0 to 10 changes the winner`;
    return { criterion, weight, up: upFlip, down: downFlip, nearest, line };
  });
}

type Poly = [number, number, number];

const linearTimes = (a: [number, number], b: [number, number]): Poly => [
  a[0] * b[0],
  a[0] * b[1] + a[1] * b[0],
  a[1] * b[1],
];
const add = (...polys: Poly[]): Poly =>
  polys.reduce<Poly>((sum, poly) => [sum[0] + poly[0], sum[1] + poly[1], sum[2] + poly[2]], [0, 0, 0]);
const scale = (poly: Poly, factor: number): Poly => [poly[0] * factor, poly[1] * factor, poly[2] * factor];

/** Real roots of c0 + c1·m + c2·m² (none when the polynomial is identically zero). */
export function quadraticRoots([c0, c1, c2]: Poly): number[] {
  const size = Math.max(Math.abs(c0), Math.abs(c1), Math.abs(c2));
  if (size === 0) return [];
  const [a, b, c] = [c2 / size, c1 / size, c0 / size];
  if (Math.abs(a) < 1e-12) return Math.abs(b) < 1e-12 ? [] : [-c / b];
  const disc = b * b - 4 * a * c;
  if (disc < 0) return [];
  // The stable form: no cancellation between -b and the root of the discriminant.
  const q = -0.5 * (b + Math.sign(b || 1) * Math.sqrt(disc));
  return q === 0 ? [0] : [q / a, c / q];
}

/** Each offer's money as lines in the multiplier m: figure + (m − 1) × equity = fixed + m × equity. */
function moneyLines(model: DecisionModel) {
  return {
    yearOne: model.offers.map(
      ({ money }) => [money.yearOne - money.yearOneEquity, money.yearOneEquity] as [number, number],
    ),
    horizon: model.offers.map(
      ({ money }) => [money.horizon - money.horizonEquity, money.horizonEquity] as [number, number],
    ),
  };
}

/** Multipliers in (0, max) where two lines swap which is highest. */
function crossings(lines: readonly [number, number][]): number[] {
  const found: number[] = [];
  lines.forEach(([a1, b1], i) =>
    lines.slice(i + 1).forEach(([a2, b2]) => {
      if (b1 !== b2) found.push((a2 - a1) / (b1 - b2));
    }),
  );
  return found.filter((m) => m > 0 && m < MAX_EQUITY_MULTIPLIER);
}

function highestLine(lines: readonly [number, number][], m: number): [number, number] {
  return lines.reduce((best, line) => (line[0] + m * line[1] > best[0] + m * best[1] ? line : best));
}

/**
 * Every multiplier in [0, 10] at which some challenger's points equal the winner's. Money values
 * are an offer's line over the highest line, so between two points where the highest line changes,
 * (challenger − winner) × both denominators is a quadratic in m: its roots are the candidates.
 */
function equityCandidates(model: DecisionModel, w: number): number[] {
  const lines = moneyLines(model);
  const weights = model.weights;
  const base = criterionValues(model.offers, SCORED_CRITERIA, 1);
  const fixed = base.map((row) =>
    DECISION_CRITERIA.filter((c) => c !== "money_year1" && c !== "money_four_years").reduce(
      (sum, c) => sum + weights[c] * row[c].value,
      0,
    ),
  );
  const stops = [0, ...crossings(lines.yearOne), ...crossings(lines.horizon), MAX_EQUITY_MULTIPLIER].sort(
    (x, y) => x - y,
  );
  const candidates: number[] = [];
  for (let s = 0; s < stops.length - 1; s++) {
    const [from, to] = [stops[s]!, stops[s + 1]!];
    if (to - from < 1e-12) continue;
    const mid = (from + to) / 2;
    const term = (offerLines: [number, number][]) => {
      const top = highestLine(offerLines, mid);
      // All money zero: every offer scores 1, the criterion cannot separate them.
      return top[0] + mid * top[1] > 0 ? { top, lines: offerLines } : null;
    };
    const one = term(lines.yearOne);
    const four = term(lines.horizon);
    const d1: [number, number] = one ? one.top : [1, 0];
    const d4: [number, number] = four ? four.top : [1, 0];
    model.offers.forEach((_, i) => {
      if (i === w) return;
      const diff = (offerLines: [number, number][] | null): [number, number] =>
        offerLines ? [offerLines[i]![0] - offerLines[w]![0], offerLines[i]![1] - offerLines[w]![1]] : [0, 0];
      const poly = add(
        scale(linearTimes(d1, d4), fixed[i]! - fixed[w]!),
        scale(linearTimes(diff(one?.lines ?? null), d4), weights.money_year1),
        scale(linearTimes(diff(four?.lines ?? null), d1), weights.money_four_years),
      );
      for (const root of quadraticRoots(poly)) {
        if (root >= from - 1e-9 && root <= to + 1e-9)
          candidates.push(Math.min(Math.max(root, 0), MAX_EQUITY_MULTIPLIER));
      }
    });
  }
  return candidates;
}

/**
 * How far the equity's value (one multiplier on every offer's equity) can move before another
 * offer wins: the nearest multiplier below 1 and above 1 (up to 10) where the winner changes.
 */
export function equitySensitivity(model: DecisionModel): EquitySensitivity {
  const none = { down: null, up: null, line: "No equity value from 0× to 10× changes the winner" };
  if (model.offers.length < 2) return none;
  const w = leaderIndex(pointsOf(model, 1));
  const candidates = equityCandidates(model, w);
  const winnerNear = (m: number) => leaderIndex(pointsOf(model, m));
  const step = (m: number) => 1e-7 * Math.max(1, m);
  let up: Flip | null = null;
  for (const m of candidates.filter((m) => m >= 1).sort((x, y) => x - y)) {
    if (m + step(m) > MAX_EQUITY_MULTIPLIER) break;
    const leader = winnerNear(m + step(m));
    if (leader !== w) {
      up = { at: m, winnerId: model.offers[leader]!.id };
      break;
    }
  }
  let down: Flip | null = null;
  for (const m of candidates.filter((m) => m <= 1).sort((x, y) => y - x)) {
    if (m - step(m) <= 0) break;
    const leader = winnerNear(m - step(m));
    if (leader !== w) {
      down = { at: m, winnerId: model.offers[leader]!.id };
      break;
    }
  }
  if (!up && !down) return none;
  const parts = [
    down && `less than ${round2(down.at)}× your estimate, ${nameOf(model, down.winnerId)} wins`,
    up && `more than ${round2(up.at)}×${down ? "" : " your estimate"}, ${nameOf(model, up.winnerId)} wins`,
  ].filter(Boolean);
  const line = `If the equity is worth ${parts.join("; ")}`;
  return { down, up, line };
}

/**
 * For each scored criterion, the score the runner-up would need to win. Its points are linear in
 * the score's value ((s − 1) / 4), so the tie is at value + (winner's points − its points) / weight.
 */
export function scoreSensitivity(model: DecisionModel): ScoreSensitivity[] {
  if (model.offers.length < 2) return [];
  const points = pointsOf(model);
  const w = leaderIndex(points);
  const r = leaderIndex(points.map((value, index) => (index === w ? -Infinity : value)));
  const runnerUp = model.offers[r]!;
  return SCORED_CRITERIA.flatMap((criterion) => {
    const weight = model.weights[criterion];
    if (weight === 0) return [];
    const current = runnerUp.scores[criterion] ?? null;
    const value = current === null ? 0.5 : scoreValue(current);
    const threshold = 1 + 4 * (value + (points[w]! - points[r]!) / weight);
    const wins = (score: number) => {
      const scores = { ...runnerUp.scores, [criterion]: score };
      const offers = model.offers.map((offer, index) => (index === r ? { ...offer, scores } : offer));
      return leaderIndex(pointsOf({ ...model, offers })) === r;
    };
    let needed: number | null = null;
    for (let score = Math.max(1, Math.floor(threshold) - 1); score <= 5; score++) {
      if (score > (current ?? 0) && wins(score)) {
        needed = score;
        break;
      }
    }
    const label = CRITERION_LABELS[criterion].toLowerCase();
    const now = current === null ? "not scored yet" : `now ${current}`;
    const line =
      needed === null
        ? `No ${label} score up to 5 makes ${runnerUp.name} win (${now})`
        : `${runnerUp.name} wins with a ${label} score of ${needed} (${now})`;
    return [{ runnerUpId: runnerUp.id, criterion, current, threshold, needed, line }];
  });
}
