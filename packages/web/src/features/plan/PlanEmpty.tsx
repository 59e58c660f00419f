import { Button, Group, Text } from "@mantine/core";
import { IconPlus, IconTimeline } from "@tabler/icons-react";
import { useLoadSample } from "../../api/use-applications";
import { EmptyCard } from "../../components/EmptyCard";
import { notifySuccess } from "../../components/notify";
import { SampleSearchButton } from "../../components/SampleSearchButton";
import { openNewApplication } from "../../components/ui-store";

/** No active application: what the plan needs, and two ways to get there. */
export function PlanEmpty() {
  const sample = useLoadSample();
  return (
    <EmptyCard icon={IconTimeline} title="Nothing to plan yet">
      <Text c="dimmed" ta="center" maw={520}>
        The plan times your active applications so their offers arrive together. Add the companies you are talking to
        (or want to apply to), with how much you want each, and it shows when to apply, when to book each step and what
        to ask for.
      </Text>
      <Group gap="sm" mt="xs" justify="center">
        <Button leftSection={<IconPlus size={16} />} onClick={() => openNewApplication()} disabled={sample.isPending}>
          Add an application
        </Button>
        <SampleSearchButton
          sample={sample}
          onLoaded={(result) =>
            notifySuccess(
              `${result.applications} applications at ${result.companies} companies`,
              "Sample search loaded",
            )
          }
        />
      </Group>
    </EmptyCard>
  );
}
