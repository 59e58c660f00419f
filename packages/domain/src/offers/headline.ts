import { compactAmount } from "./compact-amount.js";
import { minorPerMajor, negligible, type CompComponent } from "./compare-basics.js";
import type { Projection } from "./projection-types.js";

/**
 * Why year 1 differs from the annualized headline, in one line with the gap and its causes: the
 * first year's vesting share against an even split, the sign-on paid at once (the headline spreads
 * it over four years), a prorated first bonus, scheduled raises, relocation and benefits the
 * headline leaves out.
 */
export function explainHeadline(p: Projection): string {
  const fmt = (minor: number) => compactAmount(minor, p.currency);
  const horizon = p.years.filter((year) => !year.steady).length;
  const y1 = p.years[0]!;
  const gap = y1.total - p.annualized;
  if (negligible(gap, y1.total, p.annualized, minorPerMajor(p.currency))) {
    return `Year 1 (${fmt(y1.total)}) matches the headline`;
  }
  const mean = (component: CompComponent) => p.cumulative[horizon - 1]![component] / horizon;
  const reasons: { amount: number; text: string }[] = [];
  const equityGap = y1.equity - mean("equity");
  if (equityGap !== 0) reasons.push({ amount: equityGap, text: vestingReason(p) });
  const signOnGap = y1.signOn - p.cumulative[horizon - 1]!.signOn / 4;
  if (signOnGap !== 0) {
    reasons.push({
      amount: signOnGap,
      text:
        signOnGap > 0
          ? `the ${fmt(y1.signOn)} sign-on is paid in year 1 (the headline spreads it over four years)`
          : "the sign-on comes after year 1",
    });
  }
  const bonusGap = y1.bonus - Math.max(...p.years.slice(0, horizon).map((year) => year.bonus));
  if (bonusGap < 0) reasons.push({ amount: bonusGap, text: "a prorated first-year bonus" });
  const baseGap = y1.base - mean("base");
  if (baseGap < 0) reasons.push({ amount: baseGap, text: "raises come after year 1" });
  if (y1.other > 0) reasons.push({ amount: y1.other, text: "relocation and benefits the headline leaves out" });
  const direction = Math.sign(gap);
  const named = reasons
    .filter((reason) => Math.sign(reason.amount) === direction && Math.abs(reason.amount) >= 0.1 * Math.abs(gap))
    .sort((r1, r2) => Math.abs(r2.amount) - Math.abs(r1.amount))
    .map((reason) => reason.text);
  const head = `Year 1 is ${fmt(Math.abs(gap))} ${gap < 0 ? "below" : "above"} the headline`;
  return named.length ? `${head}: ${joinAnd(named)}` : head;
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "the cliff and the 5% first-year vesting", "front-loaded vesting (33% in year 1)". */
function vestingReason(p: Projection): string {
  const grants = new Map<string, { total: number; yearOne: number; firstMonth: number; lastMonth: number }>();
  for (const event of p.vestingEvents) {
    if (!event.source.startsWith("equity.")) continue;
    const grant = grants.get(event.source) ?? { total: 0, yearOne: 0, firstMonth: event.month, lastMonth: 0 };
    grant.total += event.shares;
    if (event.month <= 12) grant.yearOne += event.shares;
    grant.firstMonth = Math.min(grant.firstMonth, event.month);
    grant.lastMonth = Math.max(grant.lastMonth, event.month);
    grants.set(event.source, grant);
  }
  const biggest = [...grants.values()].sort((g1, g2) => g2.total - g1.total)[0];
  if (!biggest || biggest.total === 0) return "equity vests unevenly";
  const share = biggest.yearOne / biggest.total;
  const even = 1 / Math.ceil(biggest.lastMonth / 12);
  const percent = `${Math.round(share * 100)}%`;
  const cliff = biggest.firstMonth >= 12 ? "the cliff and " : "";
  if (share < even - 0.005) return `${cliff}the ${percent} first-year vesting`;
  if (share > even + 0.005) return `front-loaded vesting (${percent} in year 1)`;
  return "refreshers and price growth after year 1";
}
