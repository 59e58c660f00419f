import type { ZodError } from "zod";
import { keptIndexes } from "./draft-to-comp";
import type { OfferDraft } from "./offer-draft";

/**
 * Field errors from the API ("comp.equity.1.schedule.events") or from zod in the browser
 * ("equity.1.schedule.events"), keyed by the form field that shows them ("grants.2.schedule":
 * the draft's index, which differs from the comp's when an empty entry was left out).
 */

const COMP_FIELDS: Record<string, string> = {
  bonusFirstYearFraction: "bonusFirstYearPercent",
};

const capitalize = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

function signOnField(rest: string[]): string {
  if (rest[0] === "clawback") return rest[1] === "months" ? "clawbackMonths" : "clawback";
  return rest[0] ?? "amount";
}

function grantField(rest: string[]): string {
  const field = rest[0] ?? "grantValue";
  return field === "schedule" ? "schedule" : field;
}

/** The form key for one error path inside the comp. */
function compKey(path: string[], kept: ReturnType<typeof keptIndexes>): string {
  const [head, index, ...rest] = path;
  const at = (list: number[]) => list[Number(index)] ?? Number(index);
  switch (head) {
    case "signOn":
      return index === undefined ? "signOns.0.amount" : `signOns.${at(kept.signOn)}.${signOnField(rest)}`;
    case "equity":
      return index === undefined ? "grants.0.grantValue" : `grants.${at(kept.equity)}.${grantField(rest)}`;
    case "raises":
      return index === undefined ? "raises" : `raises.${at(kept.raises)}`;
    case "otherYearly":
      return index === undefined ? "otherYearly" : `otherYearly.${at(kept.otherYearly)}`;
    case "refreshers":
      return `refresher.${index ?? "annualValue"}`;
    case "retirementMatch":
      return index === "cap" ? "retirementCap" : "retirementPercent";
    case "outlook":
      return "outlook";
    default:
      return COMP_FIELDS[head ?? ""] ?? head ?? "comp";
  }
}

/** API field errors (paths joined with dots) as form errors, one message per form field. */
export function draftErrors(fields: Readonly<Record<string, string>>, draft: OfferDraft): Record<string, string> {
  const kept = keptIndexes(draft);
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split(".");
    const key = parts[0] === "comp" && parts.length > 1 ? compKey(parts.slice(1), kept) : parts[0]!;
    errors[key] ??= capitalize(message);
  }
  return errors;
}

/** The browser's own check of the comp, in the same shape as the server's 400. */
export function compIssues(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[["comp", ...issue.path.map(String)].join(".")] ??= issue.message;
  return fields;
}
