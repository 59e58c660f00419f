import { Alert, Group, Select, Stack, Text } from "@mantine/core";
import { STAGES, stageLabel, type Stage } from "@loopwise/domain";
import { IconQuestionMark } from "@tabler/icons-react";

interface Props {
  statuses: readonly string[];
  chosen: Record<string, Stage>;
  onChoose: (status: string, stage: Stage) => void;
}

const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: stageLabel(stage) }));

/** A stage for each status the import does not know; check again after choosing. */
export function StatusChoices({ statuses, chosen, onChoose }: Props) {
  return (
    <Alert color="blue" variant="light" icon={<IconQuestionMark />} title="Which stage is each of these statuses?">
      <Stack gap="xs">
        <Text fz="sm">Choose a stage for every status below, then check again.</Text>
        {statuses.map((status) => (
          <Group key={status} gap="sm" wrap="nowrap">
            <Text fz="sm" fw={600} w={180} truncate title={status}>
              “{status}”
            </Text>
            <Select
              size="xs"
              w={220}
              placeholder="Choose a stage"
              data={STAGE_OPTIONS}
              value={chosen[status] ?? null}
              onChange={(value) => value && onChoose(status, value as Stage)}
              allowDeselect={false}
              aria-label={`Stage for the status ${status}`}
            />
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
