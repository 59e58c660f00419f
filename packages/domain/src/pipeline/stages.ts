/** The stages of a search, in order, with the identifiers the API uses. */
export const OPEN_STAGES = [
  "interested",
  "applied",
  "recruiter_screen",
  "technical_screen",
  "onsite",
  "offer",
  "accepted",
] as const;

export const CLOSED_STAGES = ["rejected", "withdrawn", "no_response"] as const;

export const STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;

export type Stage = (typeof STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];

const LABELS: Record<Stage, string> = {
  interested: "Interested",
  applied: "Applied",
  recruiter_screen: "Recruiter screen",
  technical_screen: "Technical screen",
  onsite: "Onsite",
  offer: "Offer",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  no_response: "No response",
};

export function stageLabel(stage: Stage): string {
  return LABELS[stage];
}

export function isClosedStage(stage: Stage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** The stage one step to the left or right on the board, or undefined at an edge. */
export function neighbourStage(stage: Stage, step: -1 | 1): Stage | undefined {
  return STAGES[STAGES.indexOf(stage) + step];
}
