import { Button, Group, Stack, Text } from "@mantine/core";
import { IconNotes } from "@tabler/icons-react";
import { INTERVIEW_KIND_LABELS, type Interview } from "@loopwise/domain";
import { endedAgo } from "./today-format";

/** A finished interview without notes yet, and the button that opens them. */
export function NotesOwedRow({ interview, now, onOpen }: { interview: Interview; now: number; onOpen: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={4}>
      <Stack gap={0} miw={0}>
        <Text fz="sm" fw={600} truncate>
          {INTERVIEW_KIND_LABELS[interview.kind]} · {interview.companyName}
        </Text>
        <Text fz="xs" c="dimmed" truncate>
          {interview.roleTitle} · {endedAgo(interview.endsAt, now)}
        </Text>
      </Stack>
      <Button size="xs" variant="light" color="orange" leftSection={<IconNotes size={14} />} onClick={onOpen}>
        Write notes
      </Button>
    </Group>
  );
}
