import { useDraggable } from "@dnd-kit/core";
import type { ApplicationSummary } from "@loopwise/domain";
import { memo, type KeyboardEvent } from "react";
import { useBoardActions, type KeyboardDirection } from "./board-actions";
import { CardBody } from "./CardBody";
import classes from "./Board.module.css";
import { applicationName } from "../../components/application-name";

const ARROWS: Record<string, KeyboardDirection> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/**
 * The thin, focusable, draggable shell of a card. dnd-kit re-renders it when a drag starts, ends
 * or changes column; the memoized CardBody inside does not re-render then.
 */
export const DraggableCard = memo(function DraggableCard({ application }: { application: ApplicationSummary }) {
  const { open, keyboardMove } = useBoardActions();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: application.id,
    data: { application },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      keyboardMove(application.id, direction);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open(application.id);
    }
  };

  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      role="button"
      tabIndex={0}
      aria-roledescription="card"
      aria-label={applicationName(application)}
      data-testid="card"
      data-id={application.id}
      data-dragging={isDragging || undefined}
      className={classes.cardShell}
      onClick={() => open(application.id)}
      onKeyDown={onKeyDown}
    >
      <CardBody application={application} />
    </div>
  );
});
