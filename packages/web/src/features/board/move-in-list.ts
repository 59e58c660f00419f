import { positionBetween, STAGES, type ApplicationSummary, type Stage } from "@loopwise/domain";

export interface MoveRequest {
  id: string;
  stage: Stage;
  /** The card that will precede the moved one in the target column. */
  afterId?: string;
  /** The card that will follow it. */
  beforeId?: string;
}

const stageOrder = (stage: Stage) => STAGES.indexOf(stage);

/** Where a card goes when it joins the end of a column, in a list ordered by stage then position. */
function endOfColumn(list: readonly ApplicationSummary[], stage: Stage): number {
  const order = stageOrder(stage);
  const next = list.findIndex((a) => stageOrder(a.stage) > order);
  return next < 0 ? list.length : next;
}

function keyBetween(
  previous: ApplicationSummary | undefined,
  next: ApplicationSummary | undefined,
  fallback: string,
): string {
  try {
    return positionBetween(previous?.position ?? null, next?.position ?? null);
  } catch {
    return fallback; // neighbours out of order; the refetch after the move brings the server's key
  }
}

/**
 * The board's list (stage order, then position) as it will be after a move: what the optimistic
 * update shows until the server answers. Other cards keep their object identity, so only the
 * columns that changed re-render.
 */
export function moveInList(
  list: readonly ApplicationSummary[],
  move: MoveRequest,
  nowIso: string,
): ApplicationSummary[] {
  const moving = list.find((a) => a.id === move.id);
  if (!moving) return list.slice();
  const rest = list.filter((a) => a.id !== move.id);
  const inTarget = (a: ApplicationSummary | undefined) => (a?.stage === move.stage ? a : undefined);
  const after = inTarget(rest.find((a) => a.id === move.afterId));
  const before = inTarget(rest.find((a) => a.id === move.beforeId));
  const index = after ? rest.indexOf(after) + 1 : before ? rest.indexOf(before) : endOfColumn(rest, move.stage);
  const stageChanged = moving.stage !== move.stage;
  const moved: ApplicationSummary = {
    ...moving,
    stage: move.stage,
    position: keyBetween(inTarget(rest[index - 1]), inTarget(rest[index]), moving.position),
    ...(stageChanged ? { stageEnteredAt: nowIso, daysInStage: 0 } : {}),
  };
  return [...rest.slice(0, index), moved, ...rest.slice(index)];
}
