import { Group, Text } from "@mantine/core";
import { IconAlarm, IconCheck } from "@tabler/icons-react";
import { shortDate, todayIso } from "../../lib/dates";
import { followUpState } from "./follow-up";

const COLORS = { overdue: "red", today: "orange", upcoming: undefined, done: "dimmed" } as const;
const WORDS = { overdue: "overdue", today: "today", upcoming: "", done: "done" } as const;

/** A follow-up date, red and said to be overdue when it has passed, so colour is never the only sign. */
export function FollowUpDate({ on, done = false, fz = "sm" }: { on: string; done?: boolean; fz?: string }) {
  const state = followUpState(on, done, todayIso());
  const Icon = state === "done" ? IconCheck : IconAlarm;
  return (
    <Group gap={4} wrap="nowrap" c={COLORS[state]} fz={fz} style={{ whiteSpace: "nowrap" }}>
      <Icon size={14} aria-hidden style={{ flexShrink: 0 }} />
      <Text span inherit fw={state === "overdue" ? 600 : undefined} td={state === "done" ? "line-through" : undefined}>
        {shortDate(on)}
      </Text>
      {WORDS[state] && (
        <Text span inherit>
          · {WORDS[state]}
        </Text>
      )}
    </Group>
  );
}
