import { neighbourStage, stageLabel, type ApplicationSummary, type Stage } from "@loopwise/domain";
import { useCallback, useEffect, useRef, type RefObject } from "react";
import { useMoveApplication } from "../../api/use-move-application";
import { announce } from "../../components/announce";
import { applicationName } from "../../components/application-name";
import type { KeyboardDirection } from "./board-actions";
import { requestCardFocus } from "./board-drag-store";
import { neighboursForDrop, neighboursForStep, type Neighbours } from "./drop-neighbours";
import type { MoveRequest } from "./move-in-list";
import type { Columns } from "./use-stable-columns";

function findCard(columns: Columns, id: string): ApplicationSummary | undefined {
  for (const column of Object.values(columns)) {
    const card = column.find((a) => a.id === id);
    if (card) return card;
  }
  return undefined;
}

/**
 * The board's moves (drop and keyboard), as stable callbacks that read the latest columns from a
 * ref. `reveal` is told the stage a keyboard move goes to, so a collapsed column can open and the
 * moved card keep the focus.
 */
export function useBoardMoves(columnsRef: RefObject<Columns>, reveal: (stage: Stage) => void) {
  const { mutate } = useMoveApplication();
  const mutateRef = useRef(mutate);
  useEffect(() => {
    mutateRef.current = mutate;
  });

  const send = useCallback(
    (card: ApplicationSummary, stage: Stage, neighbours: Neighbours) => {
      const request: MoveRequest = { id: card.id, stage, ...neighbours };
      mutateRef.current(request);
      if (stage !== card.stage) {
        announce(`Moved ${applicationName(card)} to ${stageLabel(stage)}`);
        return;
      }
      const column = columnsRef.current[stage];
      const others = column.filter((a) => a.id !== card.id);
      const place = neighbours.afterId ? others.findIndex((a) => a.id === neighbours.afterId) + 2 : 1;
      announce(`Moved ${applicationName(card)} to position ${place} of ${column.length} in ${stageLabel(stage)}`);
    },
    [columnsRef],
  );

  const drop = useCallback(
    (id: string, stage: Stage, gap: number) => {
      const card = findCard(columnsRef.current, id);
      if (!card) return;
      const neighbours = neighboursForDrop(columnsRef.current[stage], id, gap);
      if (neighbours) send(card, stage, neighbours);
    },
    [columnsRef, send],
  );

  const keyboardMove = useCallback(
    (id: string, direction: KeyboardDirection) => {
      const card = findCard(columnsRef.current, id);
      if (!card) return;
      if (direction === "left" || direction === "right") {
        const stage = neighbourStage(card.stage, direction === "right" ? 1 : -1);
        if (!stage)
          return announce(
            `${applicationName(card)} is already in the ${direction === "right" ? "last" : "first"} stage`,
          );
        reveal(stage);
        requestCardFocus(id);
        send(card, stage, {});
        return;
      }
      const neighbours = neighboursForStep(columnsRef.current[card.stage], id, direction === "down" ? 1 : -1);
      if (!neighbours)
        return announce(`${applicationName(card)} is already at the ${direction === "down" ? "bottom" : "top"}`);
      requestCardFocus(id);
      send(card, card.stage, neighbours);
    },
    [columnsRef, send, reveal],
  );

  return { drop, keyboardMove };
}
