import {
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type DragMoveEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { addDaysToDate, type PlanInputJson, type TimingPlan } from "@loopwise/domain";
import { useElementSize } from "@mantine/hooks";
import { useMemo, useRef, useState } from "react";
import { dragChanges, dragId, parseDragId, type DragTarget } from "./timeline-drag";
import { timelineDates, timelineRows } from "./timeline-rows";
import { dragDays, spanOf, timelineScale, xOfDate } from "./timeline-scale";
import { TimelineAxis } from "./TimelineAxis";
import { TimelineRow } from "./TimelineRow";
import type { WhatIf } from "./use-what-if";
import classes from "./PlanTimeline.module.css";

const LABEL_WIDTH = 260; // as in PlanTimeline.module.css

interface Drag {
  target: DragTarget;
  origin: string;
  days: number;
}

interface Props {
  plan: TimingPlan;
  input: PlanInputJson;
  whatIf: WhatIf;
}

/** The Gantt: one row per company, the decision window across them all, today as a line. */
export function PlanTimeline({ plan, input, whatIf }: Props) {
  const { ref, width } = useElementSize();
  const [drag, setDragState] = useState<Drag | null>(null);
  // The drag handlers read the latest drag from a ref: pointer events outrun re-renders.
  const dragRef = useRef<Drag | null>(null);
  const setDrag = (next: Drag | null) => {
    dragRef.current = next;
    setDragState(next);
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 3 } }));
  const rows = useMemo(() => timelineRows(plan, input), [plan, input]);
  const window = plan.decisionWindow;
  // The scale is frozen while dragging, so the ground does not move under the pointer.
  const [frozen, setFrozen] = useState<ReturnType<typeof timelineScale> | null>(null);
  const fitted = useMemo(
    () => timelineScale(timelineDates(rows, window), input.today, Math.max(width - LABEL_WIDTH, 200)),
    [rows, window, input.today, width],
  );
  const scale = frozen ?? fitted;

  const dateOf = (target: DragTarget, fallback: string) =>
    drag && dragId(drag.target) === dragId(target) ? addDaysToDate(drag.origin, drag.days) : fallback;
  const shownWindow = {
    start: dateOf({ kind: "window", edge: "start" }, window.start),
    end: dateOf({ kind: "window", edge: "end" }, window.end),
  };
  const step = (target: DragTarget, origin: string, days: number) =>
    whatIf.commit(dragChanges(whatIf.changes, input, window, target, origin, days));

  const onDragStart = (event: DragStartEvent) => {
    const target = parseDragId(String(event.active.id));
    const origin = event.active.data.current?.date as string | undefined;
    if (!target || !origin) return;
    setFrozen(fitted);
    setDrag({ target, origin, days: 0 });
  };
  const onDragMove = (event: DragMoveEvent) => {
    const drag = dragRef.current;
    if (!drag) return;
    const days = dragDays(event.delta.x, scale.dayWidth);
    if (days === drag.days) return;
    setDrag({ ...drag, days });
    whatIf.preview(dragChanges(whatIf.changes, input, window, drag.target, drag.origin, days));
  };
  const onDragEnd = () => {
    const drag = dragRef.current;
    if (drag) step(drag.target, drag.origin, drag.days);
    setDrag(null);
    setFrozen(null);
  };
  const onDragCancel = () => {
    setDrag(null);
    setFrozen(null);
    whatIf.cancelPreview();
  };

  const windowSpan = spanOf(scale, shownWindow.start, shownWindow.end);
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const what = (id: string | number) => {
    const target = parseDragId(String(id));
    if (!target) return "the date";
    return target.kind === "start"
      ? `the start at ${names.get(target.id) ?? "a company"}`
      : `the window's ${target.edge}`;
  };
  const accessibility = {
    announcements: {
      onDragStart: ({ active }: { active: { id: string | number } }) => `Picked up ${what(active.id)}`,
      onDragOver: () => undefined,
      onDragEnd: ({ active }: { active: { id: string | number } }) => `Moved ${what(active.id)}`,
      onDragCancel: ({ active }: { active: { id: string | number } }) => `Put back ${what(active.id)}`,
    },
    screenReaderInstructions: { draggable: "Press the left or right arrow key to move it a day, with Shift a week." },
  };
  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <div ref={ref} className={classes.timeline} role="table" aria-label="Timeline per company">
        <div className={classes.overlay} style={{ left: LABEL_WIDTH }} aria-hidden>
          <div className={classes.window} style={windowSpan} />
          <div className={classes.today} style={{ left: xOfDate(scale, input.today) + scale.dayWidth / 2 }} />
        </div>
        <TimelineAxis
          scale={scale}
          window={shownWindow}
          onStep={(edge, days) => step({ kind: "window", edge }, whatIf.changes.window?.[edge] ?? window[edge], days)}
        />
        {rows.map((row) => (
          <TimelineRow
            key={row.id}
            row={row}
            scale={scale}
            start={dateOf({ kind: "start", id: row.id }, row.start)}
            onStep={(days) => step({ kind: "start", id: row.id }, whatIf.changes.starts[row.id] ?? row.start, days)}
          />
        ))}
      </div>
    </DndContext>
  );
}
