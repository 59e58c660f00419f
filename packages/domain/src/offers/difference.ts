import { compactAmount, overYears } from "./compact-amount.js";
import {
  assertOneCurrency,
  COMP_COMPONENTS,
  commonHorizon,
  minorPerMajor,
  negligible,
  type CompareEntry,
  type CompComponent,
} from "./compare-basics.js";
import type { Projection, YearFigures } from "./projection-types.js";

export interface DifferenceExplanation {
  aId: string;
  bId: string;
  /** Who pays more in year 1 and over the horizon; null when the two are about the same. */
  yearOneLeaderId: string | null;
  horizonLeaderId: string | null;
  /** Absolute gaps, minor units. */
  yearOneGap: number;
  horizonGap: number;
  /** The component that makes most of the year-1 gap (or of the horizon gap when year 1 is level). */
  driver: CompComponent | null;
  /** The first year whose running total puts the year-1 laggard ahead; null when it never does. */
  catchUpYear: number | null;
  line: string;
}

/** Share of the horizon's equity that vests in year 1, or null when there is none. */
function yearOneEquityShare(p: Projection, horizon: number): number | null {
  const whole = p.cumulative[horizon - 1]!.equity;
  return whole > 0 ? p.years[0]!.equity / whole : null;
}

function componentGap(x: YearFigures, y: YearFigures, component: CompComponent): number {
  return x[component] - y[component];
}

/** The component with the largest difference in the gap's direction (x ahead of y); ties go to the earlier one. */
function largestDriver(x: YearFigures, y: YearFigures): CompComponent {
  let best: CompComponent = COMP_COMPONENTS[0];
  for (const component of COMP_COMPONENTS) {
    if (componentGap(x, y, component) > componentGap(x, y, best)) best = component;
  }
  return best;
}

interface Side {
  name: string;
  p: Projection;
}

/** Why `x` pays more than `y` in year 1, in a few words after "because of". */
function yearOneReason(x: Side, y: Side, driver: CompComponent, horizon: number, fmt: (minor: number) => string) {
  const [xa, ya] = [x.p.years[0]!, y.p.years[0]!];
  switch (driver) {
    case "base":
      return `a higher base (${fmt(xa.base)} against ${fmt(ya.base)})`;
    case "bonus":
      return `the bonus (${fmt(xa.bonus)} against ${fmt(ya.bonus)})`;
    case "signOn":
      return `its ${fmt(xa.signOn)} sign-on`;
    case "other":
      return `relocation and benefits (${fmt(xa.other)} against ${fmt(ya.other)})`;
    case "equity": {
      const xs = yearOneEquityShare(x.p, horizon);
      const ys = yearOneEquityShare(y.p, horizon);
      if (xs !== null && ys !== null && xs - ys >= 0.05) {
        return xs > 1 / horizon + 0.01 ? "the front-loaded grant" : `${y.name}'s slower first-year vesting`;
      }
      if (xs !== null && ys === null) return "its equity";
      return "the larger grant";
    }
  }
}

/** The component named when one component alone makes a steady gap: "B's bonus target adds 18k a year". */
function steadyComponentLine(x: Side, y: Side, component: CompComponent, gap: number, fmt: (minor: number) => string) {
  const words: Record<CompComponent, string> = {
    base: "base",
    bonus: "bonus target",
    signOn: "sign-on",
    equity: "equity",
    other: "benefits",
  };
  const prefix = component === "base" ? "" : "Same base; ";
  return `${prefix}${x.name}'s ${words[component]} adds ${fmt(gap)} a year`;
}

/**
 * One plain line on what separates two offers, the same whichever order they come in: who pays
 * more in year 1 and which component makes it, the year the other catches up (its running total
 * passes), and the gap over the horizon. A single component that makes the same gap every year is
 * named on its own; a year-1 sign-on that the other overtakes from year 2 is said as such.
 */
