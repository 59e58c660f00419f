import { eq } from "drizzle-orm";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { users } from "../schema.js";

/** The one user of local mode, created on first start. */
export async function ensureLocalUser(db: Db): Promise<UserId> {
  await db.insert(users).values({ name: "Local user", isLocal: true }).onConflictDoNothing();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.isLocal, true));
  if (!row) throw new Error("the local user could not be created");
  return row.id as UserId;
}

export async function createUser(db: Db, name: string, email: string | null = null): Promise<UserId> {
  const [row] = await db.insert(users).values({ name, email }).returning({ id: users.id });
  return row!.id as UserId;
}
