import type { Application, ApplicationInput, ApplicationPatch, RemotePolicy, Source } from "@loopwise/domain";

/** The editable fields of an application as the form holds them: text is never null, just empty. */
export interface Draft {
  roleTitle: string;
  level: string;
  location: string;
  remotePolicy: RemotePolicy | null;
  source: Source | null;
  postingUrl: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
  desirability: number | null;
  tags: string[];
  appliedOn: string | null;
  nextAction: string;
  nextActionDue: string | null;
  offerDeadline: string | null;
  notes: string;
  archived: boolean;
}

export type DraftKey = keyof Draft;

/** What each field is called on screen; server messages that name a field use these words too. */
export const FIELD_LABELS: Record<DraftKey | "companyId" | "companyName" | "stage", string> = {
  companyId: "Company",
  companyName: "Company",
  roleTitle: "Role",
  stage: "Stage",
  level: "Level",
  location: "Location",
  remotePolicy: "Remote",
  source: "Source",
  postingUrl: "Job posting",
  salaryMin: "Salary from",
  salaryMax: "Salary to",
  salaryCurrency: "Currency",
  desirability: "Desirability",
  tags: "Tags",
  appliedOn: "Applied on",
  nextAction: "Next action",
  nextActionDue: "Due",
  offerDeadline: "Offer deadline",
  notes: "Notes",
  archived: "Archived",
};

export const EMPTY_DRAFT: Draft = {
  roleTitle: "",
  level: "",
  location: "",
  remotePolicy: null,
  source: null,
  postingUrl: "",
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: "",
  desirability: null,
  tags: [],
  appliedOn: null,
  nextAction: "",
  nextActionDue: null,
  offerDeadline: null,
  notes: "",
  archived: false,
};

export function toDraft(a: Application): Draft {
  return {
    roleTitle: a.roleTitle,
    level: a.level ?? "",
    location: a.location ?? "",
    remotePolicy: a.remotePolicy,
    source: a.source,
    postingUrl: a.postingUrl ?? "",
    salaryMin: a.salaryMin,
    salaryMax: a.salaryMax,
    salaryCurrency: a.salaryCurrency ?? "",
    desirability: a.desirability,
    tags: a.tags,
    appliedOn: a.appliedOn,
    nextAction: a.nextAction ?? "",
    nextActionDue: a.nextActionDue,
    offerDeadline: a.offerDeadline,
    notes: a.notes ?? "",
    archived: a.archived,
  };
}

type DraftValues = Omit<Required<ApplicationPatch>, "companyId">;

const TEXT_KEYS = ["level", "location", "postingUrl", "nextAction", "notes"] as const;

/** The draft as the API wants it: trimmed text, and an empty field is null. */
export function draftValues(draft: Draft): DraftValues {
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, draft[key].trim() || null])) as Record<
    (typeof TEXT_KEYS)[number],
    string | null
  >;
  return {
    ...text,
    roleTitle: draft.roleTitle.trim(),
    remotePolicy: draft.remotePolicy,
    source: draft.source,
    salaryMin: draft.salaryMin,
    salaryMax: draft.salaryMax,
    salaryCurrency: draft.salaryCurrency.trim().toUpperCase() || null,
    desirability: draft.desirability,
    tags: draft.tags,
    appliedOn: draft.appliedOn,
    nextActionDue: draft.nextActionDue,
    offerDeadline: draft.offerDeadline,
    archived: draft.archived,
  };
}

/** Only what changed, so a save never overwrites a field the user did not touch. */
export function draftPatch(original: Application, draft: Draft): ApplicationPatch {
  const before = draftValues(toDraft(original));
  const after = draftValues(draft);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as ApplicationPatch;
}

/**
 * A new application: only the fields given, plus the company by name (the server reuses a company
 * it already has under that name, whatever the case).
 */
export function draftInput(draft: Draft, companyName: string, stage: Application["stage"]): ApplicationInput {
  const values = draftValues(draft);
  const input: Record<string, unknown> = { stage, companyName: companyName.trim() };
  for (const [key, value] of Object.entries(values)) {
    const empty = value === null || value === false || (Array.isArray(value) && value.length === 0);
    if (!empty) input[key] = value;
  }
  return input as ApplicationInput;
}
