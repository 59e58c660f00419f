import { formatMinor, formatPercent } from "./amounts.js";
import type { CompInput } from "./comp-input.js";
import type { EquitySource } from "./equity.js";
import { scheduleEndMonth } from "./vesting.js";

const count = new Intl.NumberFormat("en");

/** Plain sentences about the input the user should know before trusting the figures. */
export function projectionNotes(comp: CompInput, sources: EquitySource[]): string[] {
  const notes: string[] = [];
  const { currency, years } = comp;
  for (const source of sources) {
    if (source.origin !== "offer") continue;
    if (source.kind === "option" && source.strike >= source.price) {
      const where = source.strike > source.price ? "above" : "equal to";
      notes.push(
        `${source.source}: the strike (${formatMinor(source.strike, currency)}) is ${where} the share price (${formatMinor(source.price, currency)}), so these ${count.format(source.units)} options are worth nothing at that price.`,
      );
    }
    if (source.kind === "rsu" && source.unit === "money") {
      notes.push(`${source.source} is a grant in money with no share price: it vests as money, at face value.`);
    }
    const later = source.events.filter((event) => event.month > years * 12).reduce((sum, e) => sum + e.shares, 0);
    if (later > 0 && source.units > 0) {
      notes.push(
        `${source.source} vests until month ${source.endMonth}: ${formatPercent(later / source.units)} of it vests after year ${years}, outside the ${years}-year totals.`,
      );
    }
  }
  const refreshers = comp.refreshers;
  if (refreshers && refreshers.annualValue > 0) {
    const span = Math.ceil(scheduleEndMonth(refreshers.schedule) / 12);
    const fullYear = refreshers.startYear + span - 1;
    if (refreshers.startYear > years + 1) {
      notes.push(`Refreshers start in year ${refreshers.startYear}, after the projected years: they are not counted.`);
    } else if (fullYear > years + 1) {
      notes.push(
        `Refreshers build up: they reach their full yearly rate in year ${fullYear}, after the steady year (${years + 1}) shown.`,
      );
    }
  }
  return notes;
}
