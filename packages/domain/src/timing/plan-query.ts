import { z } from "zod";
import { idSchema, isoDateSchema, timeZoneSchema } from "../fields.js";
import { planConstraintsSchema, planOverridesSchema, type PlanInput } from "./plan-input.js";
import type { PlanAction, TimingPlan } from "./plan-types.js";

/** One pinned start, `<applicationId>:<YYYY-MM-DD>`. */
const pinSchema = z
  .string()
  .regex(/^[^:]+:[^:]+$/, { error: "must be <applicationId>:<YYYY-MM-DD>" })
  .transform((value) => {
    const [applicationId = "", on = ""] = value.split(":");
    return { applicationId: applicationId.toLowerCase(), on };
  })
  .pipe(z.object({ applicationId: idSchema, on: isoDateSchema }));

/**
 * The query string of GET /api/timing/plan: the viewer's zone says which day "today" is; the rest
 * asks "what if": another decision window, or a start pinned for an application not yet sent
 * (`startOn=<applicationId>:<YYYY-MM-DD>`, repeatable).
 */
export const timingPlanQuerySchema = z
  .strictObject({
    tz: z.string({ error: "is required: an IANA time zone such as Europe/Berlin" }).pipe(timeZoneSchema),
    windowStart: isoDateSchema.optional(),
    windowEnd: isoDateSchema.optional(),
    startOn: z
      .union([pinSchema, z.array(pinSchema).max(200, { error: "at most 200 starts" })])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  })
  .superRefine((value, ctx) => {
    if ((value.windowStart === undefined) !== (value.windowEnd === undefined)) {
      const missing = value.windowStart === undefined ? "windowStart" : "windowEnd";
      ctx.addIssue({ code: "custom", path: [missing], message: "is required with the other end of the window" });
    }
    if (value.windowStart && value.windowEnd && value.windowEnd < value.windowStart) {
      ctx.addIssue({ code: "custom", path: ["windowEnd"], message: "must not be before windowStart" });
    }
    // A pin that failed its own check has left a string behind: only parsed pins are compared.
    if (!Array.isArray(value.startOn)) return;
    const seen = new Set<string>();
    value.startOn.forEach((pin, index) => {
      if (typeof pin !== "object") return;
      if (seen.has(pin.applicationId)) {
        ctx.addIssue({ code: "custom", path: ["startOn", index], message: "names an application twice" });
      }
      seen.add(pin.applicationId);
    });
  });
export type TimingPlanQueryJson = z.input<typeof timingPlanQuerySchema>;
export type TimingPlanQuery = z.output<typeof timingPlanQuerySchema>;

/** GET /api/timing/plan: the user's plan and the input it was built from (to re-plan in the browser). */
export interface UserTimingPlan {
  plan: TimingPlan;
  input: PlanInput;
}

/** A plan action as Today lists it: with the company and role it concerns. */
export interface TodayPlanAction extends PlanAction {
  companyName: string;
  roleTitle: string;
}

/** The body of PUT /api/applications/:id/timing-overrides: what the user knows of its pace; null clears. */
export const timingOverridesBodySchema = z.strictObject({ overrides: planOverridesSchema.nullable() });
export type TimingOverridesBody = z.infer<typeof timingOverridesBodySchema>;

/** The body of PUT /api/timing/settings, as GET answers it: the whole constraints (what is left out is unset). */
export const timingSettingsBodySchema = z.strictObject({ constraints: planConstraintsSchema });
export type TimingSettingsBody = z.infer<typeof timingSettingsBodySchema>;
