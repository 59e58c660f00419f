import {
  deleteTask,
  foreignTaskLinks,
  getTask,
  insertTask,
  listTasks,
  updateTask,
  type Db,
  type TaskLinks,
} from "@loopwise/db";
import { Invalid, type TaskId, type TaskInput, type TaskPatch, type TaskQuery, type UserId } from "@loopwise/domain";
import { toTask } from "./tasks-dto.js";

const LINK_NAMES: Record<keyof TaskLinks, string> = {
  companyId: "company",
  applicationId: "application",
  contactId: "contact",
};

export async function list(db: Db, userId: UserId, query: TaskQuery) {
  return (await listTasks(db, userId, query)).map(toTask);
}

export async function get(db: Db, userId: UserId, id: TaskId) {
  return toTask(await getTask(db, userId, id));
}

export async function create(db: Db, userId: UserId, input: TaskInput, now: Date) {
  const at = now.toISOString();
  const id = await db.transaction(async (tx) => {
    await checkLinks(tx, userId, input);
    const { done, ...values } = input;
    return insertTask(tx, userId, { ...values, doneAt: done ? at : null }, at);
  });
  return get(db, userId, id);
}

export async function update(db: Db, userId: UserId, id: TaskId, patch: TaskPatch, now: Date) {
  await db.transaction(async (tx) => {
    await getTask(tx, userId, id);
    await checkLinks(tx, userId, patch);
    const { done, ...values } = patch;
    await updateTask(tx, userId, id, values, done, now.toISOString());
  });
  return get(db, userId, id);
}

export async function remove(db: Db, userId: UserId, id: TaskId) {
  await deleteTask(db, userId, id);
}

/** Each attached id must be the user's own row: another user's is the request's fault, a 400. */
async function checkLinks(db: Db, userId: UserId, links: TaskLinks) {
  const foreign = await foreignTaskLinks(db, userId, links);
  if (foreign.length === 0) return;
  const fields = Object.fromEntries(foreign.map((field) => [field, `names no ${LINK_NAMES[field]} of yours`]));
  const summary = foreign.map((field) => `${field} ${fields[field]}`).join("; ");
  throw new Invalid(`Invalid body: ${summary}`, fields);
}
