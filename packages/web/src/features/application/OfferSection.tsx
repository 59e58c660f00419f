import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Tooltip } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { OFFER_STATUS_LABELS, type Application } from "@loopwise/domain";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useOffers } from "../../api/offers";
import { DeadlineBadge } from "../offers/DeadlineBadge";
import { fullMoney, shortMoney } from "../../lib/money";
import { OfferFormDrawer } from "../offers/OfferFormDrawer";
import { viewOffer } from "../offers/use-offers-view";
import { SideSection } from "./SideSection";

function Figure({ label, minor, currency }: { label: string; minor: number; currency: string }) {
  return (
    <div>
      <Text fz={10} c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Tooltip label={fullMoney(minor, currency)} withArrow>
        <Text fz="md" fw={700} style={{ fontVariantNumeric: "tabular-nums" }}>
          {shortMoney(minor, currency)}
        </Text>
      </Tooltip>
    </div>
  );
}

/** The application's offer at a glance (year 1, four years, the deadline), or the way to record one. */
interface Props {
  application: Application;
  /** The offer's deadline is the application's: the detail's unsaved draft takes the saved one. */
  onDeadlineSaved: (deadline: string | null) => void;
}

export function OfferSection({ application, onDeadlineSaved }: Props) {
  const offers = useOffers();
  const [formOpen, setFormOpen] = useState(false);
  const offer = offers.data?.find((candidate) => candidate.applicationId === application.id) ?? null;
  // Its own currency: the drawer shows the offer as written, the Offers page converts.
  const view = offer ? viewOffer(offer, offer.comp.currency) : null;
  const horizon = view ? view.projection.years.filter((year) => !year.steady).length : 0;

  return (
    <SideSection
      id="offer"
      title="Offer"
      add={offer ? null : { label: "Record offer", onClick: () => setFormOpen(true) }}
    >
      {offers.isPending ? (
        <Skeleton h={56} aria-label="Loading the offer" />
      ) : offers.isError ? (
        <Text c="red" fz="sm">
          {offers.error.message}
        </Text>
      ) : view ? (
        <Paper withBorder radius="md" p="sm">
          <Stack gap={8}>
            <Group gap="lg">
              <Figure label="Year 1" minor={view.projection.years[0]!.total} currency={view.projection.currency} />
              <Figure
                label={`${horizon} years`}
                minor={view.projection.cumulative[horizon - 1]!.total}
                currency={view.projection.currency}
              />
            </Group>
            <Group gap={6} justify="space-between">
              <DeadlineBadge deadline={view.offer.deadline} size="xs" />
              <Text fz="xs" c="dimmed">
                {OFFER_STATUS_LABELS[view.offer.status]}
              </Text>
            </Group>
            <Group justify="space-between">
              <Anchor component={Link} to="/offers" fz="xs">
                Compare with your other offers
              </Anchor>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconPencil size={12} />}
                onClick={() => setFormOpen(true)}
              >
                Edit offer
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Text fz="xs" c="dimmed">
          No offer recorded. When one arrives, record it here: the card moves to Offer and the figures show beside your
          other offers.
        </Text>
      )}
      <OfferFormDrawer
        opened={formOpen}
        offer={offer}
        application={application}
        onClose={() => setFormOpen(false)}
        onSaved={(saved) => onDeadlineSaved(saved.deadline)}
      />
    </SideSection>
  );
}
