/**
 * Funnel analytics, pure: how far applications get, how fast, from which sources, and the week by
 * week activity. Time enters as parameters (`now`, a time zone); instants are ISO strings.
 * `stageStatistics` is the piece the timing planner reuses.
 */
export {
  FUNNEL_STAGES,
  funnelIndex,
  toTimeline,
  type FunnelStage,
  type StageStep,
  type TimedStep,
  type TrackedApplication,
} from "./analytics-timeline.js";
export { funnel, funnelOf, type Funnel, type FunnelStep, type StageConversion } from "./funnel-counts.js";
export {
  quantile,
  stageStatistics,
  stageStatisticsOf,
  WAITING_STAGES,
  type StageStatistics,
  type WaitingStage,
} from "./stage-statistics.js";
export { responseRates, SOURCE_KEYS, type SourceKey, type SourceResponse } from "./response-rates.js";
export {
  MAX_WEEKS,
  weeklyActivity,
  type ActivityInput,
  type ActivityInterview,
  type ActivityOptions,
  type WeekActivity,
} from "./weekly-activity.js";
export {
  analyticsFetchWindow,
  analyticsQuerySchema,
  analyticsReport,
  type AnalyticsFetchWindow,
  type AnalyticsInput,
  type AnalyticsQuery,
  type AnalyticsReport,
  type AnalyticsTotals,
  type StageDuration,
} from "./analytics-report.js";
