import { z } from "zod";
import { isoDateSchema, timeZoneSchema } from "../fields.js";
import { dateOfDay, dayNumber, zonedDayReader } from "../time-zones.js";
import { toTimeline, type TrackedApplication } from "./analytics-timeline.js";
import { funnelOf, type FunnelStep, type StageConversion } from "./funnel-counts.js";
import { responseRatesOf, type SourceResponse } from "./response-rates.js";
import { stageStatisticsOf, type StageStatistics } from "./stage-statistics.js";
import { isClosedStage } from "./stages.js";
import { weeklyActivityOf, type ActivityInput, type WeekActivity } from "./weekly-activity.js";

const DAY_MS = 86_400_000;

/** The query string of GET /api/analytics. */
export const analyticsQuerySchema = z
  .strictObject({
    /** First day (in `tz`) an application may have entered the pipeline on. */
    from: isoDateSchema.optional(),
    /** Last such day; without it, no upper limit (and the weekly series ends today). */
    to: isoDateSchema.optional(),
    tz: timeZoneSchema.default("UTC"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "must not be before from" });
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

/** What the analytics read: every application that can matter to the range, and the activity. */
export interface AnalyticsInput extends Omit<ActivityInput, "applications"> {
  readonly applications: readonly TrackedApplication[];
}

/**
 * What a repository must fetch so the report misses nothing, a day wider on each side than the
 * range since no zone is a day away from UTC (the report then keeps exactly the range's days):
 * applications that entered before `enteredBefore` (null: no limit) and changed stage at or after
 * `since` (null: no limit); interviews starting from `since` to before `activityBefore`; outreach
 * dated `fromDate` (null: no limit) to `toDate`.
 */
export interface AnalyticsFetchWindow {
  since: string | null;
  enteredBefore: string | null;
  activityBefore: string;
  fromDate: string | null;
  toDate: string;
}

export function analyticsFetchWindow(query: AnalyticsQuery, now: string): AnalyticsFetchWindow {
  const toDate = query.to ?? dateOfDay(zonedDayReader(query.tz)(Date.parse(now)));
  const instant = (date: string, shift: number) => new Date((dayNumber(date) + shift) * DAY_MS).toISOString();
  return {
    since: query.from ? instant(query.from, -1) : null,
    enteredBefore: query.to ? instant(query.to, 2) : null,
    activityBefore: instant(toDate, 2),
    fromDate: query.from ?? null,
    toDate,
  };
}

/** Stage statistics as the API answers them: figures rounded, no samples. */
export type StageDuration = Omit<StageStatistics, "durationsDays">;

export interface AnalyticsTotals {
  /** Applications that entered the pipeline in the range. */
  applications: number;
  /** Of those, not closed and not accepted. */
  active: number;
  closed: number;
  /** Stage changes of those applications after their first step. */
  moves: number;
  applied: number;
  responded: number;
  responseRate: number | null;
  offers: number;
  /** offers / applied. */
  offerRate: number | null;
  accepted: number;
  /** Interviews held in the range. */
  interviews: number;
  outreach: number;
}

export interface AnalyticsReport {
  range: { from: string | null; to: string | null; timeZone: string };
  funnel: FunnelStep[];
  conversions: StageConversion[];
  sources: SourceResponse[];
  stageDurations: StageDuration[];
  weekly: WeekActivity[];
  totals: AnalyticsTotals;
}

const round = (digits: number) => (value: number | null) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
/** Rates to four decimals (a hundredth of a percent), days to two (about a quarter of an hour). */
const rate = round(4);
const days = round(2);

/**
 * The whole analytics page. The range selects a cohort: applications that entered the pipeline
 * (their first history step) between `from` and `to`, in `tz`; the funnel, response rates and
 * stage durations are over that cohort. The weekly series counts what happened in those days,
 * whichever application it happened to.
 */
export function analyticsReport(input: AnalyticsInput, query: AnalyticsQuery, now: string): AnalyticsReport {
  const dayOf = zonedDayReader(query.tz);
  const first = query.from ? dayNumber(query.from) : Number.NEGATIVE_INFINITY;
  const last = query.to ? dayNumber(query.to) : Number.POSITIVE_INFINITY;
  const all = input.applications.map((app) => ({ source: app.source, timeline: toTimeline(app.steps) }));
  const cohort = all.filter(({ timeline }) => {
    const entered = timeline[0] && dayOf(timeline[0].ms);
    return entered !== undefined && entered >= first && entered <= last;
  });
  const timelines = cohort.map((app) => app.timeline);
  const funnel = funnelOf(timelines);
  const sources = responseRatesOf(cohort);
  const weekly = weeklyActivityOf(
    { ...input, applications: all.map((app) => app.timeline) },
    { timeZone: query.tz, now, from: query.from ?? null, to: query.to ?? null },
  );
  const reached = (stage: FunnelStep["stage"]) => funnel.steps.find((step) => step.stage === stage)!.reached;
  const applied = reached("applied");
  const responded = sources.reduce((sum, s) => sum + s.responded, 0);
  const closed = timelines.filter((t) => isClosedStage(t.at(-1)!.stage)).length;
  const accepted = timelines.filter((t) => t.at(-1)!.stage === "accepted").length;
  return {
    range: { from: query.from ?? null, to: query.to ?? null, timeZone: query.tz },
    funnel: funnel.steps,
    conversions: funnel.conversions.map((c) => ({ ...c, rate: rate(c.rate) })),
    sources: sources.map((s) => ({ ...s, rate: rate(s.rate) })),
    stageDurations: stageStatisticsOf(timelines).map(({ durationsDays: _samples, ...s }) => ({
      ...s,
      medianDays: days(s.medianDays),
      p90Days: days(s.p90Days),
      minDays: days(s.minDays),
      maxDays: days(s.maxDays),
      passRate: rate(s.passRate),
    })),
    weekly,
    totals: {
      applications: cohort.length,
      active: cohort.length - closed - accepted,
      closed,
      moves: timelines.reduce((sum, t) => sum + t.length - 1, 0),
      applied,
      responded,
      responseRate: rate(applied === 0 ? null : responded / applied),
      offers: reached("offer"),
      offerRate: rate(applied === 0 ? null : reached("offer") / applied),
      accepted,
      interviews: weekly.reduce((sum, w) => sum + w.interviews, 0),
      outreach: weekly.reduce((sum, w) => sum + w.outreach, 0),
    },
  };
}
