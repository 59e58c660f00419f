import { Alert, Button, Group, Text } from "@mantine/core";
import { IconArrowsExchange } from "@tabler/icons-react";
import type { Offer } from "@loopwise/domain";
import type { OfferView } from "./use-offers-view";

/** Offers in another currency with no rate: shown in their own currency, left out of the ranking and charts. */
export function RateBanner({
  rows,
  compareCurrency,
  onEdit,
}: {
  rows: OfferView[];
  compareCurrency: string;
  onEdit: (offer: Offer) => void;
}) {
  if (rows.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconArrowsExchange size={18} />}
      title={`An exchange rate to ${compareCurrency} is missing`}
    >
      <Text fz="sm" mb="xs">
        These offers are shown in their own currency and left out of the best figures, the charts and the comparison
        lines until you give the rate you want to compare at.
      </Text>
      <Group gap="xs">
        {rows.map((view) => (
          <Button key={view.offer.id} size="xs" variant="white" color="yellow" onClick={() => onEdit(view.offer)}>
            Add a {view.projection.currency} → {compareCurrency} rate for {view.offer.companyName}
          </Button>
        ))}
      </Group>
    </Alert>
  );
}
