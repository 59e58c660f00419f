import type { ApplicationInput, CompanyInput, RemotePolicy, Source, Tier } from "./schemas.js";
import { OPEN_STAGES, type Stage } from "./stages.js";

/** One application of the sample search with the stage path it has walked. */
export interface SampleApplication {
  companyName: string;
  input: Omit<ApplicationInput, "companyId" | "companyName" | "stage">;
  history: { stage: Stage; at: string }[];
}

export interface SampleSearch {
  companies: (CompanyInput & { name: string })[];
  applications: SampleApplication[];
}

type Row = [
  company: string,
  tier: Tier,
  role: string,
  level: string,
  location: string,
  remote: RemotePolicy,
  source: Source,
  desirability: number,
  stage: Stage,
  /** For closed applications, the last open stage reached before closing. */
  reached: Stage | null,
  tags: string[],
];

// Fictional companies: the names and sites are invented for the sample and the .example domain.
// One row per application reads as a table; keep prettier from exploding it.
// prettier-ignore
const ROWS: Row[] = [
  ["Northwind Robotics", 1, "Senior Software Engineer", "L5", "San Francisco, CA", "hybrid", "referral", 5, "offer", null, ["robotics", "c++"]],
  ["Halcyon Pay", 1, "Staff Engineer, Payments", "Staff", "New York, NY", "hybrid", "recruiter", 5, "technical_screen", null, ["fintech"]],
  ["Lumen Data", 1, "Senior Backend Engineer", "Senior", "Remote (US)", "remote", "network", 4, "offer", null, ["data", "go"]],
  ["Corvid Systems", 1, "Software Engineer III", "L4", "Seattle, WA", "onsite", "applied_online", 4, "recruiter_screen", null, ["infra"]],
  ["Tessellate", 1, "Senior Frontend Engineer", "Senior", "Remote", "remote", "referral", 5, "applied", null, ["react", "design-systems"]],
  ["Bramble Health", 2, "Backend Engineer", "Mid", "Boston, MA", "hybrid", "applied_online", 3, "applied", null, ["health"]],
  ["Quillfeather", 2, "Full-Stack Engineer", "Senior", "Remote (EU)", "remote", "applied_online", 3, "interested", null, ["typescript"]],
  ["Orrery Labs", 1, "Platform Engineer", "Senior", "Austin, TX", "hybrid", "referral", 4, "interested", null, ["kubernetes"]],
  ["Saltmarsh Energy", 2, "Software Engineer, Grid", "Mid", "Denver, CO", "onsite", "recruiter", 3, "technical_screen", null, ["climate"]],
  ["Kestrel Mobility", 2, "Senior iOS Engineer", "Senior", "Los Angeles, CA", "hybrid", "network", 3, "recruiter_screen", null, ["mobile"]],
  ["Parallax Games", 3, "Gameplay Programmer", "Mid", "Montreal, QC", "onsite", "applied_online", 2, "rejected", "technical_screen", ["games"]],
  ["Fathom Analytics", 2, "Data Platform Engineer", "Senior", "Remote", "remote", "applied_online", 3, "no_response", "applied", ["data"]],
  ["Ironbark Security", 1, "Security Engineer", "Senior", "Washington, DC", "hybrid", "referral", 4, "onsite", null, ["security"]],
  ["Wicklow Logistics", 3, "Software Engineer", "Mid", "Chicago, IL", "onsite", "recruiter", 2, "offer", null, ["leverage"]],
  ["Meridian Cloud", 1, "Senior SRE", "Senior", "Remote (US)", "remote", "applied_online", 4, "applied", null, ["sre"]],
  ["Pinecrest Learning", 3, "Frontend Engineer", "Mid", "Remote", "remote", "applied_online", 2, "withdrawn", "recruiter_screen", ["edtech"]],
  ["Sable Finance", 2, "Backend Engineer, Ledger", "Senior", "New York, NY", "onsite", "network", 3, "recruiter_screen", null, ["fintech", "java"]],
  ["Aster Biotech", 3, "Software Engineer, Lab Systems", "Mid", "San Diego, CA", "onsite", "applied_online", 2, "technical_screen", null, ["practice"]],
  ["Cobalt Compilers", 1, "Compiler Engineer", "Senior", "Remote", "remote", "referral", 5, "interested", null, ["rust", "llvm"]],
  ["Verdant Foods", 3, "Full-Stack Developer", "Mid", "Portland, OR", "hybrid", "applied_online", 1, "rejected", "applied", ["practice"]],
  ["Juniper Maps", 2, "Senior Software Engineer, Routing", "Senior", "Remote (US)", "remote", "recruiter", 4, "technical_screen", null, ["graphs"]],
  ["Ember Media", 3, "Software Engineer, Streaming", "Mid", "Atlanta, GA", "hybrid", "applied_online", 2, "no_response", "applied", []],
  ["Glasswing AI", 1, "ML Infrastructure Engineer", "Senior", "San Francisco, CA", "onsite", "network", 4, "applied", null, ["ml", "python"]],
  ["Riverstone Insurance", 3, "Software Engineer II", "Mid", "Remote", "remote", "recruiter", 2, "accepted", null, ["leverage"]],
  ["Harbor & Pike", 2, "Engineering Manager", "Manager", "Boston, MA", "hybrid", "referral", 3, "interested", null, ["management"]],
];

