import { z } from "zod";
import { planConstraintsSchema } from "../timing/plan-input.js";
import { instant } from "./document-fields.js";

/** The export document's timing tables (version 3): the planner's constraints, one row at most. */
const timingSettingsSchema = z.strictObject({
  constraints: planConstraintsSchema,
  updatedAt: instant,
});

export const timingTableSchemas = {
  timingSettings: z.array(timingSettingsSchema).max(1, { error: "holds one row at most" }),
};
