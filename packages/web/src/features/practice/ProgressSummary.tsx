import { Card, Group, Progress, SimpleGrid, Stack, Text, UnstyledButton } from "@mantine/core";
import type { PracticeSummary, Topic } from "@loopwise/domain";
import { STATUS_COLORS, STATUS_LABELS, TOPIC_LABELS } from "./practice-labels";
import classes from "./PracticePage.module.css";

interface Props {
  summary: PracticeSummary;
  /** The topic filter on, if any: its bar is marked, and clicking a bar sets or clears it. */
  topic?: Topic;
  onTopic: (topic: Topic | undefined) => void;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

/** The whole bank at a glance: solved, attempted and new, and solved of total per topic. */
export function ProgressSummary({ summary, topic, onTopic }: Props) {
  const { total, byStatus, byTopic } = summary;
  return (
    <Card withBorder radius="lg" p="lg" mb="lg" component="section" aria-label="Progress">
      <Group align="flex-start" gap="xl" wrap="nowrap" className={classes.summary}>
        <Stack gap="xs" miw={220}>
          <Text fz="sm" c="dimmed">
            Solved
          </Text>
          <Text fz={28} fw={700} lh={1}>
            {byStatus.solved}
            <Text span c="dimmed" fz="md" fw={500}>
              {" "}
              of {total}
            </Text>
          </Text>
          <Progress.Root size="md" aria-label={`${byStatus.solved} of ${total} problems solved`}>
            <Progress.Section value={percent(byStatus.solved, total)} color={STATUS_COLORS.solved} />
            <Progress.Section value={percent(byStatus.attempted, total)} color={STATUS_COLORS.attempted} />
          </Progress.Root>
          <Group gap="md">
            {(["solved", "attempted", "new"] as const).map((status) => (
              <Group key={status} gap={6} wrap="nowrap">
                <span
                  className={classes.dot}
                  style={{ background: `var(--mantine-color-${STATUS_COLORS[status]}-6)` }}
                />
                <Text fz="xs" c="dimmed" data-testid={`count-${status}`}>
                  {STATUS_LABELS[status]} {byStatus[status]}
                </Text>
              </Group>
            ))}
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="lg" verticalSpacing={6} flex={1}>
          {byTopic.map((row) => (
            <UnstyledButton
              key={row.topic}
              className={classes.topicRow}
              data-active={row.topic === topic || undefined}
              onClick={() => onTopic(row.topic === topic ? undefined : row.topic)}
              aria-pressed={row.topic === topic}
              aria-label={`${TOPIC_LABELS[row.topic]}: ${row.solved} of ${row.total} solved`}
            >
              <Text fz="xs" w={112} truncate>
                {TOPIC_LABELS[row.topic]}
              </Text>
              <Progress value={percent(row.solved, row.total)} color="teal" size="sm" flex={1} />
              <Text fz="xs" c="dimmed" w={32} ta="right">
                {row.solved}/{row.total}
              </Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Group>
    </Card>
  );
}
