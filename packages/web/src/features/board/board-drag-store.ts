import type { Stage } from "@loopwise/domain";
import { createStore, useStoreSelector } from "../../lib/create-store";

/** Where a dragged card would land: a column and a gap (0 = above its first card). */
export interface DropTarget {
  stage: Stage;
  gap: number;
}

/** The card being dragged and the column it comes from. */
export interface ActiveDrag {
  id: string;
  stage: Stage;
}

export const dropTargetStore = createStore<DropTarget | null>(null);
export const activeDragStore = createStore<ActiveDrag | null>(null);

/** The drop gap for one column, or null: only the column under the pointer re-renders. */
export function useDropGap(stage: Stage): number | null {
  return useStoreSelector(dropTargetStore, (target) => (target?.stage === stage ? target.gap : null));
}

/** The id of the card being dragged out of this column, or null. */
export function useActiveDragId(stage: Stage): string | null {
  return useStoreSelector(activeDragStore, (active) => (active?.stage === stage ? active.id : null));
}

export function setDropTarget(stage: Stage | null, gap: number): void {
  const current = dropTargetStore.get();
  if (stage === null) dropTargetStore.set(null);
  else if (current?.stage !== stage || current.gap !== gap) dropTargetStore.set({ stage, gap });
}

/** Each mounted column tells how a pointer's y maps to a gap, from its virtualizer's measurements. */
type GapFinder = (clientY: number) => number;
const gapFinders = new Map<Stage, GapFinder>();

export function registerGapFinder(stage: Stage, finder: GapFinder): () => void {
  gapFinders.set(stage, finder);
  return () => {
    if (gapFinders.get(stage) === finder) gapFinders.delete(stage);
  };
}

/** The gap under the pointer; a collapsed or empty column takes drops at its end. */
export function gapAt(stage: Stage, clientY: number, columnLength: number): number {
  return gapFinders.get(stage)?.(clientY) ?? columnLength;
}

/**
 * A card moved by keyboard (or just added) is re-focused where it lands, once its column has
 * rendered it. A request not met soon lapses (the card is filtered out, or was added from another
 * page), so it cannot steal the focus later when that card happens to render.
 */
const FOCUS_REQUEST_MS = 3000;
let pendingFocus: { id: string; until: number } | null = null;

export function requestCardFocus(id: string): void {
  pendingFocus = { id, until: performance.now() + FOCUS_REQUEST_MS };
}

export function peekCardFocus(): string | null {
  if (pendingFocus && performance.now() > pendingFocus.until) pendingFocus = null;
  return pendingFocus?.id ?? null;
}

export function clearCardFocus(): void {
  pendingFocus = null;
}
