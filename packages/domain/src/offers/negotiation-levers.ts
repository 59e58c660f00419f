import type { TradeLever } from "./templates.js";

export interface LeverAdvice {
  lever: TradeLever;
  label: string;
  /** As asked for in a sentence: "a sign-on bonus". */
  ask: string;
  /** When this lever fits, in one sentence. */
  when: string;
}

/** What can move when the base cannot, and when each is worth asking for. */
export const LEVER_ADVICE: Record<TradeLever, LeverAdvice> = {
  sign_on: {
    lever: "sign_on",
    ask: "a sign-on bonus",
    label: "Sign-on bonus",
    when: "Fits when the gap is in year 1, or when you leave a bonus or unvested equity behind: it costs the company once.",
  },
  equity: {
    lever: "equity",
    ask: "more equity",
    label: "More equity",
    when: "Fits when you believe in the company and expect to stay the four years; it pays later, not now.",
  },
  level: {
    lever: "level",
    ask: "a higher level",
    label: "Level",
    when: "Fits when your scope matches the next level up: it lifts the band, every raise and every refresher after.",
  },
  start_date: {
    lever: "start_date",
    ask: "a later start date",
    label: "Start date",
    when: "Fits when you need a break, or when starting later lets a bonus or a vesting date land at your current job.",
  },
  remote: {
    lever: "remote",
    ask: "remote days",
    label: "Remote days",
    when: "Fits when the commute costs you hours or money each week.",
  },
  vacation: {
    lever: "vacation",
    ask: "more vacation",
    label: "Vacation",
    when: "Fits when pay is fixed by bands but time off is agreed person by person.",
  },
};

/**
 * Levers in the order worth trying: a gap made in year 1 asks for a sign-on first, a gap made by
 * equity for more equity first; the rest follow by how much they are usually worth.
 */
export function leversFor(gapShape: "year_one" | "equity" | "other"): LeverAdvice[] {
  const order: TradeLever[] =
    gapShape === "year_one"
      ? ["sign_on", "equity", "level", "start_date", "remote", "vacation"]
      : gapShape === "equity"
        ? ["equity", "sign_on", "level", "start_date", "remote", "vacation"]
        : ["level", "sign_on", "equity", "start_date", "remote", "vacation"];
  return order.map((lever) => LEVER_ADVICE[lever]);
}
