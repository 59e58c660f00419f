import { Badge, Group, Stack, Title } from "@mantine/core";
import { calendarDateIn, type Interview } from "@loopwise/domain";
import { useMemo } from "react";
import type { InterviewTab } from "./interview-search";
import { dayLabel, groupByDay } from "./interview-time";
import { InterviewRow } from "./InterviewRow";

interface Props {
  interviews: readonly Interview[];
  zone: string;
  now: number;
  onOpen: (id: string, tab?: InterviewTab) => void;
}

/** Interviews under a heading per calendar day in the viewer's zone. */
export function AgendaDays({ interviews, zone, now, onOpen }: Props) {
  const groups = useMemo(() => groupByDay(interviews, zone), [interviews, zone]);
  const loops = useMemo(() => new Map(interviews.map((i) => [i.id, i])), [interviews]);
  const today = calendarDateIn(now, zone);
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <section key={group.date} aria-label={dayLabel(group.date, today)}>
          <Group gap="xs" mb={8}>
            <Title order={3} fz="sm" fw={700} c={group.date === today ? undefined : "dimmed"}>
              {dayLabel(group.date, today)}
            </Title>
            <Badge size="xs" variant="default" circle>
              {group.items.length}
            </Badge>
          </Group>
          <Stack gap={6}>
            {group.items.map((interview) => (
              <InterviewRow
                key={interview.id}
                interview={interview}
                zone={zone}
                now={now}
                onOpen={onOpen}
                loopTitle={loopName(interview.parentId ? loops.get(interview.parentId) : undefined)}
              />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

/** A session names its loop when the loop is listed too (inside the loop's own view it is not). */
function loopName(loop: Interview | undefined): string | undefined {
  return loop ? (loop.title ?? "the onsite loop") : undefined;
}
