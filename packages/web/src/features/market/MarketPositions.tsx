import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import type { CompDataPoint } from "@loopwise/domain";
import type { OfferView } from "../offers/use-offers-view";
import { compactMoney } from "../../lib/money";
import { offerMarketView } from "./market-position-view";
import type { MarketScope } from "./market-scope";
import { PercentileBar } from "./PercentileBar";

interface Props {
  rows: OfferView[];
  points: CompDataPoint[];
  scope: MarketScope;
  compareCurrency: string;
}

/** Each offer's yearly headline against the data points in scope: a percentile bar and one sentence. */
export function MarketPositions({ rows, points, scope, compareCurrency }: Props) {
  const offers = rows.map((row) => ({ currency: row.comp.currency, exchangeRate: row.offer.exchangeRate }));
  return (
    <Stack gap="sm">
      {rows.map((row) => {
        const view = offerMarketView(row, points, scope, compareCurrency, offers);
        return (
          <Paper key={row.offer.id} withBorder radius="md" p="md" data-testid="market-position">
            <Group justify="space-between" align="flex-start" mb={view.bar ? "xs" : 0} wrap="nowrap">
              <div>
                <Text fw={600}>{row.offer.companyName}</Text>
                <Text fz="xs" c="dimmed">
                  {row.offer.level ? `${row.offer.level} · ` : ""}
                  {row.offer.roleTitle} · {compactMoney(view.offerTotal, view.currency)} a year (annualized)
                </Text>
              </div>
              {view.percentile !== null && (
                <Badge
                  variant="light"
                  color={view.percentile >= 75 ? "teal" : view.percentile >= 25 ? "blue" : "orange"}
                  tt="none"
                  size="lg"
                >
                  {ordinal(view.percentile)} percentile
                </Badge>
              )}
            </Group>
            {view.bar && <PercentileBar currency={view.currency} offer={view.offerTotal} {...view.bar} />}
            <Text fz="sm" mt={view.bar ? "xs" : 4} c={view.bar ? undefined : "dimmed"}>
              {view.label}
            </Text>
            {view.leftOut > 0 && (
              <Text fz="xs" c="dimmed" mt={2}>
                {view.leftOut === 1 ? "1 point" : `${view.leftOut} points`} in {view.leftOutCurrencies.join(", ")} left
                out: no offer gives a rate for{" "}
                {view.leftOutCurrencies.length === 1 ? "that currency" : "those currencies"}.
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

function ordinal(n: number): string {
  // Like the domain's label: never "0th" or "100th" of a set of points.
  const rounded = Math.min(99, Math.max(1, Math.round(n)));
  const tens = rounded % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][rounded % 10] ?? "th");
  return `${rounded}${suffix}`;
}