const DAY_MS = 86_400_000;

/** The offers in hand expire within the next two weeks, at different times: days from now. */
const OFFER_DAYS_LEFT: Record<string, number> = { "Lumen Data": 5, "Wicklow Logistics": 11, "Northwind Robotics": 13 };

/**
 * A realistic search of about 25 companies across every stage, with stage histories ending
 * before `now`. Deterministic for a given `now` and `rng`.
 */
export function sampleSearch(now: Date, rng: () => number): SampleSearch {
  const companies = ROWS.map(([name, tier]) => ({
    name,
    tier,
    website: `https://${name.toLowerCase().replace(/[^a-z]+/g, "-")}.example`,
    notes: null,
  }));
  const applications = ROWS.map((row): SampleApplication => {
    const [companyName, , roleTitle, level, location, remotePolicy, source, desirability, stage, reached, tags] = row;
    const path = stagePath(stage, reached);
    // Each step takes 2 to 12 days; the last one ends 0 to 5 days ago.
    const gaps = path.map(() => 2 + Math.floor(rng() * 11));
    let at = now.getTime() - Math.floor(rng() * 6) * DAY_MS - gaps.reduce((a, b) => a + b, 0) * DAY_MS;
    const history = path.map((s, i) => {
      at += (gaps[i] ?? 0) * DAY_MS;
      return { stage: s, at: new Date(Math.min(at, now.getTime())).toISOString() };
    });
    const appliedAt = history.find((h) => h.stage === "applied")?.at;
    const base = 120 + Math.floor(rng() * 8) * 15;
    return {
      companyName,
      history,
      input: {
        roleTitle,
        level,
        location,
        remotePolicy,
        source,
        desirability,
        tags,
        postingUrl: `https://${companyName.toLowerCase().replace(/[^a-z]+/g, "-")}.example/careers`,
        salaryMin: base * 1000,
        salaryMax: (base + 40) * 1000,
        salaryCurrency: location.includes("QC") ? "CAD" : "USD",
        appliedOn: appliedAt ? appliedAt.slice(0, 10) : null,
        offerDeadline:
          stage === "offer"
            ? new Date(now.getTime() + (OFFER_DAYS_LEFT[companyName] ?? 7) * DAY_MS).toISOString().slice(0, 10)
            : null,
        nextAction: nextActionFor(stage),
        nextActionDue: nextActionFor(stage)
          ? new Date(now.getTime() + (1 + Math.floor(rng() * 7)) * DAY_MS).toISOString().slice(0, 10)
          : null,
      },
    };
  });
  return { companies, applications };
}

function stagePath(stage: Stage, reached: Stage | null): Stage[] {
  const last = reached ?? stage;
  const open = OPEN_STAGES.slice(0, OPEN_STAGES.indexOf(last as (typeof OPEN_STAGES)[number]) + 1);
  return reached ? [...open, stage] : open;
}

function nextActionFor(stage: Stage): string | null {
  const actions: Partial<Record<Stage, string>> = {
    interested: "Ask for a referral",
    applied: "Follow up with the recruiter",
    recruiter_screen: "Prepare the why-this-company story",
    technical_screen: "Review graphs and two pointers",
    onsite: "Send thank-you notes",
    offer: "Ask for the offer in writing",
  };
  return actions[stage] ?? null;
}
