import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { stageLabel, type AnalyticsReport } from "@loopwise/domain";
import { days, percent, shortStageName } from "./analytics-format";
import { ChartCard } from "./ChartCard";
import { FigureTable } from "./FigureTable";

export function DurationsCard({ stageDurations }: Pick<AnalyticsReport, "stageDurations">) {
  const measured = stageDurations.filter((s) => s.completed > 0);
  return (
    <ChartCard
      title="Days in each stage"
      description="How long applications stayed in a stage before moving on or closing: the median, and the slowest tenth (p90)."
      chart={
        measured.length === 0 ? (
          <Text c="dimmed" fz="sm" py="xl" ta="center">
            No application has left a stage in this period yet.
          </Text>
        ) : (
          <BarChart
            h={300}
            xAxisProps={{ interval: 0 }}
            data={measured.map((s) => ({ name: shortStageName(s.stage), median: s.medianDays, p90: s.p90Days }))}
            dataKey="name"
            series={[
              { name: "median", label: "Median", color: "indigo.6" },
              { name: "p90", label: "p90", color: "indigo.3" },
            ]}
            valueFormatter={(value) => days(value)}
            withLegend
            legendProps={{ verticalAlign: "bottom", height: 40, itemSorter: null }}
            maxBarWidth={36}
            gridAxis="y"
          />
        )
      }
      table={
        <FigureTable
          head={["Stage", "Median", "p90", "Left", "Still there", "Of those left, moved on"]}
          rows={stageDurations.map((s) => ({
            key: s.stage,
            cells: [stageLabel(s.stage), days(s.medianDays), days(s.p90Days), s.completed, s.open, percent(s.passRate)],
          }))}
        />
      }
    />
  );
}
