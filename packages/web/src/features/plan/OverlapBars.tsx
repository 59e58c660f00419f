import { Group, Stack, Text, Tooltip } from "@mantine/core";
import { overlapText } from "./plan-format";
import classes from "./PlanPage.module.css";

interface Props {
  expected: number;
  stdError: number;
  naive: number;
}

/** The plan's expected overlap beside the naive plan's ("start everything today"), as two bars. */
export function OverlapBars({ expected, stdError, naive }: Props) {
  // At least 1 on the scale, so a plan with almost no overlap does not look like a full bar.
  const max = Math.max(expected + stdError, naive, 1);
  const bar = (value: number) => `${Math.max(2, (value / max) * 100)}%`;
  return (
    <Stack gap={6} className={classes.overlap} aria-label="Expected overlapping offers">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fz="sm" fw={600}>
          This plan
        </Text>
        <Tooltip label="Desirability-weighted offers open together in the window, with its standard error">
          <Text fz="sm" fw={700} ff="monospace" data-testid="plan-overlap">
            {overlapText(expected, stdError)}
          </Text>
        </Tooltip>
      </Group>
      <div className={classes.overlapTrack}>
        <div className={classes.overlapFill} data-kind="plan" style={{ width: bar(expected) }} />
      </div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fz="sm" c="dimmed">
          Start everything today
        </Text>
        <Text fz="sm" c="dimmed" ff="monospace">
          {overlapText(naive)}
        </Text>
      </Group>
      <div className={classes.overlapTrack}>
        <div className={classes.overlapFill} data-kind="naive" style={{ width: bar(naive) }} />
      </div>
    </Stack>
  );
}
