import { stageSchema, type Stage } from "@loopwise/domain";
import { z } from "zod";
import type { DateOrder } from "./dates.js";
import { IMPORT_FIELDS, type ColumnTarget } from "./fields.js";

/** What the user decided in the preview: the mapping, stages for unknown statuses, the date order. */
export interface ImportChoices {
  mapping: Record<string, ColumnTarget>;
  statuses?: Record<string, Stage>;
  dateOrder?: DateOrder;
}

/** A form field carrying JSON text, parsed and then checked by `schema`. */
function jsonText<T extends z.ZodType>(schema: T, what: string) {
  return z
    .string({ error: `must be ${what} as JSON text` })
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `must be ${what} as JSON text` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const targetSchema = z.enum([...IMPORT_FIELDS, "ignore"], {
  error: `must be one of ${[...IMPORT_FIELDS, "ignore"].join(", ")}`,
});

export const dateOrderSchema = z.enum(["mdy", "dmy"], { error: 'must be "mdy" (month first) or "dmy" (day first)' });

/** The multipart form of POST /api/import/csv. */
export const csvImportFormSchema = z.strictObject({
  file: z
    .instanceof(File, { error: "must be the CSV file (a file part of the form)" })
    .refine((file) => file.size > 0, { error: "is empty" }),
  mapping: jsonText(
    z.record(z.string(), targetSchema, { error: "must be an object of column name to field" }),
    "an object of column name to field",
  ),
  dryRun: z.enum(["true", "false"], { error: "must be true or false" }).transform((value) => value === "true"),
  statuses: jsonText(
    z.record(z.string(), stageSchema, { error: "must be an object of status to stage" }),
    "an object of status to stage",
  ).optional(),
  dateOrder: dateOrderSchema.optional(),
});
