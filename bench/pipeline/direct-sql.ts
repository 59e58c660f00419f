import type { PGlite } from "@electric-sql/pglite";
import { applicationListQuery, type DatabaseHandle } from "@loopwise/db";
import { applicationQuerySchema, positionBetween, type Stage, type UserId } from "@loopwise/domain";
import { PgDialect } from "drizzle-orm/pg-core";
import type pg from "pg";

// The baselines: the statements the app sends, run straight on the driver with no Drizzle, Hono
// or zod. The list is the app's own query object rendered to text, so it is the same SQL to the
// letter; the move is the same three statements as moveApplication, written out.

const dialect = new PgDialect();

/** The default list (`archived=exclude`, board order, limit 5000) exactly as the endpoint runs it. */
export function listStatement(userId: string, now: string): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(applicationListQuery(userId as UserId, applicationQuerySchema.parse({}), now));
}

const PLAN_SQL = `select m.stage, c.name as company_name, c.tier as company_tier,
    (select json_build_object('id', a.id, 'position', a.position, 'stage', a.stage)
       from applications a where a.user_id = $1 and a.id = $3) as after,
    (select json_build_object('id', n.id, 'position', n.position) from applications n
       where n.user_id = $1 and n.stage = $4 and n.id <> $2
         and (n.position, n.id) > (select a.position, a.id from applications a where a.user_id = $1 and a.id = $3)
       order by n.position, n.id limit 1) as neighbour
  from applications m join companies c on c.id = m.company_id and c.user_id = m.user_id
  where m.user_id = $1 and m.id = $2
  for update of m`;
const UPDATE_SQL = `update applications set stage = $1, position = $2, updated_at = $3, stage_entered_at = $3
  where user_id = $4 and id = $5 returning *`;
const HISTORY_SQL = `insert into stage_history (user_id, application_id, from_stage, to_stage, at)
  values ($1, $2, $3, $4, $5)`;

type Query = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
type Slot = { id: string; position: string; stage?: string } | null;

export interface Direct {
  list(userId: string): Promise<{ json: string }[]>;
  /** One move in one transaction: plan (lock, company, anchor, successor), update, history. */
  move(userId: string, id: string, stage: Stage, afterId: string, now: string): Promise<void>;
}

/**
 * The driver, through `DatabaseHandle.rawQuery` for reads, and the driver's own transaction
 * (PGlite's `transaction`, a pooled pg client) for the move, since `rawQuery` on a pool cannot
 * hold a transaction across statements.
 */
export function directOn(handle: DatabaseHandle & { client?: PGlite; pool?: pg.Pool }): Direct {
  const inTransaction = async (work: (query: Query) => Promise<void>) => {
    if (handle.client) {
      await handle.client.transaction(async (tx) => {
        await work(async (text, params) => (await tx.query<Record<string, unknown>>(text, params)).rows);
      });
      return;
    }
    if (!handle.pool) throw new Error("the bench needs the handle's PGlite client or pg pool");
    const client = await handle.pool.connect();
    try {
      await client.query("begin");
      await work(async (text, params) => (await client.query(text, params)).rows);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    async list(userId) {
      const { sql, params } = listStatement(userId, new Date().toISOString());
      return (await handle.rawQuery(sql, params)) as { json: string }[];
    },
    move: (userId, id, stage, afterId, now) =>
      inTransaction(async (query) => {
        const [plan] = await query(PLAN_SQL, [userId, id, afterId, stage]);
        if (!plan) throw new Error(`no application ${id}`);
        const after = plan.after as Slot;
        if (!after || after.stage !== stage) throw new Error(`the anchor ${afterId} is not in ${stage}`);
        const next = plan.neighbour as Slot;
        const position = positionBetween(after.position, next?.position ?? null);
        await query(UPDATE_SQL, [stage, position, now, userId, id]);
        await query(HISTORY_SQL, [userId, id, plan.stage, stage, now]);
      }),
  };
}
