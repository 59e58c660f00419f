import { Badge, Tooltip } from "@mantine/core";
import { IconHourglass } from "@tabler/icons-react";
import { deadlineStatus, type DeadlineUrgency } from "@loopwise/domain";
import { shortDate, todayIso } from "../../lib/dates";

const COLORS: Record<DeadlineUrgency, string> = { calm: "blue", soon: "orange", urgent: "red", past: "gray" };

/** "Answer in 3 days", coloured as the deadline nears; nothing without a deadline. */
export function DeadlineBadge({ deadline, size = "sm" }: { deadline: string | null; size?: "xs" | "sm" | "md" }) {
  if (!deadline) {
    return (
      <Badge size={size} variant="outline" color="gray" tt="none">
        No deadline
      </Badge>
    );
  }
  const status = deadlineStatus(deadline, todayIso());
  const text = status.urgency === "past" ? `Deadline passed ${status.label}` : `Answer ${status.label}`;
  return (
    <Tooltip label={`Deadline ${shortDate(deadline)}`} withArrow>
      <Badge
        size={size}
        variant={status.urgency === "calm" ? "light" : "filled"}
        color={COLORS[status.urgency]}
        tt="none"
        leftSection={<IconHourglass size={12} />}
      >
        {text}
      </Badge>
    </Tooltip>
  );
}
