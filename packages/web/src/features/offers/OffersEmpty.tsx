import { Button, Group, List, Text } from "@mantine/core";
import { IconCoin, IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { offerKeys } from "../../api/offers";
import { useApplicationCount, useLoadSample } from "../../api/use-applications";
import { EmptyCard } from "../../components/EmptyCard";
import { notifySuccess } from "../../components/notify";
import { SampleSearchButton } from "../../components/SampleSearchButton";

/** No offers yet: what recording one gives, and the way to record the first. */
export function OffersEmpty({ onAdd }: { onAdd: () => void }) {
  const count = useApplicationCount();
  const sample = useLoadSample();
  const queryClient = useQueryClient();
  const noApplications = count.data === 0;
  const onLoaded = () => {
    void queryClient.invalidateQueries({ queryKey: offerKeys.all });
    notifySuccess("Three of its applications have offers to compare", "Sample search loaded");
  };

  return (
    <EmptyCard icon={IconCoin} title="No offers yet">
      <Text c="dimmed" ta="center" maw={560}>
        Record an offer on one of your applications and Loopwise turns it into money per year, so offers with different
        vesting schedules, cliffs and sign-on bonuses can be compared honestly.
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
        {noApplications && <SampleSearchButton sample={sample} onLoaded={onLoaded} />}
      </Group>
      <Text fz="xs" c="dimmed" ta="center" maw={480}>
        {noApplications
          ? "An offer belongs to an application: add one first, or load the sample search, which has three offers to compare."
          : "Tip: the sample search, offered on an empty board, comes with three offers to compare."}
      </Text>
    </EmptyCard>
  );
}
