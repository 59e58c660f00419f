import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCalendarPlus, IconLayoutKanban, IconMoodSmile } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";

/** Nothing is due: say so, and offer the next useful thing to do. */
export function EmptyDay({ onSchedule, newTask }: { onSchedule: () => void; newTask: ReactNode }) {
  return (
    <Card withBorder radius="lg" p="xl" maw={720}>
      <Stack align="center" gap="sm">
        <ThemeIcon size={56} radius="xl" variant="light" color="teal">
          <IconMoodSmile size={30} />
        </ThemeIcon>
        <Title order={3} ta="center">
          Nothing is due today
        </Title>
        <Text c="dimmed" fz="sm" ta="center" maw={480}>
          No interviews today or tomorrow, no notes owed, no follow-ups or tasks due. A good day to move a few
          applications forward, or to write down what to do next.
        </Text>
        <Group gap="sm" mt={4} justify="center">
          <Button
            variant="default"
            leftSection={<IconLayoutKanban size={16} />}
            renderRoot={(p) => <Link to="/" {...p} />}
          >
            Review the board
          </Button>
          <Button variant="default" leftSection={<IconCalendarPlus size={16} />} onClick={onSchedule}>
            Schedule an interview
          </Button>
        </Group>
        <Stack gap={4} w="100%" maw={520} mt="sm">
          <Text fz="sm" fw={500}>
            Add a task
          </Text>
          {newTask}
        </Stack>
      </Stack>
    </Card>
  );
}
