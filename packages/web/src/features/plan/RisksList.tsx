import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { PlanRisk } from "@loopwise/domain";
import { useState } from "react";
import { percent, riskSeverity, SEVERITY_COLORS } from "./plan-format";
import classes from "./PlanPage.module.css";

const FIRST = 4;

/** What could go wrong, with its chance, in the planner's order (the most pressing first), coloured by how serious it is. */
export function RisksList({ risks }: { risks: readonly PlanRisk[] }) {
  const [all, setAll] = useState(false);
  const sorted = risks;
  const shown = all ? sorted : sorted.slice(0, FIRST);
  return (
    <Stack gap="sm">
      <Title order={4}>Risks</Title>
      {sorted.length === 0 ? (
        <Text c="dimmed" fz="sm">
          No risk stands out: no offer is likely to expire before the others arrive.
        </Text>
      ) : (
        shown.map((risk, index) => {
          const color = SEVERITY_COLORS[riskSeverity(risk)];
          return (
            <Card
              key={`${risk.kind}:${risk.applicationIds.join(",")}:${index}`}
              withBorder
              radius="md"
              p="sm"
              className={classes.risk}
              style={{ borderLeftColor: `var(--mantine-color-${color}-filled)` }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Badge color={color} variant="light" miw={52} style={{ flexShrink: 0 }}>
                  {percent(risk.probability)}
                </Badge>
                <Text fz="sm">{risk.message}</Text>
              </Group>
            </Card>
          );
        })
      )}
      {sorted.length > FIRST && (
        <Button variant="subtle" size="xs" onClick={() => setAll((a) => !a)} style={{ alignSelf: "flex-start" }}>
          {all ? "Show the most pressing only" : `Show all ${sorted.length} risks`}
        </Button>
      )}
    </Stack>
  );
}
