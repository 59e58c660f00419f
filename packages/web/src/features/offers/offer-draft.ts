import {
  VESTING_PRESETS,
  type EquityGrantInput,
  type Offer,
  type OfferStatus,
  type ScheduleInput,
  type VestingPresetName,
} from "@loopwise/domain";

/**
 * The offer form's state, and an offer read into it (`draft-to-comp.ts` maps it back). Number fields hold "" while empty (Mantine's NumberInput does the same); an empty or
 * zero amount leaves its component out of the comp.
 */

export type Num = number | "";
export type ScheduleChoice = VestingPresetName | "custom";

export interface VestingRow {
  month: Num;
  percent: Num;
}

export interface SignOnDraft {
  amount: Num;
  year: Num;
  clawback: "none" | "full" | "prorated";
  clawbackMonths: Num;
}

export interface GrantDraft {
  kind: "rsu" | "option";
  label: string;
  /** RSUs: a grant value in money, or a share count at a price. */
  by: "value" | "shares";
  grantValue: Num;
  shares: Num;
  sharePrice: Num;
  strike: Num;
  exerciseWindowMonths: Num;
  schedule: ScheduleChoice;
  custom: VestingRow[];
}

export interface OutlookDraft {
  kind: "none" | "growth" | "exits";
  lowPercent: Num;
  expectedPercent: Num;
  highPercent: Num;
  outcomes: { label: string; valuePerShare: Num; probabilityPercent: Num }[];
  riskDiscountPercent: Num;
}

export interface OfferDraft {
  applicationId: string;
  status: OfferStatus;
  currency: string;
  base: Num;
  bonusTargetPercent: Num;
  /** Percent of the first year's bonus paid; empty means all of it. */
  bonusFirstYearPercent: Num;
  raises: { year: Num; percent: Num }[];
  signOns: SignOnDraft[];
  grants: GrantDraft[];
  refresher: { enabled: boolean; annualValue: Num; startYear: Num; schedule: ScheduleChoice; custom: VestingRow[] };
  retirementPercent: Num;
  retirementCap: Num;
  otherYearly: { label: string; amount: Num }[];
  relocation: Num;
  priceGrowthPercent: Num;
  outlook: OutlookDraft;
  /** Kept from the stored comp; the form does not edit it. */
  years: number | undefined;
  level: string;
  title: string;
  location: string;
  startDate: string | null;
  receivedOn: string | null;
  deadline: string | null;
  exchangeRate: Num;
  notes: string;
}

export const DEFAULT_SCHEDULE: VestingPresetName = "4y-cliff-monthly";

export const emptySignOn = (): SignOnDraft => ({ amount: "", year: 1, clawback: "none", clawbackMonths: "" });

export const emptyGrant = (): GrantDraft => ({
  kind: "rsu",
  label: "",
  by: "value",
  grantValue: "",
  shares: "",
  sharePrice: "",
  strike: "",
  exerciseWindowMonths: "",
  schedule: DEFAULT_SCHEDULE,
  custom: [],
});

const emptyOutlook = (): OutlookDraft => ({
  kind: "none",
  lowPercent: -10,
  expectedPercent: 5,
  highPercent: 20,
  outcomes: [],
  riskDiscountPercent: "",
});

export function emptyDraft(applicationId = "", currency = "USD"): OfferDraft {
  return {
    applicationId,
    status: "open",
    currency,
    base: "",
    bonusTargetPercent: "",
    bonusFirstYearPercent: "",
    raises: [],
    signOns: [emptySignOn()],
    grants: [emptyGrant()],
    refresher: { enabled: false, annualValue: "", startYear: 2, schedule: "4y-monthly-no-cliff", custom: [] },
    retirementPercent: "",
    retirementCap: "",
    otherYearly: [],
    relocation: "",
    priceGrowthPercent: "",
    outlook: emptyOutlook(),
    years: undefined,
    level: "",
    title: "",
    location: "",
    startDate: null,
    receivedOn: null,
    deadline: null,
    exchangeRate: "",
    notes: "",
  };
}

