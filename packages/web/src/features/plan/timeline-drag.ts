import { addDaysToDate, type PlanInputJson } from "@loopwise/domain";
import { moveStart, moveWindowEdge, type DateWindow, type WhatIfChanges } from "./what-if";

/** What can be dragged on the timeline: a company's start, or an edge of the decision window. */
export type DragTarget = { kind: "start"; id: string } | { kind: "window"; edge: "start" | "end" };

export function dragId(target: DragTarget): string {
  return target.kind === "start" ? `start:${target.id}` : `window:${target.edge}`;
}

export function parseDragId(id: string): DragTarget | null {
  const [kind, rest] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
  if (kind === "start" && rest) return { kind: "start", id: rest };
  if (kind === "window" && (rest === "start" || rest === "end")) return { kind: "window", edge: rest };
  return null;
}

/** The changes after moving `target` from `origin` by `days` (a drag snapped to days, or an arrow key). */
export function dragChanges(
  changes: WhatIfChanges,
  input: PlanInputJson,
  window: DateWindow,
  target: DragTarget,
  origin: string,
  days: number,
): WhatIfChanges {
  const date = addDaysToDate(origin, days);
  return target.kind === "start"
    ? moveStart(changes, input, target.id, date)
    : moveWindowEdge(changes, window, target.edge, date, input.today);
}
