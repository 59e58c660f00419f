import { Group, Text } from "@mantine/core";
import classes from "./PlanTimeline.module.css";

const ITEMS = [
  ["bar", "Stage, to its likely end"],
  ["band", "Likely range of the end (10–90%)"],
  ["offer", "Offer expected (◆ most likely)"],
  ["deadline", "Offer deadline"],
  ["today", "Today"],
  ["window", "Decision window"],
] as const;

/** What the marks on the timeline mean, and how to move them. */
export function TimelineLegend() {
  return (
    <Group justify="space-between" gap="xs" align="flex-start">
      <Group gap="md">
        {ITEMS.map(([kind, label]) => (
          <Text key={kind} fz="xs" c="dimmed">
            <span className={classes.legend} data-kind={kind} />
            {label}
          </Text>
        ))}
      </Group>
      <Text fz="xs" c="dimmed">
        <span className={classes.legend} data-kind="handle" />
        Drag a start (not yet applied) or the window&apos;s edges to see &ldquo;what if&rdquo;; focused, arrow keys move
        a day.
      </Text>
    </Group>
  );
}
