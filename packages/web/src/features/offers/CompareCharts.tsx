import { BarChart, LineChart } from "@mantine/charts";
import { Card, Grid, SimpleGrid, Text, Title } from "@mantine/core";
import { ChartLegend } from "./ChartLegend";
import { COMPONENT_SERIES, OFFER_COLORS } from "./chart-series";
import { cumulativePoints, sentenceNames, tallestYear, yearBars } from "./compare-data";
import { compactMoney } from "../../lib/money";
import type { OfferView } from "./use-offers-view";

/** Rounded up to a readable top, so every offer's bars share one scale. */
function niceTop(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

/** Yearly pay per offer stacked by component, and the running total over the years. */
export default function CompareCharts({ rows, currency }: { rows: OfferView[]; currency: string }) {
  const projections = rows.map((view) => view.projection);
  const top = niceTop(tallestYear(projections));
  const names = sentenceNames(rows.map((view) => view.offer));
  const format = (value: number) => compactMoney(value, currency);
  const lines = rows.map((_, index) => ({
    name: `o${index}`,
    label: names[index]!,
    color: OFFER_COLORS[index % OFFER_COLORS.length]!,
  }));
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Card withBorder radius="md" p="md" h="100%">
          <Title order={4} fz="sm">
            Pay per year, by component
          </Title>
          <Text fz="xs" c="dimmed" mb="sm">
            Years 1 to {projections[0]!.years.length - 1}, then the steady year (*) with refreshers.
          </Text>
          <SimpleGrid cols={Math.min(rows.length, 3)} spacing="md">
            {rows.map((view, index) => (
              <div key={view.offer.id}>
                <Text fz="xs" fw={600} ta="center" lineClamp={1} title={view.name}>
                  {names[index]}
                </Text>
                <BarChart
                  h={200}
                  data={yearBars(view.projection)}
                  dataKey="year"
                  type="stacked"
                  series={COMPONENT_SERIES}
                  valueFormatter={format}
                  yAxisProps={{ domain: [0, top], width: 52 }}
                  withYAxis={index % 3 === 0}
                  gridAxis="x"
                  barProps={{ isAnimationActive: false }}
                  aria-label={`${view.name}: pay per year by component`}
                />
              </div>
            ))}
          </SimpleGrid>
          <div style={{ marginTop: "var(--mantine-spacing-sm)" }}>
            <ChartLegend items={COMPONENT_SERIES} />
          </div>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder radius="md" p="md" h="100%">
          <Title order={4} fz="sm">
            Cumulative pay
          </Title>
          <Text fz="xs" c="dimmed" mb="sm">
            Where the lines cross, the one behind catches up.
          </Text>
          <LineChart
            h={262}
            data={cumulativePoints(projections)}
            dataKey="year"
            series={lines}
            valueFormatter={format}
            yAxisProps={{ width: 60 }}
            curveType="linear"
            lineProps={{ isAnimationActive: false }}
            aria-label="Cumulative pay per offer"
          />
          <ChartLegend items={lines} />
        </Card>
      </Grid.Col>
    </Grid>
  );
}
