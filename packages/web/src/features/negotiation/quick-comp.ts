import type { CompInputJson } from "@loopwise/domain";

/** The figures a counter-offer usually moves, as the compact editor shows them (major units). */
export interface QuickComp {
  base: number;
  bonusTargetPercent: number;
  /** The first sign-on bonus. */
  signOn: number;
  /** The first grant: its value, or its share count when it was entered as shares. */
  equity: number;
}

/** What the equity field edits, so the label says it: a grant's value, RSU shares or options. */
export type EquityField = "value" | "rsuShares" | "optionShares";

export const EQUITY_FIELD_LABELS: Record<EquityField, string> = {
  value: "Equity grant value",
  rsuShares: "RSU shares",
  optionShares: "Options (shares)",
};

export function equityFieldOf(comp: CompInputJson): EquityField {
  const grant = comp.equity?.[0];
  if (!grant) return "value";
  if (grant.kind === "option") return "optionShares";
  return grant.grantValue === undefined ? "rsuShares" : "value";
}

export function quickCompOf(comp: CompInputJson): QuickComp {
  const grant = comp.equity?.[0];
  const equity = !grant ? 0 : grant.kind === "option" ? grant.shares : (grant.grantValue ?? grant.shares ?? 0);
  return {
    base: comp.base,
    bonusTargetPercent: comp.bonusTargetPercent ?? 0,
    signOn: comp.signOn?.[0]?.amount ?? 0,
    equity,
  };
}

/**
 * The comp with the quick figures written in; everything else (schedules, clawbacks, further
 * grants, refreshers) stays as it was. A first sign-on or grant is added only for a figure above 0.
 */
export function applyQuickComp<T extends CompInputJson>(comp: T, values: QuickComp): T {
  const next: T = { ...comp, base: values.base };
  if (values.bonusTargetPercent > 0 || comp.bonusTargetPercent !== undefined) {
    next.bonusTargetPercent = values.bonusTargetPercent;
  }
  const [firstSignOn, ...otherSignOns] = comp.signOn ?? [];
  if (firstSignOn) next.signOn = [{ ...firstSignOn, amount: values.signOn }, ...otherSignOns] as T["signOn"];
  else if (values.signOn > 0) next.signOn = [{ amount: values.signOn, year: 1 }] as T["signOn"];

  const [grant, ...otherGrants] = comp.equity ?? [];
  if (grant) {
    const field = equityFieldOf(comp);
    const edited =
      grant.kind === "option"
        ? { ...grant, shares: Math.round(values.equity) }
        : field === "rsuShares"
          ? { ...grant, shares: Math.round(values.equity) }
          : { ...grant, grantValue: values.equity };
    next.equity = [edited, ...otherGrants] as T["equity"];
  } else if (values.equity > 0) {
    next.equity = [{ kind: "rsu", grantValue: values.equity, schedule: "4y-cliff-monthly" }] as T["equity"];
  }
  return next;
}
