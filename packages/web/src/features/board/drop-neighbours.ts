export interface Neighbours {
  afterId?: string;
  beforeId?: string;
}

/**
 * The neighbours of a card dropped into the gap `gap` (0 = above the first card, n = below the
 * last) of a column as displayed, which may still show the dragged card at its old place.
 * Null when the drop leaves the card where it is.
 */
export function neighboursForDrop(
  column: readonly { id: string }[],
  draggedId: string,
  gap: number,
): Neighbours | null {
  const from = column.findIndex((card) => card.id === draggedId);
  if (from >= 0 && (gap === from || gap === from + 1)) return null;
  const rest = column.filter((card) => card.id !== draggedId);
  const wanted = from >= 0 && gap > from ? gap - 1 : gap;
  const index = Math.min(Math.max(wanted, 0), rest.length);
  return { afterId: rest[index - 1]?.id, beforeId: rest[index]?.id };
}

/** The neighbours for moving a card one place up (-1) or down (+1) in its column, or null at an edge. */
export function neighboursForStep(column: readonly { id: string }[], id: string, step: -1 | 1): Neighbours | null {
  const from = column.findIndex((card) => card.id === id);
  if (from < 0) return null;
  const to = from + step;
  if (to < 0 || to >= column.length) return null;
  return neighboursForDrop(column, id, step === 1 ? from + 2 : from - 1);
}
