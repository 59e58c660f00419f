import { z } from "zod";
import { idSchema, isoDateSchema, notesSchema, requiredText } from "../fields.js";

const taskFields = {
  title: requiredText(300),
  notes: notesSchema,
  dueOn: isoDateSchema.nullable().optional(),
  done: z.boolean().optional(),
  companyId: idSchema.nullable().optional(),
  applicationId: idSchema.nullable().optional(),
  contactId: idSchema.nullable().optional(),
};

export const taskInputSchema = z.strictObject(taskFields);
export type TaskInput = z.infer<typeof taskInputSchema>;
export const taskPatchSchema = taskInputSchema.partial();
export type TaskPatch = z.infer<typeof taskPatchSchema>;
