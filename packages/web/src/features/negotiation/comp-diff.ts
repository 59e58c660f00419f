import type { CompInputJson } from "@loopwise/domain";
import { compactNumber } from "../../lib/money";

/** The figures of a comp a negotiation moves, in major units, each with the words a diff uses. */
const FIGURES: { label: string; value: (comp: CompInputJson) => number }[] = [
  { label: "base", value: (comp) => comp.base },
  { label: "bonus target", value: (comp) => comp.bonusTargetPercent ?? 0 },
  { label: "sign-on", value: (comp) => sum(comp.signOn?.map((signOn) => signOn.amount)) },
  { label: "equity", value: (comp) => sum(comp.equity?.map(grantValue)) },
  { label: "refreshers", value: (comp) => comp.refreshers?.annualValue ?? 0 },
  { label: "relocation", value: (comp) => comp.relocation ?? 0 },
  { label: "other yearly", value: (comp) => sum(comp.otherYearly?.map((other) => other.amount)) },
];

function sum(values: number[] | undefined): number {
  return (values ?? []).reduce((total, value) => total + value, 0);
}

type Grant = NonNullable<CompInputJson["equity"]>[number];

/** A grant's value at its stated price: RSUs as granted, options as their spread (never below 0). */
export function grantValue(grant: Grant): number {
  if (grant.kind === "option") return grant.shares * Math.max(0, grant.sharePrice - grant.strike);
  if (grant.grantValue !== undefined) return grant.grantValue;
  return (grant.shares ?? 0) * (grant.sharePrice ?? 0);
}

export interface FigureChange {
  label: string;
  before: number;
  after: number;
  /** "base 180k → 192k", "bonus target 10% → 15%". */
  text: string;
}

/** What moved between two comps, in the order an offer letter lists it; unchanged figures are left out. */
export function compChanges(before: CompInputJson, after: CompInputJson): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const figure of FIGURES) {
    const from = figure.value(before);
    const to = figure.value(after);
    if (Math.abs(from - to) < 1e-9) continue;
    const show = figure.label === "bonus target" ? (n: number) => `${n}%` : compactNumber;
    changes.push({ label: figure.label, before: from, after: to, text: `${figure.label} ${show(from)} → ${show(to)}` });
  }
  if (before.currency !== after.currency) {
    changes.unshift({
      label: "currency",
      before: 0,
      after: 0,
      text: `currency ${before.currency} → ${after.currency}`,
    });
  }
  return changes;
}

/** "base 180k → 192k, sign-on 20k → 35k", or a plain note when only the fine print moved. */
export function compDiffText(before: CompInputJson, after: CompInputJson): string {
  const changes = compChanges(before, after);
  return changes.length > 0 ? changes.map((change) => change.text).join(", ") : "same headline numbers";
}
