import { Badge, Group, Tooltip } from "@mantine/core";
import { RED_FLAG_LABELS, type RedFlag } from "@loopwise/domain";
import { flagSet, visibleFlags } from "./red-flags";

interface Props {
  flags: readonly RedFlag[];
  /** Most badges to show; the rest fold into "+N" with their names in a tooltip. */
  room?: number;
}

/** An interview's red flags as small red badges; nothing when there are none. */
export function RedFlagBadges({ flags, room = 7 }: Props) {
  const { shown, more } = visibleFlags(flags, room);
  if (shown.length === 0 && more === 0) return null;
  const hidden = flagSet(flags).filter((flag) => !shown.includes(flag));
  return (
    <Group gap={4} aria-label="Red flags noticed">
      {shown.map((flag) => (
        <Badge key={flag} size="xs" color="red" variant="light" tt="none">
          {RED_FLAG_LABELS[flag]}
        </Badge>
      ))}
      {more > 0 && (
        <Tooltip label={hidden.map((flag) => RED_FLAG_LABELS[flag]).join(", ")}>
          <Badge size="xs" color="red" variant="outline" tt="none">
            +{more}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
