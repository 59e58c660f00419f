import { STAGES, stageLabel, type Stage } from "@loopwise/domain";

/** A status as written, reduced to letters and single spaces: "I Withdrew" → "i withdrew". */
export function statusKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * What the trackers call their columns, and where each lands here. A generic "Interview" or
 * "Interviewing" becomes the recruiter screen, the first interview stage: the import never claims
 * more progress than the file shows, and the card moves on from there on the board.
 * Huntr's default lists are Wishlist, Applied, Interview, Offer, Rejected (its API calls the stage
 * types WISHLIST, APPLY, ON_SITE_INTERVIEW, OFFER_RECEIVED, REJECTED); Teal's statuses are
 * Bookmarked, Applying, Applied, Interviewing, Negotiating, Accepted, I Withdrew, Not Selected
 * and No Response. "Declined" is left out on purpose: some trackers mean the company declined,
 * others that the candidate did, so the user picks.
 */
const KNOWN: Record<Stage, readonly string[]> = {
  interested: [
    "interested",
    "wishlist",
    "wish list",
    "bookmarked",
    "saved",
    "applying",
    "to apply",
    "prospect",
    "prospective",
    "researching",
    "lead",
    "not applied",
  ],
  applied: ["applied", "apply", "application sent", "submitted", "in review", "under review", "pending"],
  recruiter_screen: [
    "interview",
    "interviewing",
    "recruiter screen",
    "recruiter call",
    "phone screen",
    "screening",
    "screen",
    "hr screen",
    "phone interview",
  ],
  technical_screen: ["technical screen", "technical interview", "tech screen", "coding interview", "take home"],
  onsite: ["onsite", "on site", "on site interview", "final round", "final interview", "final interviews"],
  offer: ["offer", "offer received", "negotiating", "negotiation"],
  accepted: ["accepted", "offer accepted", "hired", "signed"],
  rejected: ["rejected", "not selected", "rejection", "turned down"],
  withdrawn: ["withdrawn", "withdrew", "i withdrew", "withdraw", "not interested"],
  no_response: ["no response", "ghosted", "no reply", "no answer", "no feedback"],
};

const BY_KEY = new Map<string, Stage>();
for (const stage of STAGES) {
  for (const name of [...KNOWN[stage], stage, stageLabel(stage)]) BY_KEY.set(statusKey(name), stage);
}

/**
 * The stage a tracker status stands for: the user's own choices first (keyed by statusKey), then
 * the names above and our own stage ids and labels. Undefined when nothing matches.
 */
export function stageForStatus(text: string, chosen: ReadonlyMap<string, Stage> = new Map()): Stage | undefined {
  const key = statusKey(text);
  return chosen.get(key) ?? BY_KEY.get(key);
}
