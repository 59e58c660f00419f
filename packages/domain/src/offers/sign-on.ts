import { minorUnits } from "./amounts.js";
import type { CompInput } from "./comp-input.js";
import type { ClawbackPoint } from "./projection-types.js";

export interface SignOnPayment {
  /** Minor units. */
  amount: number;
  /** Paid at the start of this year, i.e. after month (year − 1) × 12. */
  year: number;
  kind: "none" | "full" | "prorated";
  /** Length of the clawback period in months, counted from the payment. */
  months: number;
}

export function signOnPayments(comp: CompInput): SignOnPayment[] {
  return (comp.signOn ?? []).map((signOn) => ({
    amount: minorUnits(signOn.amount, comp.currency),
    year: signOn.year,
    kind: signOn.clawback?.kind ?? "none",
    months: signOn.clawback?.months ?? 0,
  }));
}

/**
 * What the user owes back of one sign-on when leaving at the end of month `leavingMonth` (0 =
 * before the first month ends). A sign-on paid in year y is paid at the start of that year, month
 * (y − 1) × 12; before then nothing has been paid and nothing is owed (the sign-on is simply
 * forfeited). From the payment, `e` months have been served: `full` owes the whole amount while
 * e < months; `prorated` owes amount × (months − e) / months, rounded to the minor unit, while
 * e < months; `none` never owes anything.
 */
export function signOnOwed(payment: SignOnPayment, leavingMonth: number): number {
  if (payment.kind === "none" || payment.months <= 0) return 0;
  const served = leavingMonth - (payment.year - 1) * 12;
  if (served < 0 || served >= payment.months) return 0;
  if (payment.kind === "full") return payment.amount;
  return Math.round((payment.amount * (payment.months - served)) / payment.months);
}

/**
 * Sign-on owed back (all sign-ons together) when leaving at the end of each month, from month 0
 * through the last month anything is owed, then one point showing 0. Empty when nothing can be
 * owed. Non-increasing except where a later sign-on is paid: each sign-on's own curve only falls.
 */
export function clawbackCurve(payments: SignOnPayment[]): ClawbackPoint[] {
  let last = -1;
  for (const payment of payments) {
    if (payment.kind === "none" || payment.amount <= 0) continue;
    const start = (payment.year - 1) * 12;
    for (let month = start + payment.months - 1; month >= start && month > last; month -= 1) {
      if (signOnOwed(payment, month) > 0) {
        last = month;
        break;
      }
    }
  }
  if (last < 0) return [];
  const points: ClawbackPoint[] = [];
  for (let month = 0; month <= last + 1; month += 1) {
    points.push({ month, owed: payments.reduce((sum, payment) => sum + signOnOwed(payment, month), 0) });
  }
  return points;
}

/** Sign-on paid in each year 1..horizon (index 0 is year 1). */
export function signOnByYear(payments: SignOnPayment[], horizon: number): number[] {
  const byYear = new Array<number>(horizon).fill(0);
  for (const payment of payments) {
    if (payment.year <= horizon) byYear[payment.year - 1]! += payment.amount;
  }
  return byYear;
}
