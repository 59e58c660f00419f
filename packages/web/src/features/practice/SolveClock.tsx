import { Button, Group, Text, Tooltip } from "@mantine/core";
import { IconClock, IconHourglass, IconPlayerStop, IconRefresh, IconUserScan } from "@tabler/icons-react";
import { elapsedSeconds, formatClock, interviewCountdown, type SolveSession } from "./solve-session";

interface Props {
  session: SolveSession;
  now: number;
  onStartInterview: () => void;
  onEndInterview: () => void;
  onRestart: () => void;
}

/** The timer counting up, or in an interview the countdown that turns orange, then red. */
export function SolveClock({ session, now, onStartInterview, onEndInterview, onRestart }: Props) {
  const ended = session.endedAt !== undefined;
  if (session.interview) {
    const countdown = interviewCountdown(session, now);
    return (
      <Group gap="sm" wrap="nowrap">
        <Group gap={6} wrap="nowrap" role="timer" aria-label="Interview time left">
          <IconHourglass size={18} color={`var(--mantine-color-${countdown.color}-6)`} aria-hidden />
          <Text
            fw={700}
            fz="lg"
            ff="monospace"
            c={countdown.color === "gray" ? undefined : `${countdown.color}.7`}
            data-testid="countdown"
            data-color={countdown.color}
          >
            {formatClock(Math.max(0, countdown.remaining))}
          </Text>
        </Group>
        {ended ? (
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={onRestart}>
            Practise again
          </Button>
        ) : (
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconPlayerStop size={14} />}
            onClick={onEndInterview}
          >
            End interview
          </Button>
        )}
      </Group>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap">
      <Tooltip label={ended ? "Stopped at the accepted submit" : "Time on this problem"}>
        <Group gap={6} wrap="nowrap" role="timer" aria-label="Time on this problem">
          <IconClock size={18} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text fw={600} ff="monospace" data-testid="timer" c={ended ? "teal.7" : undefined}>
            {formatClock(elapsedSeconds(session, now))}
          </Text>
        </Group>
      </Tooltip>
      <Tooltip label="Start the clock again">
        <Button size="xs" variant="subtle" color="gray" onClick={onRestart} aria-label="Restart the timer">
          <IconRefresh size={14} />
        </Button>
      </Tooltip>
      <Tooltip label="45 minutes, difficulty hidden, a summary at the end" multiline w={220}>
        <Button size="xs" variant="light" leftSection={<IconUserScan size={14} />} onClick={onStartInterview}>
          Interview mode
        </Button>
      </Tooltip>
    </Group>
  );
}
