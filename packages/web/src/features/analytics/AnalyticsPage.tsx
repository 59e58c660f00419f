import { Group, SegmentedControl, Text, Title } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import type { AnalyticsReport } from "@loopwise/domain";
import { lazy, Suspense, useMemo } from "react";
import { useAnalytics } from "../../api/analytics";
import { useApplicationCount } from "../../api/use-applications";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { browserTimeZone } from "../interviews/interview-time";
import { AnalyticsEmpty, type EmptyReason } from "./AnalyticsEmpty";
import { isRangeKey, rangeParams, RANGES, type RangeKey } from "./analytics-range";
import pageClasses from "../../components/Page.module.css";
import classes from "./AnalyticsPage.module.css";

const AnalyticsCharts = lazy(() => import("./AnalyticsCharts"));

/** Why there is nothing to chart: no applications at all, none in the period, or no moves yet. */
function emptyReason(report: AnalyticsReport, applicationCount: number): EmptyReason | null {
  if (report.totals.applications === 0) return applicationCount === 0 ? "no-applications" : "nothing-in-range";
  return report.totals.moves === 0 ? "no-moves" : null;
}

export function AnalyticsPage() {
  const [stored, setRange] = useLocalStorage<string>({ key: "loopwise-analytics-range", defaultValue: "90" });
  const range: RangeKey = isRangeKey(stored) ? stored : "90";
  // The day changes rarely while the page is open; the range is recomputed when it changes.
  const params = useMemo(() => rangeParams(range, new Date(), browserTimeZone()), [range]);
  const report = useAnalytics(params);
  const count = useApplicationCount();
  // An empty report waits for the count, which tells "nothing yet" from "nothing in this period".
  const loaded = report.data && (report.data.totals.applications > 0 || count.data !== undefined || count.isError);
  const empty = report.data && loaded ? emptyReason(report.data, count.data ?? 0) : null;

  return (
    <div className={pageClasses.page}>
      <Group justify="space-between" align="flex-end" mb="lg" className={classes.content}>
        <div>
          <Title order={2}>Analytics</Title>
          <Text c="dimmed" fz="sm">
            Where applications stall, which sources answer and how long each stage takes, from your stage history.
          </Text>
        </div>
        <SegmentedControl
          value={range}
          onChange={setRange}
          data={RANGES.map(({ value, label }) => ({ value, label }))}
          aria-label="Period: applications that entered the pipeline in"
        />
      </Group>
      {report.isError && !report.data ? (
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data || !loaded ? (
        <PageLoader />
      ) : empty ? (
        <div className={classes.content}>
          <AnalyticsEmpty reason={empty} onShowAll={() => setRange("all")} />
        </div>
      ) : (
        <div className={classes.content} data-stale={report.isPlaceholderData || undefined}>
          <Suspense fallback={<PageLoader />}>
            <AnalyticsCharts report={report.data} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
