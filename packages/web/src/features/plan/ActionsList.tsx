import { Button, Stack, Text, Title } from "@mantine/core";
import type { TimingPlan } from "@loopwise/domain";
import { useState } from "react";
import { ActionCard } from "./ActionCard";

const FIRST = 5;

/** The actions that raise the odds, best first; the long tail of small ones behind a button. */
export function ActionsList({ plan }: { plan: TimingPlan }) {
  const [all, setAll] = useState(false);
  const names = new Map(plan.companies.map((c) => [c.id, c.name]));
  const shown = all ? plan.actions : plan.actions.slice(0, FIRST);
  return (
    <Stack gap="sm">
      <Title order={4}>Actions</Title>
      {plan.actions.length === 0 ? (
        <Text c="dimmed" fz="sm">
          Nothing to change: the plan as it stands gives the best overlap the planner found. Keep to the next steps
          below.
        </Text>
      ) : (
        shown.map((action, index) => (
          <ActionCard
            key={`${action.kind}:${action.applicationId}:${index}`}
            action={action}
            company={names.get(action.applicationId) ?? "A company"}
          />
        ))
      )}
      {plan.actions.length > FIRST && (
        <Button variant="subtle" size="xs" onClick={() => setAll((a) => !a)} style={{ alignSelf: "flex-start" }}>
          {all ? "Show the best only" : `Show all ${plan.actions.length} actions`}
        </Button>
      )}
    </Stack>
  );
}
