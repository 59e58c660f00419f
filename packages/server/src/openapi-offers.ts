import { compInputSchema, VESTING_PRESETS, type Projection } from "@loopwise/domain";
import { z } from "zod";
import { badInputResponse, type ApiOperation, type Describes } from "./openapi.js";

const money = (description: string) => z.number().meta({ description });

const yearFigures = {
  year: z.number().int(),
  base: money("Base salary paid in the year, raises included."),
  bonus: money("Target bonus on that year's base (year 1 times bonusFirstYearFraction)."),
  signOn: money("Sign-on bonuses paid in the year."),
  equity: money("Equity vesting in the year, at that month's price (options: the spread above the strike)."),
  other: money("Retirement match, other yearly benefits, relocation (year 1)."),
  total: money("base + bonus + signOn + equity + other."),
};

const scenarioFigures = z.object({
  equity: z.array(z.number()).meta({ description: "Equity per projected year (1..years) under the case." }),
  total: z.array(z.number()).meta({ description: "Total pay per projected year with that equity." }),
  sum: money("Total pay over the projected years under the case."),
});

/** What POST /api/offers/project answers: the domain's `Projection`, in major units. */
export const projectionResponseSchema = z.object({
  currency: z.string(),
  years: z
    .array(z.object({ ...yearFigures, steady: z.boolean() }))
    .meta({ description: "Years 1..years, then the steady-state year years + 1 (steady: true), with refreshers." }),
  cumulative: z
    .array(z.object(yearFigures))
    .meta({ description: "Running sums over years 1..years (the steady year is not added)." }),
  annualized: money(
    "The offer-letter headline: year-1 base + each grant's value / its vesting years + full target bonus + total sign-on / 4.",
  ),
  vestingEvents: z.array(
    z.object({
      month: z.number().int().meta({ description: "Months from the start date (12 = first anniversary)." }),
      source: z.string().meta({ description: '"equity.<index>" or "refresher.<year granted>".' }),
      shares: z
        .number()
        .int()
        .meta({ description: "Shares vested; for a grant in money (no share price), minor units of the currency." }),
      value: money("Value at that month's price."),
    }),
  ),
  options: z.array(
    z.object({
      source: z.string(),
      shares: z.number().int(),
      strike: z.number(),
      sharePrice: z.number(),
      exerciseCost: money("shares × strike."),
      intrinsicValue: money("shares × max(0, sharePrice − strike)."),
      underwater: z
        .boolean()
        .meta({ description: "The strike is above the share price: worth nothing at that price." }),
      exerciseWindowMonths: z.number().int().nullable(),
    }),
  ),
  clawback: z
    .array(z.object({ month: z.number().int(), owed: z.number() }))
    .meta({ description: "Sign-on owed back when leaving at the end of month m (0 = before month 1 ends)." }),
  scenarios: z
    .object({ low: scenarioFigures, expected: scenarioFigures, high: scenarioFigures })
    .nullable()
    .meta({ description: "Low / expected / high equity cases when the input has an outlook." }),
  notes: z.array(z.string()).meta({ description: "Plain sentences about the input the user should know." }),
});

const projectionMatches: Describes<typeof projectionResponseSchema, Projection> = true;
void projectionMatches;

const presetList = Object.entries(VESTING_PRESETS)
  .map(([name, preset]) => `- \`${name}\`: ${preset.label}. ${preset.description}`)
  .join("\n");

export const offerOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/offers/project",
    operationId: "projectOffer",
    tags: ["offers"],
    summary: "Project an offer's compensation year by year (nothing is stored)",
    description: [
      "Amounts are in the currency's major unit (dollars, not cents) both ways; months count from the start date",
      "(month 12 is the first anniversary; month m is in year ceil(m / 12)).",
      "",
      "A vesting `schedule` is a preset name or `{ events: [{ month, fraction }] }` with fractions summing to 1",
      "(within 1e-6) and the last event no later than month (years + 1) × 12. Presets:",
      "",
      presetList,
      "",
      "An RSU grant needs `grantValue`, or `shares` and `sharePrice`. An option's strike above its share price is",
      "accepted: those options are worth nothing at that price, and `notes` says so.",
      "`outlook` adds low / expected / high equity cases: `growth` re-values the equity at three yearly price",
      "growths; `exits` applies each outcome's value per share, expected = Σ probability × value × (1 − risk discount).",
    ].join("\n"),
    body: compInputSchema,
    responses: {
      200: { description: "The projection, in major units of the offer's currency.", schema: projectionResponseSchema },
      400: badInputResponse,
    },
  },
];
