import { failure, type Connection } from "../connection.js";
import { describeBytes, type Io } from "./output.js";

/** Writes a backup now, into the backup folder of the Loopwise holding the data. */
export async function runBackup(connection: Connection, io: Io): Promise<void> {
  const res = await connection.request("/api/backups", { method: "POST" });
  if (!res.ok) throw await failure(res, "back up");
  const { backup } = (await res.json()) as { backup: { path: string; bytes: number } };
  io.print(`Backed up ${connection.where}\n  to ${backup.path} (${describeBytes(backup.bytes)})`);
}
