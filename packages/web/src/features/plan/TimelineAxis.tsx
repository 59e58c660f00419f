import { Text } from "@mantine/core";
import { DragHandle } from "./DragHandle";
import { dayMonth } from "./plan-format";
import { weekStarts, xOfDate, type TimelineScale } from "./timeline-scale";
import type { DateWindow } from "./what-if";
import classes from "./PlanTimeline.module.css";

interface Props {
  scale: TimelineScale;
  window: DateWindow;
  onStep: (edge: "start" | "end", days: number) => void;
}

/** The week labels, with the decision window's two edges as handles. */
export function TimelineAxis({ scale, window, onStep }: Props) {
  return (
    <div className={`${classes.row} ${classes.axisRow}`} role="row">
      <div className={classes.label} role="columnheader">
        <Text fz="xs" c="dimmed">
          Company · odds in window
        </Text>
      </div>
      <div className={classes.axis} role="columnheader">
        {weekStarts(scale).map((monday) => (
          <span key={monday} className={classes.tick} style={{ left: xOfDate(scale, monday) }}>
            {dayMonth(monday)}
          </span>
        ))}
        <DragHandle
          target={{ kind: "window", edge: "start" }}
          date={window.start}
          left={xOfDate(scale, window.start)}
          variant="window"
          label={`Decision window starts ${dayMonth(window.start)}`}
          onStep={(days) => onStep("start", days)}
        />
        <DragHandle
          target={{ kind: "window", edge: "end" }}
          date={window.end}
          left={xOfDate(scale, window.end) + scale.dayWidth}
          variant="window"
          label={`Decision window ends ${dayMonth(window.end)}`}
          onStep={(days) => onStep("end", days)}
        />
      </div>
    </div>
  );
}
