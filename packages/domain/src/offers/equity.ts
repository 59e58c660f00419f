import { minorUnits } from "./amounts.js";
import type { CompInput, ScheduleInput } from "./comp-input.js";
import { scheduleEndMonth, vestUnits, type VestEvent } from "./vesting.js";

/**
 * One grant as the model vests it. A grant is measured in shares when its size in shares is known
 * (given, or floor(grantValue / sharePrice)); otherwise in minor money units, which vest like
 * shares priced at one minor unit each at the grant. Refreshers are grants in money.
 */
export interface EquitySource {
  /** "equity.0", "equity.1", ... or "refresher.3" (granted at the start of year 3). */
  source: string;
  /** The offer's own grants, or the yearly refreshers assumed on top. */
  origin: "offer" | "refresher";
  kind: "rsu" | "option";
  unit: "share" | "money";
  /** What vests in all: shares, or minor units of the offer's currency. */
  units: number;
  /** Price of one unit at the grant, in minor units (may carry a fraction: grantValue / shares). */
  price: number;
  /** Options: the strike per share in minor units; 0 for RSUs. */
  strike: number;
  /** Month the grant is made (0 for the offer's grants): vesting months and price growth count from it. */
  grantMonth: number;
  /** Absolute month of the last vesting event. */
  endMonth: number;
  /** Vesting events at absolute months (from the start date), including any past the projection. */
  events: VestEvent[];
}

/**
 * The price of one unit `month` months from the start, relative to the grant: it grows by
 * `growthPercent` a year, compounded monthly ((1 + g)^(months / 12)), so a price that grows 12% a
 * year is 12% higher at each anniversary and between them moves smoothly, as a trend would.
 */
export function growthFactor(growthPercent: number, monthsSinceGrant: number): number {
  if (growthPercent === 0 || monthsSinceGrant <= 0) return 1;
  return Math.max(0, 1 + growthPercent / 100) ** (monthsSinceGrant / 12);
}

/**
 * Value in minor units of `shares` units of a source vesting at `month`, rounded once per event:
 * RSUs at the grown price, options at the spread above the strike (never below zero).
 */
export function eventValue(source: EquitySource, shares: number, month: number, growthPercent: number): number {
  const price = source.price * growthFactor(growthPercent, month - source.grantMonth);
  return Math.round(shares * Math.max(0, price - source.strike));
}

/**
 * Value of `shares` units at a private company's exit worth `valuePerShare` (minor units) a share.
 * Money units convert to shares at `referencePrice` (the company's latest share price) when known,
 * and stay at face value when not.
 */
export function exitValue(
  source: EquitySource,
  shares: number,
  valuePerShare: number,
  referencePrice: number | null,
): number {
  if (source.unit === "share") return Math.round(shares * Math.max(0, valuePerShare - source.strike));
  if (referencePrice === null) return shares;
  return Math.round((shares * valuePerShare) / referencePrice);
}

/** The grant's value at its own price: what an offer letter quotes for it. */
export function grantValueAtGrant(source: EquitySource): number {
  return Math.round(source.units * Math.max(0, source.price - source.strike));
}

function shifted(schedule: ScheduleInput, units: number, grantMonth: number): VestEvent[] {
  return vestUnits(schedule, units).map((event) => ({ month: event.month + grantMonth, shares: event.shares }));
}

/** The offer's own grants, in order, as `equity.<index>`. */
export function offerGrants(comp: CompInput): EquitySource[] {
  const money = (amount: number) => minorUnits(amount, comp.currency);
  return (comp.equity ?? []).map((grant, index): EquitySource => {
    const source = `equity.${index}`;
    const endMonth = scheduleEndMonth(grant.schedule);
    if (grant.kind === "option") {
      const units = grant.shares;
      return {
        source,
        origin: "offer",
        kind: "option",
        unit: "share",
        units,
        price: money(grant.sharePrice),
        strike: money(grant.strike),
        grantMonth: 0,
        endMonth,
        events: shifted(grant.schedule, units, 0),
      };
    }
    const sharePrice = grant.sharePrice === undefined ? undefined : money(grant.sharePrice);
    const grantValue = grant.grantValue === undefined ? undefined : money(grant.grantValue);
    let unit: EquitySource["unit"] = "share";
    let units: number;
    let price: number;
    if (grant.shares !== undefined) {
      units = grant.shares;
      // Without a price, the grant's value spread over its shares is the price at the grant.
      price = sharePrice ?? (grantValue !== undefined && units > 0 ? grantValue / units : 0);
    } else if (sharePrice !== undefined && sharePrice > 0) {
      units = Math.floor((grantValue ?? 0) / sharePrice);
      price = sharePrice;
    } else {
      unit = "money";
      units = grantValue ?? 0;
      price = 1;
    }
    return {
      source,
      origin: "offer",
      kind: "rsu",
      unit,
      units,
      price,
      strike: 0,
      grantMonth: 0,
      endMonth,
      events: shifted(grant.schedule, units, 0),
    };
  });
}

/**
 * Refresher grants of `annualValue` at the start of every year from `startYear` to the steady
 * year (`years + 1`), each vesting on the refresher schedule from its own grant month.
 */
export function refresherGrants(comp: CompInput): EquitySource[] {
  const refreshers = comp.refreshers;
  if (!refreshers) return [];
  const units = minorUnits(refreshers.annualValue, comp.currency);
  const endOffset = scheduleEndMonth(refreshers.schedule);
  const grants: EquitySource[] = [];
  for (let year = refreshers.startYear; year <= comp.years + 1; year += 1) {
    const grantMonth = (year - 1) * 12;
    grants.push({
      source: `refresher.${year}`,
      origin: "refresher",
      kind: "rsu",
      unit: "money",
      units,
      price: 1,
      strike: 0,
      grantMonth,
      endMonth: grantMonth + endOffset,
      events: shifted(refreshers.schedule, units, grantMonth),
    });
  }
  return grants;
}

/** The company's latest share price (the first grant that names one), to value money grants at an exit. */
export function referenceSharePrice(comp: CompInput): number | null {
  for (const grant of comp.equity ?? []) {
    if (grant.sharePrice !== undefined && grant.sharePrice > 0) return minorUnits(grant.sharePrice, comp.currency);
  }
  return null;
}
