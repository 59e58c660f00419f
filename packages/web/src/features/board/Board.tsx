import {
  DndContext,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
} from "@dnd-kit/core";
import { ActionIcon, Tooltip } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { IconChevronsLeft, IconChevronsRight } from "@tabler/icons-react";
import {
  CLOSED_STAGES,
  isClosedStage,
  OPEN_STAGES,
  stageLabel,
  type ApplicationSummary,
  type Stage,
} from "@loopwise/domain";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { KEYBOARD_MOVE_HINT } from "../../components/shortcuts";
import { useOpenApplication } from "../../components/use-open-application";
import { BoardActionsContext, type BoardActions } from "./board-actions";
import { BoardColumn } from "./BoardColumn";
import { BoardDragOverlay } from "./BoardDragOverlay";
import { useBoardDnd } from "./use-board-dnd";
import { useBoardMoves } from "./use-board-moves";
import { useStableColumns } from "./use-stable-columns";
import classes from "./Board.module.css";

// The pointer decides the column; near a column's edge fall back to overlap.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

// Module constants: a new options object would give dnd-kit new sensors, and re-render every card.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };

const accessibility = {
  screenReaderInstructions: { draggable: KEYBOARD_MOVE_HINT },
  announcements: {
    onDragStart: () => "Picked up the card.",
    onDragOver: ({ over }: { over: { id: string | number } | null }) =>
      over ? `Over ${stageLabel(over.id as ApplicationSummary["stage"])}.` : undefined,
    onDragEnd: () => undefined,
    onDragCancel: () => "Move cancelled.",
  },
};

export function Board({ applications }: { applications: ApplicationSummary[] }) {
  const columns = useStableColumns(applications);
  const columnsRef = useRef(columns);
  useEffect(() => {
    columnsRef.current = columns;
  }, [columns]);

  const [closedCollapsed, setClosedCollapsed] = useLocalStorage({
    key: "loopwise-closed-collapsed",
    defaultValue: false,
  });
  const expandClosed = useCallback(() => setClosedCollapsed(false), [setClosedCollapsed]);
  const reveal = useCallback(
    (stage: Stage) => {
      if (isClosedStage(stage)) expandClosed();
    },
    [expandClosed],
  );

  const open = useOpenApplication();
  const { drop, keyboardMove } = useBoardMoves(columnsRef, reveal);
  const dnd = useBoardDnd(columnsRef, drop);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS));

  const actions = useMemo<BoardActions>(() => ({ open, keyboardMove }), [open, keyboardMove]);

  return (
    <BoardActionsContext.Provider value={actions}>
      <DndContext sensors={sensors} collisionDetection={collision} accessibility={accessibility} {...dnd}>
        <div className={classes.board} data-testid="board">
          {OPEN_STAGES.map((stage) => (
            <BoardColumn key={stage} stage={stage} applications={columns[stage]} />
          ))}
          <div className={classes.closedDivider}>
            <Tooltip label={closedCollapsed ? "Show closed columns" : "Collapse closed columns"} position="top">
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                onClick={() => setClosedCollapsed(!closedCollapsed)}
                aria-label={closedCollapsed ? "Show closed columns" : "Collapse closed columns"}
                aria-expanded={!closedCollapsed}
              >
                {closedCollapsed ? <IconChevronsLeft size={16} /> : <IconChevronsRight size={16} />}
              </ActionIcon>
            </Tooltip>
            <span className={classes.closedLabel}>Closed</span>
          </div>
          {CLOSED_STAGES.map((stage) => (
            <BoardColumn
              key={stage}
              stage={stage}
              applications={columns[stage]}
              closed
              collapsed={closedCollapsed}
              onExpand={expandClosed}
            />
          ))}
        </div>
        <BoardDragOverlay />
      </DndContext>
    </BoardActionsContext.Provider>
  );
}
