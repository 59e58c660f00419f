import { Button, Group, Text } from "@mantine/core";
import { IconChartBar, IconLayoutKanban, IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { analyticsKeys } from "../../api/analytics";
import { useLoadSample } from "../../api/use-applications";
import { EmptyCard } from "../../components/EmptyCard";
import { notifySuccess } from "../../components/notify";
import { SampleSearchButton } from "../../components/SampleSearchButton";
import { openNewApplication } from "../../components/ui-store";

export type EmptyReason = "no-applications" | "no-moves" | "nothing-in-range";

const TEXT: Record<EmptyReason, { title: string; body: string }> = {
  "no-applications": {
    title: "No applications yet",
    body: "The funnel, response rates and time in each stage come from your applications' history. Add one, or load a sample search to see the charts with made-up data.",
  },
  "no-moves": {
    title: "Too little history yet",
    body: "Move a few applications through stages and the funnel appears here.",
  },
  "nothing-in-range": {
    title: "Nothing in this period",
    body: "No application entered your pipeline in these days. Pick a longer period to see the rest.",
  },
};

/** Why there is nothing to chart, and the one thing that would change it. */
export function AnalyticsEmpty({ reason, onShowAll }: { reason: EmptyReason; onShowAll: () => void }) {
  const queryClient = useQueryClient();
  const sample = useLoadSample();
  const onLoaded = (result: { companies: number; applications: number }) => {
    void queryClient.invalidateQueries({ queryKey: analyticsKeys.all });
    notifySuccess(`${result.applications} applications at ${result.companies} companies`, "Sample search loaded");
  };
  const { title, body } = TEXT[reason];
  return (
    <EmptyCard icon={IconChartBar} title={title}>
      <Text c="dimmed" ta="center" maw={480}>
        {body}
      </Text>
      <Group gap="sm" mt="xs" justify="center">
        {reason === "no-applications" && (
          <>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => openNewApplication()}
              disabled={sample.isPending}
            >
              Add an application
            </Button>
            <SampleSearchButton sample={sample} onLoaded={onLoaded} />
          </>
        )}
        {reason === "no-moves" && (
          <Button component={Link} to="/" variant="light" leftSection={<IconLayoutKanban size={16} />}>
            Open the board
          </Button>
        )}
        {reason === "nothing-in-range" && (
          <Button variant="light" onClick={onShowAll}>
            Show all time
          </Button>
        )}
      </Group>
    </EmptyCard>
  );
}
