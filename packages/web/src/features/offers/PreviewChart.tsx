import { BarChart } from "@mantine/charts";
import type { Projection } from "@loopwise/domain";
import { ChartLegend } from "./ChartLegend";
import { COMPONENT_SERIES } from "./chart-series";
import { yearBars } from "./compare-data";
import { compactMoney } from "../../lib/money";

/** The form preview's years by component; its own chunk, so recharts loads with the form, not the app. */
export default function PreviewChart({ projection }: { projection: Projection }) {
  const bars = yearBars(projection);
  // Only the components this offer has, so the legend fits the narrow column.
  const series = COMPONENT_SERIES.filter((s) => bars.some((bar) => bar[s.name] > 0));
  return (
    <>
      <BarChart
        h={140}
        data={bars}
        dataKey="year"
        type="stacked"
        series={series}
        valueFormatter={(value) => compactMoney(value, projection.currency)}
        withYAxis={false}
        gridAxis="none"
        barProps={{ isAnimationActive: false }}
        aria-label="Pay per year by component"
      />
      <ChartLegend items={series} />
    </>
  );
}
