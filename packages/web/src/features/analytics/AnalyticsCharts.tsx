import { Grid, Stack } from "@mantine/core";
import type { AnalyticsReport } from "@loopwise/domain";
import { DurationsCard } from "./DurationsCard";
import { FunnelCard } from "./FunnelCard";
import { SourcesCard } from "./SourcesCard";
import { TotalsStrip } from "./TotalsStrip";
import { WeeklyCard } from "./WeeklyCard";

/** Every chart of the page; loaded on demand, since the chart library is large. */
export default function AnalyticsCharts({ report }: { report: AnalyticsReport }) {
  return (
    <Stack gap="lg">
      <TotalsStrip totals={report.totals} />
      {/* Stages beside stages, then sources beside time: two rows of about equal height. */}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <FunnelCard funnel={report.funnel} conversions={report.conversions} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DurationsCard stageDurations={report.stageDurations} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SourcesCard sources={report.sources} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <WeeklyCard weekly={report.weekly} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
