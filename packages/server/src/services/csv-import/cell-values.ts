import type { RemotePolicy, Source } from "@loopwise/domain";
import { statusKey } from "./statuses.js";

/**
 * A cell's text, trimmed, with line breaks as \n. A leading apostrophe before = + - @ is the escape spreadsheets and CSV
 * exports (ours included) put in front of text that would otherwise run as a formula; it is
 * dropped so the text round-trips. Nothing is ever evaluated: `=HYPERLINK(...)` stays that text.
 */
export function cellText(cell: string | undefined): string {
  const text = (cell ?? "").replace(/\r\n?/g, "\n").trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

export type Read<T> = { value: T } | { error: string };

/** 1-5 as a number, "4/5", or stars ("★★★★"); 0 and empty mean no rating. */
export function readDesirability(text: string): Read<number | null> {
  if (!text) return { value: null };
  const stars = [...text].filter((ch) => ch === "★" || ch === "⭐").length;
  const number = stars > 0 ? stars : Number(/^(\d+(?:\.\d+)?)\s*(?:\/\s*5)?$/.exec(text)?.[1] ?? Number.NaN);
  if (Number.isNaN(number)) return { error: `"${text}" is not a rating from 1 to 5` };
  if (number === 0) return { value: null };
  const rounded = Math.round(number);
  return rounded >= 1 && rounded <= 5 ? { value: rounded } : { error: `${text} is not a rating from 1 to 5` };
}

const REMOTE: Record<string, RemotePolicy> = {
  remote: "remote",
  "fully remote": "remote",
  "remote first": "remote",
  wfh: "remote",
  yes: "remote",
  hybrid: "hybrid",
  onsite: "onsite",
  "on site": "onsite",
  office: "onsite",
  "in office": "onsite",
  "in person": "onsite",
  no: "onsite",
};

export function readRemotePolicy(text: string): Read<RemotePolicy | null> {
  if (!text) return { value: null };
  const policy = REMOTE[statusKey(text)];
  return policy ? { value: policy } : { error: `"${text}" is not remote, hybrid or onsite` };
}

/** Where an application came from, by the words trackers use; anything else is "other". */
export function readSource(text: string): Source | null {
  if (!text) return null;
  const key = statusKey(text);
  if (/\brefer/.test(key)) return "referral";
  if (/\b(recruiter|headhunter|agency|inbound|sourced)\b/.test(key)) return "recruiter";
  if (/\b(network|friend|meetup|conference|event|alumni|former colleague)\b/.test(key)) return "network";
  if (
    /\b(applied|online|linkedin|indeed|glassdoor|job board|careers?|company (site|website)|website|wellfound|angellist|hacker news|otta|dice|monster|ziprecruiter)\b/.test(
      key,
    )
  ) {
    return "applied_online";
  }
  return "other";
}

/** Tags separated by commas, semicolons or pipes; empty ones dropped. */
export function readTags(texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.split(/[,;|]/))
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** A bare "acme.com/jobs/1" gets https:// in front; anything else is left for the schema to judge. */
export function readUrl(text: string): string | null {
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text)) return `https://${text}`;
  return text;
}
