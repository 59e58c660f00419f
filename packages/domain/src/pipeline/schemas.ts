import { z } from "zod";
import { idSchema, isoDateSchema, optionalText, tierSchema, trimmed, urlSchema } from "../fields.js";
import { STAGES } from "./stages.js";

export const REMOTE_POLICIES = ["onsite", "hybrid", "remote"] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];

export const SOURCES = ["referral", "recruiter", "applied_online", "network", "other"] as const;
export type Source = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<Source, string> = {
  referral: "Referral",
  recruiter: "Recruiter reached out",
  applied_online: "Applied online",
  network: "Network",
  other: "Other",
};

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

export const stageSchema = z.enum(STAGES);

export const companyInputSchema = z.strictObject({
  name: trimmed(200).min(1, { error: "is required" }),
  website: urlSchema.nullable().optional(),
  tier: tierSchema.nullable().optional(),
  notes: trimmed(20_000).nullable().optional(),
});
export type CompanyInput = z.infer<typeof companyInputSchema>;

export const companyPatchSchema = companyInputSchema.partial();
export type CompanyPatch = z.infer<typeof companyPatchSchema>;

/** Whole amounts in the currency's major unit (the API's unit); stored as minor units. */
const salaryAmount = z
  .number({ error: "must be a number" })
  .int({ error: "must be a whole amount" })
  .nonnegative({ error: "cannot be negative" })
  .max(1_000_000_000, { error: "is too large" });

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: "must be a three-letter currency code such as USD" });

const tagsSchema = z
  .array(trimmed(40).min(1, { error: "cannot be empty" }), { error: "must be a list of tags" })
  .max(30, { error: "at most 30 tags" })
  .transform((tags) => [...new Set(tags)]);

const applicationFields = {
  roleTitle: trimmed(200).min(1, { error: "is required" }),
  level: optionalText(80),
  location: optionalText(200),
  remotePolicy: z.enum(REMOTE_POLICIES).nullable().optional(),
  source: z.enum(SOURCES).nullable().optional(),
  postingUrl: urlSchema.nullable().optional(),
  salaryMin: salaryAmount.nullable().optional(),
  salaryMax: salaryAmount.nullable().optional(),
  salaryCurrency: currencySchema.nullable().optional(),
  desirability: z.number().int().min(1).max(5, { error: "must be 1 to 5" }).nullable().optional(),
  tags: tagsSchema.optional(),
  appliedOn: isoDateSchema.nullable().optional(),
  nextAction: optionalText(500),
  nextActionDue: isoDateSchema.nullable().optional(),
  offerDeadline: isoDateSchema.nullable().optional(),
  notes: optionalText(20_000),
  archived: z.boolean().optional(),
};

function checkSalaryRange(value: { salaryMin?: number | null; salaryMax?: number | null }, ctx: z.RefinementCtx) {
  if (value.salaryMin != null && value.salaryMax != null && value.salaryMin > value.salaryMax) {
    ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "must not be below salaryMin" });
  }
}

/** A new application names an existing company by id, or a new one by name. */
export const applicationInputSchema = z
  .strictObject({
    ...applicationFields,
    companyId: idSchema.optional(),
    companyName: trimmed(200).min(1, { error: "is required" }).optional(),
    stage: stageSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.companyId && !value.companyName) {
      ctx.addIssue({ code: "custom", path: ["companyId"], message: "is required (or give companyName)" });
    }
    checkSalaryRange(value, ctx);
  });
export type ApplicationInput = z.infer<typeof applicationInputSchema>;

/** Stage changes go through the move endpoint so every one of them is written to the history. */
export const applicationPatchSchema = z
  .strictObject({ ...applicationFields, companyId: idSchema })
  .partial()
  .superRefine(checkSalaryRange);
export type ApplicationPatch = z.infer<typeof applicationPatchSchema>;

export const moveSchema = z
  .strictObject({
    stage: stageSchema,
    /** The card that will follow the moved one in the column. */
    beforeId: idSchema.nullable().optional(),
    /** The card that will precede the moved one in the column. */
    afterId: idSchema.nullable().optional(),
  })
  .refine((m) => !m.beforeId || m.beforeId !== m.afterId, {
    path: ["beforeId"],
    message: "must differ from afterId",
  });
export type MoveInput = z.infer<typeof moveSchema>;

export const APPLICATION_SORTS = [
  "position",
  "company",
  "role",
  "level",
  "location",
  "source",
  "stage",
  "daysInStage",
  "desirability",
  "nextActionDue",
  "appliedOn",
  "updatedAt",
  "createdAt",
] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const booleanParam = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");

/** The query string of GET /api/applications. Lists are comma separated. */
export const applicationQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  stage: csv(stageSchema).optional(),
  tag: z.string().trim().min(1).max(40).optional(),
  tier: csv(z.enum(["1", "2", "3"]).transform(Number)).optional(),
  minDesirability: z.coerce.number().int().min(1).max(5, { error: "must be 1 to 5" }).optional(),
  remote: csv(z.enum(REMOTE_POLICIES)).optional(),
  companyId: idSchema.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
  sort: z.enum(APPLICATION_SORTS).default("position"),
  order: z.enum(["asc", "desc"]).default("asc"),
  limit: z.coerce.number().int().min(1).max(5000, { error: "at most 5000" }).default(5000),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ApplicationQuery = z.infer<typeof applicationQuerySchema>;

export const companyDeleteQuerySchema = z.strictObject({ cascade: booleanParam.optional() });
