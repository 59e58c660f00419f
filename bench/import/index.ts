// bench/import: a 10,000-row CSV import through the HTTP route, on a fresh PGlite.
//
// It generates the tracker export the tests use (packages/server/test/fixtures/csv/generate.ts),
// opens a fresh PGlite data folder, and for each round (a new user, so nothing is a duplicate)
// times, in process (`app.request`):
//   preview  POST /api/import/csv/preview with the file (decode, parse, detect, propose a mapping);
//   check    the dry run: the whole file parsed, mapped and validated, duplicates looked up;
//   import   the real run, from the request to the NDJSON stream's "done" event (one transaction);
// and papaparse parsing the same text alone, so the ratio shows what mapping, validation and the
// database add. Memory: process.memoryUsage().rss is sampled every 5 ms, and each import's peak is
// reported above the process just before that import (garbage collected); the figure is the highest.
// It prints one JSON line on stdout; progress goes to stderr. BENCH_STRICT=1 fails on a missed
// target. Sizes: BENCH_IMPORT_ROWS (10,000), BENCH_IMPORT_ROUNDS (3), BENCH_PARSE_RUNS (5).
import { ensureLocalUser, createUser, openPglite } from "@loopwise/db";
import { createApp, systemClock } from "@loopwise/server";
import Papa from "papaparse";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { largeCsv } from "../../packages/server/test/fixtures/csv/generate.js";
import { median, ms, progress } from "../support/stats.js";

const settings = {
  rows: intFromEnv("BENCH_IMPORT_ROWS", 10_000),
  rounds: intFromEnv("BENCH_IMPORT_ROUNDS", 3),
  parseRuns: intFromEnv("BENCH_PARSE_RUNS", 5),
};

/** 10,000 rows in under 5 s on a laptop, within 256 MB of memory above the process at rest. */
const TARGETS = { rowsPerSecond: 2000, peakRssMb: 256 };

function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Samples rss every 5 ms from the moment it is made; `peakSince` answers the highest sample since
 * the last `mark`, so each import's peak is measured from the same resting baseline.
 */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  return {
    mark() {
      peak = process.memoryUsage().rss;
    },
    peakSince(): number {
      return Math.max(peak, process.memoryUsage().rss);
    },
    stop: () => clearInterval(timer),
  };
}

function papaparseAlone(text: string): number[] {
  const runs: number[] = [];
  for (let i = 0; i < settings.parseRuns; i++) {
    const start = performance.now();
    const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: "greedy" });
    runs.push(performance.now() - start);
    if (parsed.data.length !== settings.rows + 1) throw new Error(`papaparse read ${parsed.data.length} records`);
  }
  return runs;
}

type App = ReturnType<typeof createApp>;

function form(bytes: Uint8Array<ArrayBuffer>, mapping: unknown, dryRun: boolean): FormData {
  const body = new FormData();
  body.set("file", new File([bytes], "bench.csv", { type: "text/csv" }));
  body.set("mapping", JSON.stringify(mapping));
  body.set("dryRun", String(dryRun));
  return body;
}

interface Round {
  previewMs: number;
  checkMs: number;
  importMs: number;
  peakRssMb: number;
}

async function round(app: App, bytes: Uint8Array<ArrayBuffer>, rss: ReturnType<typeof rssSampler>): Promise<Round> {
  let start = performance.now();
  const preview = await app.request("/api/import/csv/preview", {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: bytes,
  });
  if (preview.status !== 200) throw new Error(`preview answered ${preview.status}: ${await preview.text()}`);
  const { mapping } = (await preview.json()) as { mapping: unknown };
  const previewMs = performance.now() - start;

  start = performance.now();
  const check = await app.request("/api/import/csv", { method: "POST", body: form(bytes, mapping, true) });
  const checked = (await check.json()) as { toCreate: number; errorCount: number };
  if (checked.toCreate !== settings.rows || checked.errorCount !== 0) {
    throw new Error(`the check found ${checked.toCreate} rows to add and ${checked.errorCount} errors`);
  }
  const checkMs = performance.now() - start;

  // What this import adds above the process just before it (garbage collected).
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  rss.mark();
  start = performance.now();
  const answer = await app.request("/api/import/csv", { method: "POST", body: form(bytes, mapping, false) });
  const lines = (await answer.text()).trim().split("\n");
  const last = JSON.parse(lines.at(-1)!) as { type: string; created?: number };
  const importMs = performance.now() - start;
  const peakBytes = rss.peakSince() - before;
  if (last.type !== "done" || last.created !== settings.rows) {
    throw new Error(`the import ended with ${JSON.stringify(last)}`);
  }
  return { previewMs, checkMs, importMs, peakRssMb: mb(peakBytes) };
}

