import { and, asc, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import {
  canFitBetween,
  Conflict,
  NotFound,
  positionBetween,
  spreadPositions,
  type ApplicationId,
  type MoveInput,
  type Stage,
  type UserId,
} from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, stageHistory } from "../schema.js";
import type { ApplicationRow } from "./applications.js";

type Slot = { id: string; position: string; stage?: string };

interface MovePlan {
  stage: Stage;
  companyName: string;
  companyTier: number | null;
  after: Slot | null;
  before: Slot | null;
  /** The card on the open side of a lone anchor, or the column's last card when none is given. */
  neighbour: Slot | null;
}

/**
 * Moves an application to a stage and a place in its column, in one transaction: the row, and a
 * history row when the stage changes. `afterId` is the card that will precede it, `beforeId` the
 * one that will follow; with neither it goes to the end of the column. Answers the moved row.
 */
export async function moveApplication(
  db: Db,
  userId: UserId,
  id: ApplicationId,
  move: MoveInput,
  now: string,
): Promise<ApplicationRow> {
  if (move.afterId === id || move.beforeId === id) throw new Conflict("A card cannot be placed next to itself");
  return db.transaction(async (tx) => {
    let plan = await planMove(tx, userId, id, move);
    let [after, before] = slots(plan, move);
    if (!canFitBetween(after?.position ?? null, before?.position ?? null)) {
      if (after && before && after.position > before.position) {
        throw new Conflict("afterId and beforeId are not in that order in the column; reload the board");
      }
      // Two cards share a key (concurrent moves into one slot): spread the column, then plan again.
      await respreadColumn(tx, userId, move.stage, id);
      plan = await planMove(tx, userId, id, move);
      [after, before] = slots(plan, move);
    }
    const position = positionBetween(after?.position ?? null, before?.position ?? null);
    const stageChanged = plan.stage !== move.stage;
    const [row] = await tx
      .update(applications)
      .set({ stage: move.stage, position, updatedAt: now, ...(stageChanged ? { stageEnteredAt: now } : {}) })
      .where(and(eq(applications.userId, userId), eq(applications.id, id)))
      .returning();
    if (stageChanged) {
      await tx
        .insert(stageHistory)
        .values({ userId, applicationId: id, fromStage: plan.stage, toStage: move.stage, at: now });
    }
    return { ...row!, companyName: plan.companyName, companyTier: plan.companyTier };
  });
}

function slots(plan: MovePlan, move: MoveInput): [Slot | null, Slot | null] {
  for (const [field, slot] of [
    ["afterId", plan.after],
    ["beforeId", plan.before],
  ] as const) {
    if (!move[field]) continue;
    if (!slot) throw new Conflict(`${field}: that card no longer exists; reload the board`);
    if (slot.stage !== move.stage)
      throw new Conflict(`${field}: that card is no longer in this column; reload the board`);
  }
  if (plan.after && plan.before) return [plan.after, plan.before];
  if (plan.after) return [plan.after, plan.neighbour];
  if (plan.before) return [plan.neighbour, plan.before];
  return [plan.neighbour, null];
}

/**
 * One statement: lock the moved row, read its company, the anchors, and the neighbour the anchors
 * leave open, in the board's order (position, then id, so a shared key still has a side).
 */
async function planMove(db: Db, userId: UserId, id: ApplicationId, move: MoveInput): Promise<MovePlan> {
  const slot = (anchorId: string | null | undefined) =>
    anchorId
      ? sql`(select json_build_object('id', a.id, 'position', a.position, 'stage', a.stage)
            from ${applications} a where a.user_id = ${userId} and a.id = ${anchorId})`
      : sql`null::json`;
  const anchor = (anchorId: string) =>
    sql`(select a.position, a.id from ${applications} a where a.user_id = ${userId} and a.id = ${anchorId})`;
  let side: SQL | undefined;
  if (move.afterId && !move.beforeId)
    side = sql`and (n.position, n.id) > ${anchor(move.afterId)} order by n.position, n.id`;
  if (move.beforeId && !move.afterId)
    side = sql`and (n.position, n.id) < ${anchor(move.beforeId)} order by n.position desc, n.id desc`;
  if (!move.afterId && !move.beforeId) side = sql`order by n.position desc, n.id desc`;
  const neighbour = side
    ? sql`(select json_build_object('id', n.id, 'position', n.position) from ${applications} n
          where n.user_id = ${userId} and n.stage = ${move.stage} and n.id <> ${id} ${side} limit 1)`
    : sql`null::json`;
  const result = await db.execute<Record<string, unknown>>(sql`
    select m.stage, c.name as company_name, c.tier as company_tier,
      ${slot(move.afterId)} as after, ${slot(move.beforeId)} as before, ${neighbour} as neighbour
    from ${applications} m join ${companies} c on c.id = m.company_id and c.user_id = m.user_id
    where m.user_id = ${userId} and m.id = ${id}
    for update of m`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
  if (!row) throw new NotFound("No such application");
  return {
    stage: row.stage as Stage,
    companyName: row.company_name as string,
    companyTier: (row.company_tier as number | null) ?? null,
    after: json(row.after),
    before: json(row.before),
    neighbour: json(row.neighbour),
  };
}

/** node-postgres and PGlite both parse json columns; accept text too, to be safe across drivers. */
function json(value: unknown): Slot | null {
  if (value === null || value === undefined) return null;
  return (typeof value === "string" ? JSON.parse(value) : value) as Slot;
}

/** The end position of a column, for a card added at its end (or its start). */
export async function edgePosition(db: Db, userId: UserId, stage: Stage, edge: "start" | "end"): Promise<string> {
  const [row] = await column(db, userId, stage)
    .orderBy(edge === "end" ? desc(applications.position) : asc(applications.position))
    .limit(1);
  return edge === "end" ? positionBetween(row?.position ?? null, null) : positionBetween(null, row?.position ?? null);
}

function column(db: Db, userId: UserId, stage: Stage, except?: string) {
  return db
    .select({ id: applications.id, position: applications.position })
    .from(applications)
    .where(
      and(
        eq(applications.userId, userId),
        eq(applications.stage, stage),
        except ? ne(applications.id, except) : undefined,
      ),
    );
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
