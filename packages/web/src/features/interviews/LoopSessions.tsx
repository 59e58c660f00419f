import { Button, Center, Group, Loader, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { calendarDateIn, type Interview } from "@loopwise/domain";
import { useMemo, useState } from "react";
import { useInterviews } from "../../api/interviews";
import { AgendaDays } from "./AgendaDays";
import type { InterviewTab } from "./interview-search";
import { browserTimeZone } from "./interview-time";
import { ScheduleInterviewModal, type SchedulePreset } from "./ScheduleInterviewModal";
import { useNow } from "./use-now";

/** An onsite loop's sessions by day, and a way to add one (same application, possibly another day). */
export function LoopSessions({ loop, onOpen }: { loop: Interview; onOpen: (id: string, tab?: InterviewTab) => void }) {
  const list = useInterviews({ applicationId: loop.applicationId });
  const [preset, setPreset] = useState<SchedulePreset | null>(null);
  const now = useNow();
  const zone = browserTimeZone();
  const sessions = useMemo(() => (list.data ?? []).filter((i) => i.parentId === loop.id), [list.data, loop.id]);
  const addSession = () =>
    setPreset({
      loop: {
        id: loop.id,
        applicationId: loop.applicationId,
        date: calendarDateIn(Date.parse(loop.startsAt), loop.timeZone),
        timeZone: loop.timeZone,
      },
    });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text fz="sm" c="dimmed">
          Each session has its own interviewers, notes and outcome.
        </Text>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={addSession}>
          Add session
        </Button>
      </Group>
      {list.isPending ? (
        <Center p="lg">
          <Loader type="dots" aria-label="Loading the sessions" />
        </Center>
      ) : list.isError ? (
        <Text c="red" fz="sm">
          {list.error.message}
        </Text>
      ) : sessions.length === 0 ? (
        <Text fz="sm" c="dimmed" ta="center" p="lg">
          No sessions yet. Add one per conversation of the day: coding, system design, behavioral…
        </Text>
      ) : (
        <AgendaDays interviews={sessions} zone={zone} now={now} onOpen={onOpen} />
      )}
      <ScheduleInterviewModal preset={preset} onClose={() => setPreset(null)} />
    </Stack>
  );
}
