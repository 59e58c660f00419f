import { createContext, useContext } from "react";

export type KeyboardDirection = "left" | "right" | "up" | "down";

/** What a card can ask of the board. The value never changes, so reading it re-renders nothing. */
export interface BoardActions {
  open(id: string): void;
  keyboardMove(id: string, direction: KeyboardDirection): void;
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error("useBoardActions outside the board");
  return actions;
}
