import { Badge, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import type { OfferDeadlineDue } from "@loopwise/domain";
import { applicationName } from "../../components/application-name";
import { useOpenApplication } from "../../components/use-open-application";
import { countdown, countdownColor, shortDay } from "./today-format";

/** An offer to answer: which one, by when, and how many days are left. */
export function OfferDeadlineRow({ offer }: { offer: OfferDeadlineDue }) {
  const openApplication = useOpenApplication();
  return (
    <UnstyledButton
      onClick={() => openApplication(offer.applicationId)}
      py={4}
      aria-label={`${applicationName(offer)}: offer deadline ${countdown(offer.daysLeft).toLowerCase()}`}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={0} miw={0}>
          <Text fz="sm" fw={600} truncate>
            {applicationName(offer)}
          </Text>
          <Text fz="xs" c="dimmed">
            Answer by {shortDay(offer.offerDeadline)}
          </Text>
        </Stack>
        <Badge color={countdownColor(offer.daysLeft)} variant="light" tt="none">
          {countdown(offer.daysLeft)}
        </Badge>
      </Group>
    </UnstyledButton>
  );
}
