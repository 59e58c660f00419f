import { Badge, Button, Group, Paper, Text } from "@mantine/core";
import { IconClockPlus, IconHourglass } from "@tabler/icons-react";
import { deadlineStatus, type DeadlineUrgency } from "@loopwise/domain";
import { todayIso } from "../../lib/dates";
import { longDate } from "../today/today-format";

const URGENCY_COLORS: Record<DeadlineUrgency, string> = { calm: "blue", soon: "orange", urgent: "red", past: "gray" };

interface Props {
  deadline: string | null;
  /** The plan says to ask for time on this offer: offer the shortcut whatever the days left. */
  timeAdvised: boolean;
  onAskForTime: () => void;
}

/** The offer's deadline with its countdown; near, past or when the plan advises it, a shortcut to ask for more time. */
export function DeadlineCountdown({ deadline, timeAdvised, onAskForTime }: Props) {
  if (!deadline) {
    return (
      <Paper withBorder radius="md" p="sm">
        <Group gap="xs" wrap="nowrap">
          <IconHourglass size={18} aria-hidden color="var(--mantine-color-dimmed)" />
          <Text fz="sm" c="dimmed">
            No deadline recorded. Ask the recruiter when they need an answer, and add it to the offer.
          </Text>
        </Group>
      </Paper>
    );
  }
  const status = deadlineStatus(deadline, todayIso());
  const color = URGENCY_COLORS[status.urgency];
  const pressing = status.urgency !== "calm";
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      style={pressing ? { borderColor: `var(--mantine-color-${color}-filled)` } : undefined}
      data-testid="offer-deadline"
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <IconHourglass size={20} aria-hidden color={`var(--mantine-color-${color}-filled)`} />
          <div>
            <Text fz="sm" fw={600}>
              {status.urgency === "past" ? "The deadline has passed" : `Answer ${status.label}`}
            </Text>
            <Text fz="xs" c="dimmed">
              {longDate(deadline)}
            </Text>
          </div>
          <Badge color={color} variant="light" tt="none">
            {status.daysLeft < 0 ? status.label : status.daysLeft === 1 ? "1 day left" : `${status.daysLeft} days left`}
          </Badge>
        </Group>
        {(status.daysLeft <= 7 || timeAdvised) && (
          <Button
            size="xs"
            variant="light"
            color={color}
            leftSection={<IconClockPlus size={14} />}
            onClick={onAskForTime}
          >
            Ask for more time
          </Button>
        )}
      </Group>
    </Paper>
  );
}
