import { DragOverlay, useDndContext } from "@dnd-kit/core";
import type { ApplicationSummary } from "@loopwise/domain";
import { CardBody } from "./CardBody";
import classes from "./Board.module.css";

/** The card under the pointer while dragging; only this component follows the pointer. */
export function BoardDragOverlay() {
  const { active } = useDndContext();
  const application = active?.data.current?.application as ApplicationSummary | undefined;
  return (
    <DragOverlay dropAnimation={{ duration: 160, easing: "cubic-bezier(0.2, 0, 0, 1)" }}>
      {application ? (
        <div className={classes.overlay}>
          <CardBody application={application} />
        </div>
      ) : null}
    </DragOverlay>
  );
}
