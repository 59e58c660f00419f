import type { Clock } from "@loopwise/server";
import type { DataCommand } from "../args.js";
import type { Config } from "../config.js";
import { connect, type Connection } from "../connection.js";
import { runBackup } from "./backup.js";
import { prepareExport, runExport } from "./export.js";
import { readExportFile } from "./files.js";
import { runCsvImport } from "./import-csv.js";
import { readImportSource, runImport, runRestore } from "./import.js";
import { processIo, type Io } from "./output.js";

type Work = (connection: Connection) => Promise<void>;

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
  const work = await prepare(command, io);
  const connection = await connect(config, options);
  try {
    await work(connection);
  } finally {
    await connection.close();
  }
}

/** The local checks, answering what to do once connected. */
async function prepare(command: DataCommand, io: Io): Promise<Work> {
  switch (command.kind) {
    case "export":
      prepareExport(command, io);
      return (connection) => runExport(command, connection, io);
    case "import": {
      const source = await readImportSource(command);
      return source.kind === "csv"
        ? (connection) => runCsvImport(command.file, source.bytes, command, connection, io)
        : (connection) => runImport(command.file, source.text, connection, io);
    }
    case "restore": {
      const body = await readExportFile(command.file);
      return (connection) => runRestore(command.file, body, connection, io);
    }
    case "backup":
      return (connection) => runBackup(connection, io);
  }
}
