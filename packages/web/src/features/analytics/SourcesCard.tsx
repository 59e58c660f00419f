import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { SOURCE_LABELS, type AnalyticsReport, type SourceKey } from "@loopwise/domain";
import { percent } from "./analytics-format";
import { ChartCard } from "./ChartCard";
import { FigureTable } from "./FigureTable";

/** Short names: they sit under the bars (the table uses the full ones). */
const SOURCE_NAMES: Record<SourceKey, string> = {
  referral: "Referral",
  recruiter: "Recruiter",
  applied_online: "Online",
  network: "Network",
  other: "Other",
  unknown: "Not set",
};

export function SourcesCard({ sources }: Pick<AnalyticsReport, "sources">) {
  const used = sources.filter((s) => s.applied > 0);
  const data = used.map((s) => ({
    name: `${SOURCE_NAMES[s.source]} (${s.applied})`,
    rate: Math.round((s.rate ?? 0) * 100),
  }));
  return (
    <ChartCard
      title="Response rate by source"
      description="Of the applications sent, the share that heard back: a screen, or a rejection. In brackets: how many were sent."
      chart={
        used.length === 0 ? (
          <Text c="dimmed" fz="sm" py="xl" ta="center">
            Nothing has reached “Applied” in this period yet.
          </Text>
        ) : (
          <BarChart
            h={260}
            data={data}
            dataKey="name"
            series={[{ name: "rate", label: "Response rate", color: "teal.6" }]}
            valueFormatter={(value) => `${value}%`}
            yAxisProps={{ domain: [0, 100] }}
            withBarValueLabel
            xAxisProps={{ interval: 0 }}
            maxBarWidth={56}
            gridAxis="y"
          />
        )
      }
      table={
        <FigureTable
          head={["Source", "Applied", "Heard back", "Rate"]}
          rows={sources.map((s) => ({
            key: s.source,
            cells: [
              s.source === "unknown" ? "Not set" : SOURCE_LABELS[s.source],
              s.applied,
              s.responded,
              percent(s.rate),
            ],
          }))}
        />
      }
    />
  );
}