export function explainDifference(a: CompareEntry, b: CompareEntry): DifferenceExplanation {
  const currency = assertOneCurrency([a, b]);
  const fmt = (minor: number) => compactAmount(minor, currency);
  const majorUnit = minorPerMajor(currency);
  const horizon = commonHorizon([a.projection, b.projection]);
  const horizonWords = overYears(horizon);
  const [a1, b1] = [a.projection.years[0]!, b.projection.years[0]!];
  const [aH, bH] = [a.projection.cumulative[horizon - 1]!, b.projection.cumulative[horizon - 1]!];
  const d1 = b1.total - a1.total;
  const dH = bH.total - aH.total;
  const level1 = negligible(d1, a1.total, b1.total, majorUnit);
  const levelH = negligible(dH, aH.total, bH.total, majorUnit);
  const result = (fields: Omit<DifferenceExplanation, "aId" | "bId" | "yearOneGap" | "horizonGap">) => ({
    aId: a.id,
    bId: b.id,
    yearOneGap: Math.abs(d1),
    horizonGap: Math.abs(dH),
    ...fields,
  });
  const sideA = { id: a.id, name: a.name, p: a.projection };
  const sideB = { id: b.id, name: b.name, p: b.projection };

  // Names in a fixed order and figures as the pair's mean, so the line reads the same either way round.
  const [first, second] = [a.name, b.name].sort((n1, n2) => (n1 < n2 ? -1 : n1 > n2 ? 1 : 0));
  const mean = (x: number, y: number) => fmt(Math.round((x + y) / 2));
  if (level1 && levelH) {
    return result({
      yearOneLeaderId: null,
      horizonLeaderId: null,
      driver: null,
      catchUpYear: null,
      line: `${first} and ${second} pay about the same: ${mean(a1.total, b1.total)} in year 1, ${mean(aH.total, bH.total)} ${horizonWords}`,
    });
  }

  // One component alone, the same gap every year: say it as a yearly difference.
  const single = singleComponentGap(sideA, sideB, horizon, majorUnit);
  if (single) {
    const [x, y] = single.gap > 0 ? [sideB, sideA] : [sideA, sideB];
    return result({
      yearOneLeaderId: x.id,
      horizonLeaderId: x.id,
      driver: single.component,
      catchUpYear: null,
      line: steadyComponentLine(x, y, single.component, Math.abs(single.gap), fmt),
    });
  }

  if (level1) {
    const [x, y] = dH > 0 ? [sideB, sideA] : [sideA, sideB];
    const driver = largestDriver(x.p.cumulative[horizon - 1]!, y.p.cumulative[horizon - 1]!);
    return result({
      yearOneLeaderId: null,
      horizonLeaderId: x.id,
      driver,
      catchUpYear: null,
      line:
        `${first} and ${second} pay about the same in year 1 (${mean(a1.total, b1.total)}); ` +
        `${x.name} leads by ${fmt(Math.abs(dH))} ${horizonWords}, mostly in ${COMPONENT_NOUNS[driver]}`,
    });
  }

  const [x, y] = d1 > 0 ? [sideB, sideA] : [sideA, sideB];
  const driver = largestDriver(x.p.years[0]!, y.p.years[0]!);
  const catchUpYear = firstCatchUpYear(x.p, y.p, horizon);
  const horizonLeaderId = levelH ? null : dH > 0 ? b.id : a.id;
  const xLeadsH = horizonLeaderId === x.id;
  const tail = levelH
    ? `; ${horizonWords} they come out about even`
    : xLeadsH
      ? catchUpYear === null
        ? `; ${x.name} leads by ${fmt(Math.abs(dH))} ${horizonWords}`
        : `; ${y.name} catches up in year ${catchUpYear}, but ${x.name} leads by ${fmt(Math.abs(dH))} ${horizonWords}`
      : `; ${y.name} catches up in year ${catchUpYear ?? horizon} and leads by ${fmt(Math.abs(dH))} ${horizonWords}`;

  // A sign-on that makes year 1 while the other pays more every year after.
  if (driver === "signOn" && horizon >= 2 && y.p.years[1]!.total > x.p.years[1]!.total) {
    const head = `${x.name}'s ${fmt(x.p.years[0]!.signOn)} sign-on makes year 1; from year 2 ${y.name} pays more`;
    const end = levelH
      ? `, and ${horizonWords} they come out about even`
      : xLeadsH
        ? `, but ${x.name} still leads by ${fmt(Math.abs(dH))} ${horizonWords}`
        : ` and leads by ${fmt(Math.abs(dH))} ${horizonWords}`;
    return result({ yearOneLeaderId: x.id, horizonLeaderId, driver, catchUpYear, line: head + end });
  }

  const reason = yearOneReason(x, y, driver, horizon, fmt);
  return result({
    yearOneLeaderId: x.id,
    horizonLeaderId,
    driver,
    catchUpYear,
    line: `${x.name} pays ${fmt(Math.abs(d1))} more in year 1 because of ${reason}${tail}`,
  });
}

const COMPONENT_NOUNS: Record<CompComponent, string> = {
  base: "base",
  bonus: "bonus",
  signOn: "sign-on",
  equity: "equity",
  other: "benefits",
};

/** The first year (2..horizon) whose running total has `y` strictly ahead of `x`. */
function firstCatchUpYear(x: Projection, y: Projection, horizon: number): number | null {
  for (let year = 2; year <= horizon; year++) {
    if (y.cumulative[year - 1]!.total > x.cumulative[year - 1]!.total) return year;
  }
  return null;
}

/**
 * When every year of the horizon differs by the same amount (within the noise threshold) in one
 * component and the others match, that component and the gap (b minus a).
 */
function singleComponentGap(
  a: Side,
  b: Side,
  horizon: number,
  unit: number,
): { component: CompComponent; gap: number } | null {
  const years = Array.from({ length: horizon }, (_, i) => [a.p.years[i]!, b.p.years[i]!] as const);
  const moving = COMP_COMPONENTS.filter((component) =>
    years.some(([ya, yb]) => !negligible(yb[component] - ya[component], ya.total, yb.total, unit)),
  );
  if (moving.length !== 1) return null;
  const component = moving[0]!;
  const gaps = years.map(([ya, yb]) => yb[component] - ya[component]);
  const first = gaps[0]!;
  const steady = gaps.every((gap, i) => negligible(gap - first, years[i]![0].total, years[i]![1].total, unit));
  if (!steady || negligible(first, years[0]![0].total, years[0]![1].total, unit)) return null;
  return { component, gap: first };
}
