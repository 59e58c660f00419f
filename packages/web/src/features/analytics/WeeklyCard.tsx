import { BarChart } from "@mantine/charts";
import type { AnalyticsReport } from "@loopwise/domain";
import { weekLabel } from "./analytics-format";
import { ChartCard } from "./ChartCard";
import { FigureTable } from "./FigureTable";

const SERIES = [
  { name: "added", label: "Added", color: "gray.5" },
  { name: "applied", label: "Applied", color: "blue.6" },
  { name: "moves", label: "Stage moves", color: "violet.5" },
  { name: "interviews", label: "Interviews", color: "teal.6" },
  { name: "outreach", label: "Outreach", color: "orange.5" },
] as const;

export function WeeklyCard({ weekly }: Pick<AnalyticsReport, "weekly">) {
  return (
    <ChartCard
      title="Weekly activity"
      description="What you did each week, Monday to Sunday: applications added and sent, stage moves, interviews held and outreach."
      chart={
        <BarChart
          h={280}
          data={weekly.map((w) => ({ ...w, name: weekLabel(w.weekStart) }))}
          dataKey="name"
          type="stacked"
          series={SERIES.map((s) => ({ ...s }))}
          withLegend
          legendProps={{ verticalAlign: "bottom", height: 40, itemSorter: null }}
          maxBarWidth={40}
          // About eight evenly spaced week labels, whatever the number of weeks.
          xAxisProps={{ interval: Math.max(0, Math.ceil(weekly.length / 8) - 1) }}
          gridAxis="y"
        />
      }
      table={
        <FigureTable
          head={["Week of", ...SERIES.map((s) => s.label)]}
          rows={weekly.map((w) => ({
            key: w.weekStart,
            cells: [`${weekLabel(w.weekStart)} (${w.week})`, w.added, w.applied, w.moves, w.interviews, w.outreach],
          }))}
        />
      }
    />
  );
}
