import { Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useMarket } from "../../api/market";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { useOffersView } from "../offers/use-offers-view";
import { DataPointsSection } from "./DataPointsSection";
import { MarketPositions } from "./MarketPositions";
import { MARKET_SCOPES, type MarketScope } from "./market-scope";

/** Market context: where each offer sits among the data points, and the points themselves. */
export function MarketTab() {
  const view = useOffersView();
  const market = useMarket();
  const [scope, setScope] = useState<MarketScope>("company-level");
  const companies = useMemo(
    () => [...new Set([...view.offers.map((o) => o.companyName), ...(market.data ?? []).map((p) => p.company)])].sort(),
    [view.offers, market.data],
  );

  const error = view.error ?? market.error;
  if (error) return <LoadError error={error} onRetry={() => void market.refetch()} />;
  if (view.isLoading || !market.data) return <PageLoader />;
  const points = market.data;

  return (
    <Stack gap="lg">
      <section aria-labelledby="market-positions-title">
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={4} id="market-positions-title">
              Where your offers sit
            </Title>
            <Text fz="xs" c="dimmed">
              Each offer's annualized headline among the yearly totals of the data points, in {view.compareCurrency}.
            </Text>
          </div>
          <SegmentedControl
            size="xs"
            value={scope}
            onChange={(value) => setScope(value as MarketScope)}
            data={MARKET_SCOPES}
            aria-label="Compare with"
          />
        </Group>
        {view.rows.length === 0 ? (
          <Text fz="sm" c="dimmed">
            Record an offer to see where it sits among the data points below.
          </Text>
        ) : (
          <MarketPositions rows={view.rows} points={points} scope={scope} compareCurrency={view.compareCurrency} />
        )}
      </section>
      <DataPointsSection points={points} companies={companies} currency={view.compareCurrency} />
    </Stack>
  );
}
