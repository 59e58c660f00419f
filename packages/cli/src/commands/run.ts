import type { Clock } from "@loopwise/server";
import type { DataCommand } from "../args.js";
import type { Config } from "../config.js";
import { connect } from "../connection.js";
import { runBackup } from "./backup.js";
import { prepareExport, runExport } from "./export.js";
import { prepareDocument, runImport, runRestore } from "./import.js";
import { processIo, type Io } from "./output.js";

/**
 * export, import, backup and restore: check what can be checked locally first (the file to read,
 * the file not to overwrite), then reach the data and call the API, then let the data go.
 */
export async function runDataCommand(
  command: DataCommand,
  config: Config,
  io: Io = processIo,
  options: { clock?: Clock } = {},
): Promise<void> {
  if (command.kind === "export") prepareExport(command, io);
  const body = command.kind === "import" || command.kind === "restore" ? await prepareDocument(command) : "";
  const connection = await connect(config, options);
  try {
    switch (command.kind) {
      case "export":
        return await runExport(command, connection, io);
      case "import":
        return await runImport(command.file, body, connection, io);
      case "restore":
        return await runRestore(command.file, body, connection, io);
      case "backup":
        return await runBackup(connection, io);
    }
  } finally {
    await connection.close();
  }
}
