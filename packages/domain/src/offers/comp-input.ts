import { z } from "zod";
import { currencySchema } from "../pipeline/schemas.js";
import { VESTING_PRESETS, type VestingPresetName } from "./presets.js";

/**
 * What an offer pays, as the user enters it and the API carries it: amounts in the currency's
 * major unit (dollars, euros), months counted from the start date (month 12 is the first
 * anniversary). The projection converts to integer minor units on the way in.
 */

const MAX_AMOUNT = 1_000_000_000;
/** Years the model projects at most; a schedule's last event must fall inside years + 1. */
export const MAX_PROJECTION_YEARS = 10;
/** Tolerance on a schedule's sum of fractions: 1/48 written out 48 times is accepted. */
export const FRACTION_TOLERANCE = 1e-6;

export const amountSchema = z
  .number({ error: "must be a number" })
  .nonnegative({ error: "cannot be negative" })
  .max(MAX_AMOUNT, { error: "is too large" });

export const percentSchema = (max: number) =>
  z
    .number({ error: "must be a number" })
    .nonnegative({ error: "cannot be negative" })
    .max(max, { error: `at most ${max}` });

const positiveInt = (max: number) =>
  z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be at least 1" })
    .max(max, { error: `at most ${max}` });

export const presetNameSchema = z.enum(Object.keys(VESTING_PRESETS) as [VestingPresetName, ...VestingPresetName[]], {
  error: `must be one of ${Object.keys(VESTING_PRESETS).join(", ")}, or { events: [{ month, fraction }] }`,
});

export const vestingEventSchema = z.object({
  month: positiveInt(MAX_PROJECTION_YEARS * 12 + 12),
  fraction: z.number({ error: "must be a number" }).gt(0, { error: "must be above 0" }).max(1, { error: "at most 1" }),
});

export const customScheduleSchema = z
  .object({ events: z.array(vestingEventSchema).min(1, { error: "needs at least one event" }).max(240) })
  .superRefine((schedule, ctx) => {
    schedule.events.forEach((event, index) => {
      const previous = schedule.events[index - 1];
      if (previous && event.month <= previous.month) {
        ctx.addIssue({ code: "custom", path: ["events", index, "month"], message: "must come after the event before" });
      }
    });
    const sum = schedule.events.reduce((total, event) => total + event.fraction, 0);
    if (Math.abs(sum - 1) > FRACTION_TOLERANCE) {
      ctx.addIssue({
        code: "custom",
        path: ["events"],
        message: `fractions must sum to 1 (they sum to ${sum.toFixed(6)})`,
      });
    }
  });

export const scheduleSchema = z.union([presetNameSchema, customScheduleSchema], {
  error: "must be a preset name or { events: [{ month, fraction }] }",
});
export type ScheduleInput = z.infer<typeof scheduleSchema>;

const clawbackSchema = z.object({
  kind: z.enum(["none", "full", "prorated"], { error: "must be none, full or prorated" }),
  /** full: all of it is owed when leaving before this month; prorated: the unearned share of it. */
  months: positiveInt(60).optional(),
});

const signOnSchema = z.object({
  amount: amountSchema,
  year: positiveInt(MAX_PROJECTION_YEARS).default(1),
  clawback: clawbackSchema.optional(),
});

const rsuSchema = z.object({
  kind: z.literal("rsu"),
  label: z.string().trim().max(80).optional(),
  /** The grant in money; with sharePrice it becomes floor(grantValue / sharePrice) shares. */
  grantValue: amountSchema.optional(),
  shares: z.number().int({ error: "must be a whole number" }).nonnegative({ error: "cannot be negative" }).optional(),
  sharePrice: amountSchema.optional(),
  schedule: scheduleSchema,
});

const optionSchema = z.object({
  kind: z.literal("option"),
  label: z.string().trim().max(80).optional(),
  shares: z.number().int({ error: "must be a whole number" }).nonnegative({ error: "cannot be negative" }),
  strike: amountSchema,
  /** Latest preferred price or 409A valuation per share. */
  sharePrice: amountSchema,
  schedule: scheduleSchema,
  /** Months after leaving to exercise vested options (90 days is common). */
  exerciseWindowMonths: positiveInt(120).optional(),
});

export const equityGrantSchema = z.discriminatedUnion("kind", [rsuSchema, optionSchema], {
  error: 'kind must be "rsu" or "option"',
});
export type EquityGrantInput = z.infer<typeof equityGrantSchema>;

const refreshersSchema = z.object({
  /** Value of each yearly refresher grant, granted at the start of every year from startYear. */
  annualValue: amountSchema,
  startYear: positiveInt(MAX_PROJECTION_YEARS).default(2),
  schedule: scheduleSchema.default("4y-monthly-no-cliff"),
});

