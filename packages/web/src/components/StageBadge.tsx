import { Badge, type BadgeProps } from "@mantine/core";
import { stageLabel, type Stage } from "@loopwise/domain";
import { STAGE_COLORS } from "./stage-colors";

export function StageBadge({ stage, ...props }: { stage: Stage } & BadgeProps) {
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light" radius="sm" tt="none" fw={600} {...props}>
      {stageLabel(stage)}
    </Badge>
  );
}
