import { Badge, type BadgeProps } from "@mantine/core";
import { INTERVIEW_KIND_LABELS, type InterviewKind } from "@loopwise/domain";
import { KIND_COLORS } from "./interview-labels";

export function KindBadge({ kind, ...props }: { kind: InterviewKind } & BadgeProps) {
  return (
    <Badge color={KIND_COLORS[kind]} variant="light" radius="sm" tt="none" {...props}>
      {INTERVIEW_KIND_LABELS[kind]}
    </Badge>
  );
}