const exitScenarioSchema = z.object({
  label: z.string().trim().max(80).optional(),
  valuePerShare: amountSchema,
  probability: z
    .number({ error: "must be a number" })
    .min(0, { error: "cannot be negative" })
    .max(1, { error: "at most 1" }),
});

/** How the equity's value may move: a public price growth, or a private company's exits. */
const equityOutlookSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("growth"),
      /** Yearly share price growth in percent for the low / expected / high cases (may be negative). */
      lowPercent: z.number().min(-100).max(1000),
      expectedPercent: z.number().min(-100).max(1000),
      highPercent: z.number().min(-100).max(1000),
    }),
    z.object({
      kind: z.literal("exits"),
      outcomes: z.array(exitScenarioSchema).min(1, { error: "needs at least one outcome" }).max(20),
      /** Discount for illiquidity and dilution, applied to the expected value. */
      riskDiscountPercent: percentSchema(100).default(0),
    }),
  ],
  { error: 'kind must be "growth" or "exits"' },
);

export const compInputSchema = z
  .object({
    currency: currencySchema,
    base: amountSchema,
    /** Known raises: from the start of `year`, base grows by `percent`. */
    raises: z
      .array(z.object({ year: positiveInt(MAX_PROJECTION_YEARS), percent: percentSchema(100) }))
      .max(10)
      .optional(),
    bonusTargetPercent: percentSchema(300).optional(),
    /** Share of the first year's bonus paid (0.5 when joining mid-cycle); 1 when omitted. */
    bonusFirstYearFraction: z.number().min(0).max(1).optional(),
    signOn: z.array(signOnSchema).max(10).optional(),
    equity: z.array(equityGrantSchema).max(10).optional(),
    refreshers: refreshersSchema.optional(),
    /** Employer retirement match: percent of base, capped at an amount per year. */
    retirementMatch: z.object({ percent: percentSchema(100), cap: amountSchema.optional() }).optional(),
    /** Other yearly benefits the user counts (stipends, insurance value). */
    otherYearly: z
      .array(z.object({ label: z.string().trim().min(1).max(80), amount: amountSchema }))
      .max(20)
      .optional(),
    /** One-off relocation, paid in year 1. */
    relocation: amountSchema.optional(),
    /** Share price growth per year used by the main projection; 0 (a constant price) when omitted. */
    priceGrowthPercent: z.number().min(-100).max(1000).optional(),
    outlook: equityOutlookSchema.optional(),
    years: positiveInt(MAX_PROJECTION_YEARS).default(4),
  })
  .superRefine((comp, ctx) => {
    const end = (comp.years + 1) * 12;
    const checkSchedule = (schedule: ScheduleInput, path: (string | number)[]) => {
      if (typeof schedule === "string") return;
      schedule.events.forEach((event, index) => {
        if (event.month > end) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "events", index, "month"],
            message: `month ${event.month} is after the end of the projection (month ${end})`,
          });
        }
      });
    };
    comp.equity?.forEach((grant, index) => {
      checkSchedule(grant.schedule, ["equity", index, "schedule"]);
      if (
        grant.kind === "rsu" &&
        grant.grantValue === undefined &&
        (grant.shares === undefined || grant.sharePrice === undefined)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["equity", index, "grantValue"],
          message: "give grantValue, or shares and sharePrice",
        });
      }
    });
    if (comp.refreshers) checkSchedule(comp.refreshers.schedule, ["refreshers", "schedule"]);
    comp.signOn?.forEach((signOn, index) => {
      if (signOn.year > comp.years + 1) {
        ctx.addIssue({
          code: "custom",
          path: ["signOn", index, "year"],
          message: `must be within the ${comp.years + 1} projected years`,
        });
      }
      if (signOn.clawback && signOn.clawback.kind !== "none" && signOn.clawback.months === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["signOn", index, "clawback", "months"],
          message: "is required for a full or prorated clawback",
        });
      }
    });
    if (comp.outlook?.kind === "exits") {
      const total = comp.outlook.outcomes.reduce((sum, outcome) => sum + outcome.probability, 0);
      if (total > 1 + FRACTION_TOLERANCE) {
        ctx.addIssue({
          code: "custom",
          path: ["outlook", "outcomes"],
          message: `probabilities must not sum above 1 (they sum to ${total.toFixed(4)})`,
        });
      }
    }
  });

/** The input as sent (defaults optional). */
export type CompInputJson = z.input<typeof compInputSchema>;
/** The input after validation (defaults filled in). */
export type CompInput = z.output<typeof compInputSchema>;
