import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parseCommand, type DataCommand } from "../src/args.js";
import { runDataCommand } from "../src/commands/run.js";
import type { Config } from "../src/config.js";
import { builtCli } from "./built-cli.js";

export const NOW = new Date("2025-03-01T12:00:00.000Z");

/**
 * Runs a data command in this process, as `loopwise <argv>` would, and collects what it prints,
 * the bytes it writes to standard output and the progress lines it shows; never throws.
 */
export async function attempt(config: Config, ...argv: string[]) {
  const lines: string[] = [];
  const stdout: Uint8Array[] = [];
  const progress: string[] = [];
  let error: unknown;
  try {
    await runDataCommand(parseCommand(argv) as DataCommand, config, {
      print: (line) => lines.push(line),
      writeStdout: (data) => stdout.push(data),
      progress: (text) => progress.push(text),
      now: () => NOW,
    });
  } catch (thrown) {
    error = thrown;
  }
  const printed = lines.join("\n");
  return { printed, lines: printed.split("\n"), stdout: Buffer.concat(stdout).toString("utf8"), progress, error };
}

/** As `attempt`, throwing what the command throws. */
export async function run(config: Config, ...argv: string[]) {
  const outcome = await attempt(config, ...argv);
  if (outcome.error !== undefined) throw outcome.error;
  return outcome;
}

/** The real `loopwise` (the built one), in its own process (no terminal: pipes for stdout and stderr). */
export async function cli(config: Config, cwd: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOOPWISE_HOME: config.home };
  delete env.PORT;
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [builtCli(), ...args], {
      cwd,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
