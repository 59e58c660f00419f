import type { DragEndEvent, DragOverEvent, DragStartEvent } from "@dnd-kit/core";
import { isStage, type ApplicationSummary, type Stage } from "@loopwise/domain";
import { useCallback, useEffect, useRef, type RefObject } from "react";
import { activeDragStore, dropTargetStore, gapAt, setDropTarget } from "./board-drag-store";
import type { Columns } from "./use-stable-columns";

/**
 * The drag handlers. They write to the drag stores, never to React state of the board, so a drag
 * re-renders only the columns it touches. The gap under the pointer is recomputed on pointer moves
 * and on scrolls (auto-scroll moves the cards under a still pointer).
 */
export function useBoardDnd(columnsRef: RefObject<Columns>, drop: (id: string, stage: Stage, gap: number) => void) {
  const pointerY = useRef(0);
  const overStage = useRef<Stage | null>(null);
  const cleanup = useRef<(() => void) | null>(null);

  const update = useCallback(() => {
    const stage = overStage.current;
    if (!stage) return setDropTarget(null, 0);
    setDropTarget(stage, gapAt(stage, pointerY.current, columnsRef.current[stage].length));
  }, [columnsRef]);

  const stop = useCallback(() => {
    cleanup.current?.();
    cleanup.current = null;
    overStage.current = null;
    activeDragStore.set(null);
    dropTargetStore.set(null);
  }, []);

  const onDragStart = useCallback(
    (event: DragStartEvent) => {
      const application = event.active.data.current?.application as ApplicationSummary | undefined;
      if (!application) return;
      const start = event.activatorEvent as PointerEvent;
      pointerY.current = start.clientY;
      const onMove = (e: PointerEvent) => {
        pointerY.current = e.clientY;
        update();
      };
      window.addEventListener("pointermove", onMove, { passive: true });
      window.addEventListener("scroll", update, { capture: true, passive: true });
      cleanup.current = () => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("scroll", update, { capture: true });
      };
      activeDragStore.set({ id: application.id, stage: application.stage });
    },
    [update],
  );

  const onDragOver = useCallback(
    (event: DragOverEvent) => {
      const id = event.over ? String(event.over.id) : null;
      overStage.current = id && isStage(id) ? id : null;
      update();
    },
    [update],
  );

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      update();
      const target = dropTargetStore.get();
      const id = String(event.active.id);
      stop();
      if (event.over && target) drop(id, target.stage, target.gap);
    },
    [drop, stop, update],
  );

  useEffect(() => stop, [stop]);

  return { onDragStart, onDragOver, onDragEnd, onDragCancel: stop };
}
