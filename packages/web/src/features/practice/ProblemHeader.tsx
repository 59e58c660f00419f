import { Anchor, Badge, Group, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import type { ProblemDetail } from "@loopwise/domain";
import type { ReactNode } from "react";
import { DifficultyBadge, StatusBadge, TopicBadges } from "./PracticeBadges";
import { minutesLabel } from "./practice-labels";

interface Props {
  problem: ProblemDetail;
  /** An interview hides the difficulty until its summary. */
  hideDifficulty: boolean;
  clock: ReactNode;
}

export function ProblemHeader({ problem, hideDifficulty, clock }: Props) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" mb="sm">
      <div style={{ minWidth: 0 }}>
        <Anchor component={Link} to="/practice" fz="xs" c="dimmed">
          <Group gap={4} wrap="nowrap" component="span">
            <IconArrowLeft size={12} /> Problems
          </Group>
        </Anchor>
        <Group gap="sm" wrap="wrap" mt={2}>
          <Title order={2} fz="h3">
            {problem.title}
          </Title>
          {hideDifficulty ? (
            <Badge color="gray" variant="outline" tt="none">
              Difficulty hidden
            </Badge>
          ) : (
            <DifficultyBadge difficulty={problem.difficulty} />
          )}
          <span data-testid="problem-status">
            <StatusBadge status={problem.status} />
          </span>
          <TopicBadges topics={problem.topics} />
          <Text fz="xs" c="dimmed">
            about {minutesLabel(problem.estimateMinutes)}
          </Text>
        </Group>
      </div>
      {clock}
    </Group>
  );
}
