import { Badge, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { IconAdjustmentsHorizontal, IconArrowBackUp } from "@tabler/icons-react";
import type { TimingPlan } from "@loopwise/domain";
import { OverlapBars } from "./OverlapBars";
import { dateRange, weekdayDate } from "./plan-format";
import classes from "./PlanPage.module.css";

interface Props {
  plan: TimingPlan;
  changed: boolean;
  pending: boolean;
  onReset: () => void;
  onConstraints: () => void;
}

/** The decision window, the expected overlap against the naive plan, and the plan's controls. */
export function PlanHeader({ plan, changed, pending, onReset, onConstraints }: Props) {
  const { start, end, chosen } = plan.decisionWindow;
  return (
    <Card withBorder radius="md" p="md" className={classes.header}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <Stack gap={4}>
          <Text fz="xs" tt="uppercase" fw={700} c="dimmed">
            Decision window
          </Text>
          <Group gap="xs" align="baseline">
            <Title order={3}>{dateRange(start, end)}</Title>
            <Badge
              variant="light"
              color={chosen === "given" ? "blue" : "teal"}
              title={chosen === "given" ? "The window you set" : "Where the best set of offers can be ready"}
            >
              {chosen === "given" ? "yours" : "planned"}
            </Badge>
          </Group>
          <Text fz="sm" c="dimmed">
            {weekdayDate(start)} to {weekdayDate(end)}: the days to have your offers open together.
          </Text>
          <Group gap="xs" mt={6}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconAdjustmentsHorizontal size={14} />}
              onClick={onConstraints}
            >
              Constraints
            </Button>
            {changed && (
              <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={onReset}>
                Reset what-if
              </Button>
            )}
            {changed && (
              <Badge variant="outline" color="grape" size="sm">
                What if
              </Badge>
            )}
            {pending && <Loader size="xs" type="dots" aria-label="Re-planning" />}
          </Group>
        </Stack>
        <OverlapBars
          expected={plan.expectedOverlap}
          stdError={plan.expectedOverlapStdError}
          naive={plan.naiveOverlap}
        />
      </Group>
    </Card>
  );
}
