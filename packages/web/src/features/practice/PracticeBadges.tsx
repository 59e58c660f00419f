import { Badge, Group } from "@mantine/core";
import type { Difficulty, PracticeStatus, Topic, Verdict } from "@loopwise/domain";
import { DIFFICULTY_COLORS, DIFFICULTY_LABELS, STATUS_COLORS, STATUS_LABELS, TOPIC_LABELS } from "./practice-labels";
import { VERDICT_VIEWS } from "./verdict-view";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <Badge
      color={DIFFICULTY_COLORS[difficulty]}
      variant="light"
      tt="none"
      data-testid="difficulty"
      style={{ flexShrink: 0, minWidth: "fit-content" }}
    >
      {DIFFICULTY_LABELS[difficulty]}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: PracticeStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === "solved" ? "filled" : "light"} tt="none" size="sm">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function VerdictBadge({ verdict, size = "sm" }: { verdict: Verdict; size?: "xs" | "sm" | "md" }) {
  const view = VERDICT_VIEWS[verdict];
  return (
    <Badge color={view.color} variant="light" tt="none" size={size} style={{ flexShrink: 0, minWidth: "fit-content" }}>
      {view.label}
    </Badge>
  );
}

export function TopicBadges({ topics }: { topics: readonly Topic[] }) {
  return (
    <Group gap={4} wrap="wrap">
      {topics.map((topic) => (
        <Badge key={topic} color="gray" variant="outline" tt="none" size="sm" fw={500}>
          {TOPIC_LABELS[topic]}
        </Badge>
      ))}
    </Group>
  );
}
