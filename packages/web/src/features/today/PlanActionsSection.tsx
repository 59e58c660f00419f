import { Anchor } from "@mantine/core";
import { IconTimeline } from "@tabler/icons-react";
import type { TodayPlanAction } from "@loopwise/domain";
import { Link } from "@tanstack/react-router";
import { PlanActionRow } from "./PlanActionRow";
import { TodaySection } from "./TodaySection";

interface Props {
  actions: TodayPlanAction[];
  today: string;
}

/** The timing plan's actions due in the next three days, best first; the whole plan is on /plan. */
export function PlanActionsSection({ actions, today }: Props) {
  return (
    <TodaySection
      title="Plan"
      icon={<IconTimeline size={18} />}
      count={actions.length}
      empty="Nothing to time this week. Open the plan to see when each process should move."
      color="grape"
      action={
        <Anchor component={Link} to="/plan" fz="xs">
          Open the plan
        </Anchor>
      }
    >
      {actions.map((action) => (
        <PlanActionRow key={`${action.kind}-${action.applicationId}`} action={action} today={today} />
      ))}
    </TodaySection>
  );
}
