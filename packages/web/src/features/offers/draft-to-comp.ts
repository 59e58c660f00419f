import type { CompInputJson, EquityGrantInput, ScheduleInput } from "@loopwise/domain";
import type { GrantDraft, Num, OfferDraft, OutlookDraft, ScheduleChoice, VestingRow } from "./offer-draft";

/** The offer form's draft as the API takes it: major units, optional parts left out when empty. */

/** A custom schedule's percents, their sum, and whether they make a whole grant (within 0.01 points). */
export function customScheduleSum(rows: readonly VestingRow[]): { sum: number; complete: boolean } {
  const sum = rows.reduce((total, row) => total + (row.percent === "" ? 0 : row.percent), 0);
  return { sum: Math.round(sum * 10_000) / 10_000, complete: Math.abs(sum - 100) <= 0.01 };
}

/**
 * The schedule as the API takes it. A custom schedule's percents are divided by their sum, so
 * rows typed to four decimals (2.0833 for 1/48) still make exactly one whole grant; an
 * incomplete schedule is sent as typed, and the server names the sum.
 */
export function draftSchedule(choice: ScheduleChoice, rows: readonly VestingRow[]): ScheduleInput {
  if (choice !== "custom") return choice;
  const filled = rows.filter((row) => row.month !== "" && row.percent !== "" && row.percent > 0);
  const { complete } = customScheduleSum(filled);
  const total = filled.reduce((sum, row) => sum + (row.percent as number), 0);
  return {
    events: filled.map((row) => ({
      month: row.month as number,
      fraction: complete ? (row.percent as number) / total : (row.percent as number) / 100,
    })),
  };
}

const has = (value: Num): value is number => value !== "" && value !== 0;
const opt = (value: Num): number | undefined => (value === "" ? undefined : value);

/** Whether the grant says enough to count; an empty first grant is simply left out. */
export function grantFilled(grant: GrantDraft): boolean {
  if (grant.kind === "option") return has(grant.shares);
  return grant.by === "value" ? has(grant.grantValue) : has(grant.shares);
}

function grantToInput(grant: GrantDraft): EquityGrantInput {
  const schedule = draftSchedule(grant.schedule, grant.custom);
  const label = grant.label.trim() || undefined;
  if (grant.kind === "option") {
    return {
      kind: "option",
      label,
      shares: grant.shares === "" ? 0 : grant.shares,
      strike: grant.strike === "" ? 0 : grant.strike,
      sharePrice: grant.sharePrice === "" ? 0 : grant.sharePrice,
      exerciseWindowMonths: opt(grant.exerciseWindowMonths),
      schedule,
    };
  }
  return grant.by === "value"
    ? { kind: "rsu", label, grantValue: opt(grant.grantValue), sharePrice: opt(grant.sharePrice), schedule }
    : { kind: "rsu", label, shares: opt(grant.shares), sharePrice: opt(grant.sharePrice), schedule };
}

/** Indexes of the draft's list entries that make it into the comp, in comp order. */
export function keptIndexes(draft: OfferDraft) {
  const indexes = <T>(list: readonly T[], keep: (item: T) => boolean) =>
    list.flatMap((item, index) => (keep(item) ? [index] : []));
  return {
    signOn: indexes(draft.signOns, (signOn) => has(signOn.amount)),
    equity: indexes(draft.grants, grantFilled),
    raises: indexes(draft.raises, (raise) => raise.year !== "" && has(raise.percent)),
    otherYearly: indexes(draft.otherYearly, (item) => item.label.trim() !== "" || has(item.amount)),
    outcomes: indexes(
      draft.outlook.outcomes,
      (outcome) => outcome.valuePerShare !== "" || has(outcome.probabilityPercent),
    ),
  };
}

function outlookToInput(outlook: OutlookDraft, keep: number[]): CompInputJson["outlook"] {
  if (outlook.kind === "growth") {
    return {
      kind: "growth",
      lowPercent: outlook.lowPercent === "" ? 0 : outlook.lowPercent,
      expectedPercent: outlook.expectedPercent === "" ? 0 : outlook.expectedPercent,
      highPercent: outlook.highPercent === "" ? 0 : outlook.highPercent,
    };
  }
  if (outlook.kind === "exits") {
    return {
      kind: "exits",
      outcomes: keep.map((index) => {
        const outcome = outlook.outcomes[index]!;
        return {
          label: outcome.label.trim() || undefined,
          valuePerShare: outcome.valuePerShare === "" ? 0 : outcome.valuePerShare,
          probability: outcome.probabilityPercent === "" ? 0 : outcome.probabilityPercent / 100,
        };
      }),
      riskDiscountPercent: opt(outlook.riskDiscountPercent),
    };
  }
  return undefined;
}

/** The comp as the API takes it (major units); optional parts left out when empty. */
export function draftToComp(draft: OfferDraft): CompInputJson {
  const keep = keptIndexes(draft);
  const signOn = keep.signOn.map((index) => {
    const item = draft.signOns[index]!;
    return {
      amount: item.amount as number,
      year: opt(item.year),
      clawback: item.clawback === "none" ? undefined : { kind: item.clawback, months: opt(item.clawbackMonths) },
    };
  });
  const refresher = draft.refresher;
  return {
    currency: draft.currency.trim().toUpperCase(),
    base: draft.base === "" ? 0 : draft.base,
    raises: keep.raises.length
      ? keep.raises
          .map((index) => draft.raises[index]!)
          .map((raise) => ({ year: raise.year as number, percent: raise.percent as number }))
      : undefined,
    bonusTargetPercent: opt(draft.bonusTargetPercent),
    bonusFirstYearFraction: draft.bonusFirstYearPercent === "" ? undefined : draft.bonusFirstYearPercent / 100,
    signOn: signOn.length ? signOn : undefined,
    equity: keep.equity.length ? keep.equity.map((index) => grantToInput(draft.grants[index]!)) : undefined,
    refreshers:
      refresher.enabled && has(refresher.annualValue)
        ? {
            annualValue: refresher.annualValue,
            startYear: opt(refresher.startYear),
            schedule: draftSchedule(refresher.schedule, refresher.custom),
          }
        : undefined,
    retirementMatch: has(draft.retirementPercent)
      ? { percent: draft.retirementPercent, cap: opt(draft.retirementCap) }
      : undefined,
    otherYearly: keep.otherYearly.length
      ? keep.otherYearly.map((index) => {
          const item = draft.otherYearly[index]!;
          return { label: item.label, amount: item.amount === "" ? 0 : item.amount };
        })
      : undefined,
    relocation: has(draft.relocation) ? draft.relocation : undefined,
    priceGrowthPercent: opt(draft.priceGrowthPercent),
    outlook: outlookToInput(draft.outlook, keep.outcomes),
    years: draft.years,
  };
}

const text = (value: string) => value.trim() || null;

/** Everything the form saves, but the application (fixed once the offer exists). */
export function draftToFields(draft: OfferDraft) {
  return {
    comp: draftToComp(draft),
    status: draft.status,
    level: text(draft.level),
    title: text(draft.title),
    location: text(draft.location),
    startDate: draft.startDate,
    receivedOn: draft.receivedOn,
    deadline: draft.deadline,
    exchangeRate: draft.exchangeRate === "" ? null : draft.exchangeRate,
    notes: text(draft.notes),
  };
}
