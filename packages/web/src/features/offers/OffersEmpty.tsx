import { Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCoin, IconFlask2, IconPlus } from "@tabler/icons-react";
import { useApplicationCount, useLoadSample } from "../../api/use-applications";
import { notifyError, notifySuccess } from "../../components/notify";
import { useQueryClient } from "@tanstack/react-query";
import { offerKeys } from "../../api/offers";

/** No offers yet: what recording one gives, and the way to record the first. */
export function OffersEmpty({ onAdd }: { onAdd: () => void }) {
  const count = useApplicationCount();
  const sample = useLoadSample();
  const queryClient = useQueryClient();
  const noApplications = count.data === 0;
  const loadSample = () =>
    sample.mutate(undefined, {
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: offerKeys.all });
        notifySuccess("Three of its applications have offers to compare", "Sample search loaded");
      },
      onError: (error) => notifyError(error, "The sample search could not be loaded"),
    });

  return (
    <Card withBorder radius="lg" p="xl">
      <Stack align="center" gap="sm" py="lg">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconCoin size={30} stroke={1.6} />
        </ThemeIcon>
        <Title order={3} ta="center">
          No offers yet
        </Title>
        <Text c="dimmed" ta="center" maw={560}>
          Record an offer on one of your applications and Loopwise turns it into money per year, so offers with
          different vesting schedules, cliffs and sign-on bonuses can be compared honestly.
        </Text>
        <List fz="sm" c="dimmed" spacing={4} maw={520}>
          <List.Item>Year 1 to 4 totals, the steady year 5 and the four-year sum, side by side</List.Item>
          <List.Item>What drives each difference, in one line</List.Item>
          <List.Item>A weighted decision, a negotiation log and the deadline counted down</List.Item>
        </List>
        <Group gap="sm" mt="xs" justify="center">
          <Button leftSection={<IconPlus size={16} />} onClick={onAdd} disabled={noApplications}>
            Record an offer
          </Button>
          {noApplications && (
            <Button
              variant="default"
              leftSection={<IconFlask2 size={16} />}
              onClick={loadSample}
              loading={sample.isPending}
            >
              Load a sample search
            </Button>
          )}
        </Group>
        <Text fz="xs" c="dimmed" ta="center" maw={480}>
          {noApplications
            ? "An offer belongs to an application: add one first, or load the sample search, which has three offers to compare."
            : "Tip: the sample search, offered on an empty board, comes with three offers to compare."}
        </Text>
      </Stack>
    </Card>
  );
}