/** Fractions as percents with at most four decimals, so 1/48 reads 2.0833. */
const toPercent = (fraction: number) => Math.round(fraction * 1_000_000) / 10_000;
const num = (value: number | undefined | null): Num => (value === undefined || value === null ? "" : value);

function scheduleToDraft(schedule: ScheduleInput | undefined): { schedule: ScheduleChoice; custom: VestingRow[] } {
  if (schedule === undefined) return { schedule: DEFAULT_SCHEDULE, custom: [] };
  if (typeof schedule === "string") return { schedule, custom: [] };
  return {
    schedule: "custom",
    custom: schedule.events.map((event) => ({ month: event.month, percent: toPercent(event.fraction) })),
  };
}

function grantToDraft(grant: EquityGrantInput): GrantDraft {
  const common = { ...emptyGrant(), label: grant.label ?? "", ...scheduleToDraft(grant.schedule) };
  if (grant.kind === "option") {
    return {
      ...common,
      kind: "option",
      by: "shares",
      shares: grant.shares,
      strike: grant.strike,
      sharePrice: grant.sharePrice,
      exerciseWindowMonths: num(grant.exerciseWindowMonths),
    };
  }
  const byValue = grant.grantValue !== undefined;
  return {
    ...common,
    by: byValue ? "value" : "shares",
    grantValue: num(grant.grantValue),
    shares: num(grant.shares),
    sharePrice: num(grant.sharePrice),
  };
}

export function offerToDraft(offer: Offer): OfferDraft {
  const comp = offer.comp;
  const empty = emptyDraft(offer.applicationId, comp.currency);
  const outlook = comp.outlook;
  return {
    ...empty,
    status: offer.status,
    base: comp.base,
    bonusTargetPercent: num(comp.bonusTargetPercent),
    bonusFirstYearPercent: comp.bonusFirstYearFraction === undefined ? "" : toPercent(comp.bonusFirstYearFraction),
    raises: (comp.raises ?? []).map((raise) => ({ year: raise.year, percent: raise.percent })),
    signOns: comp.signOn?.length
      ? comp.signOn.map((signOn) => ({
          amount: signOn.amount,
          year: num(signOn.year),
          clawback: signOn.clawback?.kind ?? "none",
          clawbackMonths: num(signOn.clawback?.months),
        }))
      : empty.signOns,
    grants: comp.equity?.length ? comp.equity.map(grantToDraft) : empty.grants,
    refresher: comp.refreshers
      ? {
          enabled: true,
          annualValue: comp.refreshers.annualValue,
          startYear: num(comp.refreshers.startYear),
          ...scheduleToDraft(comp.refreshers.schedule ?? "4y-monthly-no-cliff"),
        }
      : empty.refresher,
    retirementPercent: num(comp.retirementMatch?.percent),
    retirementCap: num(comp.retirementMatch?.cap),
    otherYearly: (comp.otherYearly ?? []).map((item) => ({ label: item.label, amount: item.amount })),
    relocation: num(comp.relocation),
    priceGrowthPercent: num(comp.priceGrowthPercent),
    outlook:
      outlook?.kind === "growth"
        ? { ...emptyOutlook(), ...outlook }
        : outlook?.kind === "exits"
          ? {
              ...emptyOutlook(),
              kind: "exits",
              outcomes: outlook.outcomes.map((outcome) => ({
                label: outcome.label ?? "",
                valuePerShare: outcome.valuePerShare,
                probabilityPercent: toPercent(outcome.probability),
              })),
              riskDiscountPercent: num(outlook.riskDiscountPercent),
            }
          : emptyOutlook(),
    years: comp.years,
    level: offer.level ?? "",
    title: offer.title ?? "",
    location: offer.location ?? "",
    startDate: offer.startDate,
    receivedOn: offer.receivedOn,
    deadline: offer.deadline,
    exchangeRate: num(offer.exchangeRate),
    notes: offer.notes ?? "",
  };
}

export const PRESET_OPTIONS = [
  ...Object.entries(VESTING_PRESETS).map(([value, preset]) => ({ value, label: preset.label })),
  { value: "custom", label: "Custom schedule…" },
];
