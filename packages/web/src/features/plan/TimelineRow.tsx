import { isStage, stageLabel } from "@loopwise/domain";
import { Group, Text } from "@mantine/core";
import { Desirability } from "../../components/Desirability";
import { STAGE_COLORS } from "../../components/stage-colors";
import { DragHandle } from "./DragHandle";
import { dateRange, dayMonth, percent } from "./plan-format";
import type { TimelineRow as Row } from "./timeline-rows";
import { spanOf, xOfDate, type TimelineScale } from "./timeline-scale";
import classes from "./PlanTimeline.module.css";

interface Props {
  row: Row;
  scale: TimelineScale;
  /** Where the start handle stands (moved while dragging). */
  start: string;
  onStep: (days: number) => void;
}

const stageName = (stage: string) => (isStage(stage) ? stageLabel(stage) : stage);
const stageColor = (stage: string) => (isStage(stage) ? STAGE_COLORS[stage] : "gray");

/** One company: its label and odds, then its remaining stages as bars over their uncertainty. */
export function TimelineRow({ row, scale, start, onStep }: Props) {
  return (
    <div className={classes.row} role="row">
      <div className={classes.label} role="rowheader">
        <Text fw={600} fz="sm" truncate title={row.name}>
          {row.name}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Desirability value={row.desirability} />
          <Text fz="xs" c="dimmed" title="Chance its offer is open in the decision window">
            {percent(row.pOpenInWindow)} in window
          </Text>
        </Group>
      </div>
      <div className={classes.track} role="cell">
        {row.segments.map((segment) => {
          const band = spanOf(scale, segment.p10, segment.p90);
          const bar = spanOf(scale, segment.from, segment.to);
          const color = stageColor(segment.stage);
          const title = `${stageName(segment.stage)}: ends about ${dayMonth(segment.to)} (likely ${dateRange(segment.p10, segment.p90)})`;
          return (
            <div key={segment.stage}>
              <div
                className={classes.band}
                style={{ ...band, background: `var(--mantine-color-${color}-light)` }}
                title={title}
              />
              <div
                className={classes.bar}
                style={{ ...bar, background: `var(--mantine-color-${color}-filled)` }}
                title={title}
              >
                <span className={classes.barText}>{stageName(segment.stage)}</span>
              </div>
            </div>
          );
        })}
        {row.offer && (
          <>
            <div
              className={classes.offerBand}
              style={spanOf(scale, row.offer.p10, row.offer.p90)}
              title={`Offer expected ${dateRange(row.offer.p10, row.offer.p90)} (most likely ${dayMonth(row.offer.p50)})`}
            />
            <div className={classes.offerMark} style={{ left: xOfDate(scale, row.offer.p50) + scale.dayWidth / 2 }} />
          </>
        )}
        {row.deadline && (
          <div
            className={classes.deadline}
            style={{ left: xOfDate(scale, row.deadline) + scale.dayWidth }}
            title={`Offer deadline ${dayMonth(row.deadline)}`}
            aria-label={`Offer deadline ${dayMonth(row.deadline)}`}
          />
        )}
        {row.movable && (
          <DragHandle
            target={{ kind: "start", id: row.id }}
            date={start}
            left={xOfDate(scale, start)}
            variant="start"
            label={`Start at ${row.name}: ${dayMonth(start)}`}
            onStep={onStep}
          />
        )}
      </div>
    </div>
  );
}
