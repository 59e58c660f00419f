import { and, asc, desc, eq, gt, lt, ne, or, type SQL } from "drizzle-orm";
import {
  canFitBetween,
  Conflict,
  positionBetween,
  spreadPositions,
  type ApplicationId,
  type MoveInput,
  type Stage,
  type UserId,
} from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, stageHistory } from "../schema.js";
import { lockApplication } from "./applications.js";

type Slot = { id: string; position: string };

/**
 * Moves an application to a stage and a place in its column, in one transaction: the row, and a
 * history row when the stage changes. `afterId` is the card that will precede it, `beforeId` the
 * one that will follow; with neither it goes to the end of the column.
 */
export async function moveApplication(
  db: Db,
  userId: UserId,
  id: ApplicationId,
  move: MoveInput,
  now: string,
): Promise<{ stageChanged: boolean }> {
  return db.transaction(async (tx) => {
    const current = await lockApplication(tx, userId, id);
    let [after, before] = await neighbours(tx, userId, id, move);
    if (after && before && after.position > before.position) {
      throw new Conflict("afterId and beforeId are not in that order in the column; reload the board");
    }
    if (!canFitBetween(after?.position ?? null, before?.position ?? null)) {
      await respreadColumn(tx, userId, move.stage, id);
      [after, before] = await neighbours(tx, userId, id, move);
    }
    const position = positionBetween(after?.position ?? null, before?.position ?? null);
    const stageChanged = current.stage !== move.stage;
    await tx
      .update(applications)
      .set({ stage: move.stage, position, updatedAt: now, ...(stageChanged ? { stageEnteredAt: now } : {}) })
      .where(and(eq(applications.userId, userId), eq(applications.id, id)));
    if (stageChanged) {
      await tx
        .insert(stageHistory)
        .values({ userId, applicationId: id, fromStage: current.stage, toStage: move.stage, at: now });
    }
    return { stageChanged };
  });
}

/** The end position of a column, for a card added at its end (or its start). */
export async function edgePosition(db: Db, userId: UserId, stage: Stage, edge: "start" | "end"): Promise<string> {
  const [row] = await column(db, userId, stage)
    .orderBy(edge === "end" ? desc(applications.position) : asc(applications.position))
    .limit(1);
  return edge === "end" ? positionBetween(row?.position ?? null, null) : positionBetween(null, row?.position ?? null);
}

function column(db: Db, userId: UserId, stage: Stage, except?: string, extra?: SQL) {
  return db
    .select({ id: applications.id, position: applications.position })
    .from(applications)
    .where(
      and(
        eq(applications.userId, userId),
        eq(applications.stage, stage),
        except ? ne(applications.id, except) : undefined,
        extra,
      ),
    );
}

async function anchor(db: Db, userId: UserId, id: string, stage: Stage, field: string): Promise<Slot> {
  const [row] = await db
    .select({ id: applications.id, position: applications.position, stage: applications.stage })
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)));
  if (!row) throw new Conflict(`${field}: that card no longer exists; reload the board`);
  if (row.stage !== stage) throw new Conflict(`${field}: that card is no longer in this column; reload the board`);
  return row;
}

async function neighbours(
  db: Db,
  userId: UserId,
  id: string,
  move: MoveInput,
): Promise<[Slot | undefined, Slot | undefined]> {
  if (move.afterId === id || move.beforeId === id) throw new Conflict("A card cannot be placed next to itself");
  const after = move.afterId ? await anchor(db, userId, move.afterId, move.stage, "afterId") : undefined;
  const before = move.beforeId ? await anchor(db, userId, move.beforeId, move.stage, "beforeId") : undefined;
  if (after && before) return [after, before];
  if (after) {
    // The board orders by (position, id): a card sharing the anchor's key may follow it.
    const [next] = await column(
      db,
      userId,
      move.stage,
      id,
      or(
        gt(applications.position, after.position),
        and(eq(applications.position, after.position), gt(applications.id, after.id)),
      ),
    )
      .orderBy(asc(applications.position), asc(applications.id))
      .limit(1);
    return [after, next];
  }
  if (before) {
    const [previous] = await column(
      db,
      userId,
      move.stage,
      id,
      or(
        lt(applications.position, before.position),
        and(eq(applications.position, before.position), lt(applications.id, before.id)),
      ),
    )
      .orderBy(desc(applications.position), desc(applications.id))
      .limit(1);
    return [previous, before];
  }
  const [last] = await column(db, userId, move.stage, id).orderBy(desc(applications.position)).limit(1);
  return [last, undefined];
}

/** Rewrites a column's keys evenly, keeping its order; needed only when two cards share a key. */
async function respreadColumn(db: Db, userId: UserId, stage: Stage, except: string): Promise<void> {
  const rows = await column(db, userId, stage, except).orderBy(asc(applications.position), asc(applications.id));
  const keys = spreadPositions(rows.length);
  for (const [i, row] of rows.entries()) {
    await db
      .update(applications)
      .set({ position: keys[i]! })
      .where(and(eq(applications.userId, userId), eq(applications.id, row.id)));
  }
}
