import { SimpleGrid, Stack } from "@mantine/core";
import type { Offer } from "@loopwise/domain";
import { lazy, Suspense } from "react";
import { PageLoader } from "../../components/PageLoader";
import { CompareTable } from "./CompareTable";
import { DriverLines } from "./DriverLines";
import { OfferNotes } from "./OfferNotes";
import { RateBanner } from "./RateBanner";
import { ScenarioTable } from "./ScenarioTable";
import { useOffersView } from "./use-offers-view";

// recharts is large: loaded with the tab, not with the app.
const CompareCharts = lazy(() => import("./CompareCharts"));

/** The offers side by side: the table, what drives the differences, the charts, the scenarios. */
export function CompareTab({ onEdit }: { onEdit: (offer: Offer) => void }) {
  const { rows, compareCurrency } = useOffersView();
  const comparable = rows.filter((view) => !view.needsRate);
  return (
    <Stack gap="md">
      <RateBanner rows={rows.filter((view) => view.needsRate)} compareCurrency={compareCurrency} onEdit={onEdit} />
      <CompareTable rows={rows} onEdit={onEdit} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DriverLines rows={rows} />
        <OfferNotes rows={rows} />
      </SimpleGrid>
      {comparable.length > 0 && (
        <Suspense fallback={<PageLoader />}>
          <CompareCharts rows={comparable} currency={compareCurrency} />
        </Suspense>
      )}
      <ScenarioTable rows={rows} />
    </Stack>
  );
}
