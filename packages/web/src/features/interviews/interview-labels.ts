import {
  INTERVIEW_KINDS,
  INTERVIEW_KIND_LABELS,
  INTERVIEW_OUTCOMES,
  INTERVIEW_OUTCOME_LABELS,
  type InterviewKind,
  type InterviewOutcome,
} from "@loopwise/domain";

/** One Mantine colour per kind, so a day's agenda reads at a glance. */
export const KIND_COLORS: Record<InterviewKind, string> = {
  recruiter_call: "gray",
  phone_screen: "cyan",
  coding: "indigo",
  system_design: "violet",
  behavioral: "teal",
  project_deep_dive: "grape",
  hiring_manager: "orange",
  take_home: "yellow",
  onsite_loop: "pink",
};

export const OUTCOME_COLORS: Record<InterviewOutcome, string> = {
  pending: "gray",
  passed: "teal",
  failed: "red",
  cancelled: "dark",
};

export const KIND_OPTIONS = INTERVIEW_KINDS.map((kind) => ({ value: kind, label: INTERVIEW_KIND_LABELS[kind] }));
export const OUTCOME_OPTIONS = INTERVIEW_OUTCOMES.map((outcome) => ({
  value: outcome,
  label: INTERVIEW_OUTCOME_LABELS[outcome],
}));

/** What the form calls each field the server may name in a 400. */
export const INTERVIEW_FIELD_LABELS: Record<string, string> = {
  applicationId: "Application",
  startsAt: "Start",
  endsAt: "End",
  timeZone: "Time zone",
  videoUrl: "Video link",
  interviewerIds: "Interviewers",
  parentId: "Onsite loop",
  selfRating: "Self-rating",
};