async function main(): Promise<void> {
  const loadStart = loadavg()[0]!;
  const csv = largeCsv(settings.rows);
  const bytes = new TextEncoder().encode(csv.text);
  progress(`generated ${settings.rows} rows, ${mb(bytes.length)} MB`);
  const parseRuns = papaparseAlone(csv.text);
  progress(`papaparse alone: median ${ms(median(parseRuns))} ms`);

  const tmp = mkdtempSync(join(tmpdir(), "loopwise-bench-import-"));
  const opened = performance.now();
  const handle = await openPglite({ dataDir: join(tmp, "data") });
  progress(`PGlite: fresh data folder opened and migrated in ${ms(performance.now() - opened)} ms`);
  try {
    const users = [await ensureLocalUser(handle.db)];
    let current = users[0]!;
    const app = createApp({
      database: handle,
      clock: systemClock,
      version: "bench",
      random: Math.random,
      resolveUser: async () => current,
    });
    const rounds: Round[] = [];
    // The resting process: the database open, the app made, the file in memory, garbage collected
    // (run-bench starts every bench with --expose-gc). Each round's peak is measured above the
    // process just before that round's import; the figure is the highest.
    globalThis.gc?.();
    const baseline = process.memoryUsage().rss;
    const rss = rssSampler();
    for (let i = 0; i < settings.rounds; i++) {
      if (i > 0) current = await createUser(handle.db, `bench user ${i}`);
      rounds.push(await round(app, bytes, rss));
      const r = rounds.at(-1)!;
      progress(
        `round ${i + 1}/${settings.rounds}: import ${ms(r.importMs)} ms (check ${ms(r.checkMs)} ms, preview ${ms(r.previewMs)} ms), peak rss +${r.peakRssMb} MB`,
      );
    }
    rss.stop();
    const [row] = (await handle.rawQuery("select count(*)::int as n from applications")) as { n: number }[];
    if (row?.n !== settings.rows * settings.rounds) throw new Error(`the database holds ${row?.n} applications`);

    const importMs = median(rounds.map((r) => r.importMs));
    const parseMs = median(parseRuns);
    const rowsPerSecond = Math.round(settings.rows / (importMs / 1000));
    const peakRssMb = Math.max(...rounds.map((r) => r.peakRssMb));
    const met = { rowsPerSecond: rowsPerSecond >= TARGETS.rowsPerSecond, peakRssMb: peakRssMb <= TARGETS.peakRssMb };
    const result = {
      bench: "import",
      driver: "pglite",
      rows: settings.rows,
      fileMb: mb(bytes.length),
      companies: csv.companies,
      import: {
        medianMs: ms(importMs),
        rowsPerSecond,
        runsMs: rounds.map((r) => ms(r.importMs)),
        checkMedianMs: ms(median(rounds.map((r) => r.checkMs))),
        previewMedianMs: ms(median(rounds.map((r) => r.previewMs))),
      },
      memory: {
        baselineRssMb: mb(baseline),
        peakRssOverBaselineMb: peakRssMb,
        runsMb: rounds.map((r) => r.peakRssMb),
      },
      papaparse: {
        medianMs: ms(parseMs),
        rowsPerSecond: Math.round(settings.rows / (parseMs / 1000)),
        runsMs: parseRuns.map(ms),
      },
      // How many times longer the whole import takes than parsing the file alone.
      overheadRatio: Math.round((importMs / parseMs) * 10) / 10,
      targets: TARGETS,
      met: { ...met, all: Object.values(met).every(Boolean) },
      env: {
        node: process.version,
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? "unknown",
        loadAverage: { start: Math.round(loadStart * 100) / 100, end: Math.round(loadavg()[0]! * 100) / 100 },
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (!result.met.all) progress("a target was missed; see met in the JSON line");
    if (!result.met.all && process.env.BENCH_STRICT === "1") process.exitCode = 1;
  } finally {
    await handle.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
