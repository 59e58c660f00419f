import { useDraggable } from "@dnd-kit/core";
import type { KeyboardEvent } from "react";
import { dragId, type DragTarget } from "./timeline-drag";
import classes from "./PlanTimeline.module.css";

interface Props {
  target: DragTarget;
  /** The date the handle stands on (its position is the caller's). */
  date: string;
  left: number;
  label: string;
  variant: "start" | "window";
  /** Arrow keys: one day back or forward. */
  onStep: (days: number) => void;
}

/** A handle dragged horizontally (the timeline snaps it to days); arrow keys move it a day. */
export function DragHandle({ target, date, left, label, variant, onStep }: Props) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: dragId(target), data: { date } });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    onStep((event.key === "ArrowLeft" ? -1 : 1) * (event.shiftKey ? 7 : 1));
  };
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={classes.handle}
      data-variant={variant}
      data-dragging={isDragging || undefined}
      style={{ left }}
      {...listeners}
      {...attributes}
      // dnd-kit's keyboard sensor is off: the arrows move the date directly.
      onKeyDown={onKeyDown}
      aria-roledescription="draggable date"
      aria-label={label}
      title={`${label}. Drag, or use the arrow keys (Shift for a week).`}
    />
  );
}
