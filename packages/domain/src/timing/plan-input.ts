import { z } from "zod";
import { idSchema, isoDateSchema, tierSchema } from "../fields.js";
import { OPEN_STAGES } from "../pipeline/stages.js";
import { WAITING_STAGES } from "../pipeline/stage-statistics.js";

/**
 * What the timing planner is asked: the body of POST /api/timing/plan. Dates are calendar days
 * (YYYY-MM-DD) in the user's own zone; the planner never reads a clock (`today` is given).
 */

const days = (max: number) =>
  z
    .number({ error: "must be a number" })
    .min(0, { error: "cannot be negative" })
    .max(max, { error: `at most ${max}` });

const probability = z
  .number({ error: "must be a number" })
  .min(0, { error: "must be 0 to 1" })
  .max(1, { error: "must be 0 to 1" });

/** What the user knows of one company's pace ("the recruiter said the debrief takes a week"). */
export const stageOverrideSchema = z.strictObject({
  medianDays: days(365).optional(),
  p90Days: days(365).optional(),
  passRate: probability.optional(),
});
export type StageOverride = z.infer<typeof stageOverrideSchema>;

export const planOverridesSchema = z.strictObject({
  stages: z.partialRecord(z.enum(WAITING_STAGES), stageOverrideSchema).optional(),
  /** Days an offer from this company stays open once made (the default length when unknown). */
  offerOpenDays: days(120).optional(),
});
export type PlanOverrides = z.infer<typeof planOverridesSchema>;

/** The stages a plan covers: the open ones before a decision (accepted and closed are done). */
export const PLANNABLE_STAGES = OPEN_STAGES.filter((stage) => stage !== "accepted") as Exclude<
  (typeof OPEN_STAGES)[number],
  "accepted"
>[];

export const planApplicationSchema = z.strictObject({
  id: idSchema,
  /** Optional display name for reasons and messages ("Acme — Backend Engineer"); the id otherwise. */
  name: z.string().trim().min(1).max(200).optional(),
  desirability: z.number().int().min(1, { error: "must be 1 to 5" }).max(5, { error: "must be 1 to 5" }),
  tier: tierSchema.optional(),
  stage: z.enum(PLANNABLE_STAGES as [string, ...string[]], {
    error: `must be one of ${PLANNABLE_STAGES.join(", ")}`,
  }),
  stageEnteredOn: isoDateSchema,
  offer: z.strictObject({ receivedOn: isoDateSchema, deadline: isoDateSchema }).optional(),
  overrides: planOverridesSchema.optional(),
  /** A start the user pinned ("what if I apply on the 3rd"): the search keeps it. Only before applying. */
  startOn: isoDateSchema.optional(),
});
export type PlanApplication = z.infer<typeof planApplicationSchema>;

export const planConstraintsSchema = z
  .strictObject({
    interviewsPerDay: z.number().int().min(1).max(10).optional(),
    interviewsPerWeek: z.number().int().min(1).max(40).optional(),
    blackoutDates: z.array(isoDateSchema).max(366).optional(),
    readyForOnsitesOn: isoDateSchema.optional(),
    minDaysBetweenOnsites: z.number().int().min(0).max(30).optional(),
    /** A fixed window; without one the planner chooses the window where the best set can be ready. */
    decisionWindow: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).optional(),
  })
  .superRefine((value, ctx) => {
    const window = value.decisionWindow;
    if (window && window.end < window.start) {
      ctx.addIssue({ code: "custom", path: ["decisionWindow", "end"], message: "must not be before start" });
    }
  });
export type PlanConstraints = z.infer<typeof planConstraintsSchema>;

/** The user's own history, to blend with the defaults: the shape `stageStatistics` returns, trimmed. */
export const planHistorySchema = z
  .array(
    z.strictObject({
      stage: z.enum(WAITING_STAGES),
      durationsDays: z.array(days(3650)).max(100_000),
      completed: z.number().int().min(0),
      movedForward: z.number().int().min(0),
    }),
  )
  .max(WAITING_STAGES.length);
export type PlanHistory = z.infer<typeof planHistorySchema>;

export const planInputSchema = z
  .strictObject({
    today: isoDateSchema,
    applications: z.array(planApplicationSchema).max(200, { error: "at most 200 applications" }),
    constraints: planConstraintsSchema.optional(),
    history: planHistorySchema.optional(),
    trials: z.number().int().min(100).max(100_000).default(10_000),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.applications.forEach((app, index) => {
      if (seen.has(app.id))
        ctx.addIssue({ code: "custom", path: ["applications", index, "id"], message: "is listed twice" });
      seen.add(app.id);
      if (app.stageEnteredOn > value.today) {
        ctx.addIssue({ code: "custom", path: ["applications", index, "stageEnteredOn"], message: "is after today" });
      }
      if (app.offer && app.offer.deadline < app.offer.receivedOn) {
        ctx.addIssue({
          code: "custom",
          path: ["applications", index, "offer", "deadline"],
          message: "is before receivedOn",
        });
      }
      if (app.startOn && app.stage !== "interested") {
        ctx.addIssue({
          code: "custom",
          path: ["applications", index, "startOn"],
          message: "only an application not yet sent can be given a start",
        });
      }
    });
  });
export type PlanInputJson = z.input<typeof planInputSchema>;
export type PlanInput = z.output<typeof planInputSchema>;
