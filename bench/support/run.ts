import { cpus, loadavg } from "node:os";
import { progress } from "./stats.js";

/** A positive whole number from the environment, or `fallback` when the variable is unset. */
export function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

/** The PostgreSQL server to time beside PGlite, if the environment names one. */
export function postgresUrlFromEnv(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** What a bench reports for PostgreSQL when none is named. */
export const POSTGRES_SKIPPED = { skipped: "set BENCH_DATABASE_URL or DATABASE_URL to time PostgreSQL too" };

/** The one-minute load average, rounded as the JSON line carries it. */
export function loadNow(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

/**
 * The machine the figures come from. Other work on it shows in the tails; the load average at the
 * start (`loadStart`, from `loadNow()`) and at the end says how much there was.
 */
export function machineInfo(loadStart: number) {
  return {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    loadAverage: { start: loadStart, end: loadNow() },
  };
}

/** Prints the one JSON line on stdout; a missed target is said on stderr, and fails the run with BENCH_STRICT=1. */
export function report(result: object, allMet: boolean): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (allMet) return;
  progress("a target was missed; see met in the JSON line");
  if (process.env.BENCH_STRICT === "1") process.exitCode = 1;
}
