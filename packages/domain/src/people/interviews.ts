import { z } from "zod";
import { idSchema, instantSchema, notesSchema, optionalText, timeZoneSchema, urlSchema } from "../fields.js";
import type { ApplicationId, ContactId, InterviewId } from "../ids.js";

export const INTERVIEW_KINDS = [
  "recruiter_call",
  "phone_screen",
  "coding",
  "system_design",
  "behavioral",
  "project_deep_dive",
  "hiring_manager",
  "take_home",
  "onsite_loop",
] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];
export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  recruiter_call: "Recruiter call",
  phone_screen: "Phone screen",
  coding: "Coding",
  system_design: "System design",
  behavioral: "Behavioral",
  project_deep_dive: "Project deep dive",
  hiring_manager: "Hiring manager",
  take_home: "Take-home",
  onsite_loop: "Onsite loop",
};

export const INTERVIEW_OUTCOMES = ["pending", "passed", "failed", "cancelled"] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];
export const INTERVIEW_OUTCOME_LABELS: Record<InterviewOutcome, string> = {
  pending: "Pending",
  passed: "Passed",
  failed: "Did not pass",
  cancelled: "Cancelled",
};

/** What an interview can reveal about a team; each is probed with the user's own questions. */
export const RED_FLAGS = [
  "long_hours",
  "firefighting",
  "no_long_term_investment",
  "politics",
  "unkindness",
  "churn",
  "low_energy",
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];
export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  long_hours: "Long hours",
  firefighting: "Constant firefighting",
  no_long_term_investment: "No long-term investment",
  politics: "Politics",
  unkindness: "Unkindness",
  churn: "Churn",
  low_energy: "Low energy",
};

const interviewFields = {
  kind: z.enum(INTERVIEW_KINDS),
  title: optionalText(200),
  /** A session of an onsite loop names the loop. */
  parentId: idSchema.nullable().optional(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  timeZone: timeZoneSchema,
  location: optionalText(500),
  videoUrl: urlSchema.nullable().optional(),
  prepare: notesSchema,
  notes: notesSchema,
  selfRating: z.number().int().min(1).max(5, { error: "must be 1 to 5" }).nullable().optional(),
  outcome: z.enum(INTERVIEW_OUTCOMES).optional(),
  interviewerIds: z.array(idSchema).max(30, { error: "at most 30 interviewers" }).optional(),
  redFlags: z
    .array(z.enum(RED_FLAGS, { error: `must be one of ${RED_FLAGS.join(", ")}` }))
    .max(RED_FLAGS.length)
    .transform((flags) => [...new Set(flags)])
    .optional(),
};

function endsAfterStart(value: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "must be after startsAt" });
  }
}

export const interviewInputSchema = z
  .strictObject({ ...interviewFields, applicationId: idSchema })
  .superRefine(endsAfterStart);
export type InterviewInput = z.infer<typeof interviewInputSchema>;

/** A patch that moves one end of the interview is checked against the stored other end by the service. */
export const interviewPatchSchema = z.strictObject(interviewFields).partial().superRefine(endsAfterStart);
export type InterviewPatch = z.infer<typeof interviewPatchSchema>;

export const INTERVIEW_STATUSES = ["upcoming", "past", "all"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/**
 * The query string of GET /api/interviews. `from`/`to` bound the start; `upcoming` is what has
 * not ended yet (so one in progress still shows), `past` what has.
 */
export const interviewQuerySchema = z
  .strictObject({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    applicationId: idSchema.optional(),
    status: z.enum(INTERVIEW_STATUSES, { error: "must be upcoming, past or all" }).default("all"),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && Date.parse(value.to) <= Date.parse(value.from)) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "must be after from" });
    }
  });
export type InterviewQuery = z.infer<typeof interviewQuerySchema>;

/** A contact taking part in an interview, as the API names them. */
export interface InterviewPerson {
  id: ContactId;
  name: string;
}

/** An interview as the API answers it; instants in UTC, `timeZone` the zone it was scheduled in. */
export interface Interview {
  id: InterviewId;
  applicationId: ApplicationId;
  companyName: string;
  roleTitle: string;
  parentId: InterviewId | null;
  kind: InterviewKind;
  title: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  videoUrl: string | null;
  prepare: string | null;
  notes: string | null;
  selfRating: number | null;
  outcome: InterviewOutcome;
  redFlags: RedFlag[];
  interviewers: InterviewPerson[];
  /** For an onsite loop, its sessions in start order; empty otherwise. */
  sessionIds: InterviewId[];
  createdAt: string;
  updatedAt: string;
}

/** "Coding interview", "Onsite loop": how a sentence names an interview's kind. */
export function interviewKindPhrase(kind: InterviewKind): string {
  const label = INTERVIEW_KIND_LABELS[kind];
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return kind === "onsite_loop" || kind === "take_home" || kind.endsWith("call") || kind.endsWith("screen")
    ? lower
    : `${lower} interview`;
}
