// bench/pipeline: the board's two hot requests and the start, with 2,000 applications.
//
// On a fresh PGlite data folder (and on PostgreSQL too when BENCH_DATABASE_URL or DATABASE_URL
// is set) it seeds a search of 2,000 applications over 300 companies across every stage, then
// times, interleaved round by round:
//   list  GET /api/applications (the whole board) through the app in process (`app.request`)
//         and over a real socket, against the same SELECT run on the driver (`rawQuery`);
//   move  POST /api/applications/:id/move to another column after a card, against the same
//         transaction run on the driver (lock row, read anchor and successor, update, history);
//   start the built CLI (`node packages/cli/dist/loopwise.js --no-open --port N`) from spawn to
//         the first 200 of GET /api/health, on an empty home and on the seeded one.
// PGlite is timed as the app leaves it after a restart (it runs no autovacuum, so no planner
// statistics unless the app runs ANALYZE; BENCH_ANALYZE=1 runs one first, to see the difference);
// PostgreSQL after an ANALYZE, as its autovacuum would have done by then.
// It prints one JSON line on stdout; progress goes to stderr. BENCH_STRICT=1 fails on a missed
// target. Sizes: BENCH_APPLICATIONS, BENCH_LIST_ITERATIONS, BENCH_MOVE_ITERATIONS, BENCH_START_RUNS.
import { createUser, ensureLocalUser, openPglite, openPostgres, type DatabaseHandle } from "@loopwise/db";
import { seededRandom, type UserId } from "@loopwise/domain";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { benchApp } from "../support/app.js";
import { close, listen } from "../support/http.js";
import { createTempDatabases } from "../support/postgres.js";
import { intFromEnv, loadNow, machineInfo, POSTGRES_SKIPPED, postgresUrlFromEnv, report } from "../support/run.js";
import { median, ms, progress } from "../support/stats.js";
import { directOn } from "./direct-sql.js";
import { BoardModel, measureList, measureMove, sender, type ListFigures, type MoveFigures } from "./measure.js";
import { seed, type Seeded } from "./seed.js";
import { timeStart } from "./start-time.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "packages/cli/dist/loopwise.js");

const settings = {
  applications: intFromEnv("BENCH_APPLICATIONS", 2000),
  companies: intFromEnv("BENCH_COMPANIES", 300),
  listWarmup: 20,
  listIterations: intFromEnv("BENCH_LIST_ITERATIONS", 200),
  moveWarmup: 50,
  moveIterations: intFromEnv("BENCH_MOVE_ITERATIONS", 500),
  startRuns: intFromEnv("BENCH_START_RUNS", 3),
};

const TARGETS = { listP95Ms: 25, moveP95Ms: 10, overheadRatio: 2, startMs: 2000 };

/** The CLI bundle, built when missing or older than the sources it bundles. */
function ensureCliBundle(): string {
  const sources = ["cli/src", "db/src", "db/migrations", "server/src", "domain/src"].map((p) =>
    join(ROOT, "packages", p),
  );
  const newest = Math.max(...sources.flatMap((dir) => mtimes(dir)));
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newest) return CLI;
  progress(existsSync(CLI) ? "the CLI bundle is older than its sources: rebuilding" : "building the CLI bundle");
  const build = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/build-cli.ts")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("node --import tsx scripts/build-cli.ts failed");
  return CLI;
}

function mtimes(dir: string): number[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs);
}

interface DriverFigures {
  seedMs: number;
  /** Whether the planner had table statistics (ANALYZE) when the timing ran. */
  plannerStatistics: boolean;
  list: ListFigures;
  move: MoveFigures;
}

/** Writes the search for `userId`: 2,000 applications over 300 companies, every stage. */
async function seedSearch(handle: DatabaseHandle, userId: UserId): Promise<{ seeded: Seeded; seedMs: number }> {
  const start = performance.now();
  const seeded = await seed(handle.db, userId, {
    applications: settings.applications,
    companies: settings.companies,
    random: seededRandom(20_260_101),
    now: new Date(),
  });
  const seedMs = ms(performance.now() - start);
  progress(`seeded ${seeded.applicationIds.length} applications over ${seeded.companies} companies in ${seedMs} ms`);
  return { seeded, seedMs };
}

async function hasStatistics(handle: DatabaseHandle): Promise<boolean> {
  const [row] = (await handle.rawQuery("select reltuples from pg_class where relname = 'applications'")) as {
    reltuples: number;
  }[];
  return Number(row?.reltuples) >= 0;
}

/** Times the list and the move against the seeded database. */
async function benchDriver(
  handle: DatabaseHandle,
  userId: UserId,
  { seeded, seedMs }: { seeded: Seeded; seedMs: number },
): Promise<DriverFigures> {
  const plannerStatistics = await hasStatistics(handle);
  progress(`planner statistics: ${plannerStatistics ? "present" : "none (the tables were never analyzed)"}`);
  const app = benchApp(handle, userId, ["127.0.0.1", "localhost", "[::1]", "::1"]);
  const server = await listen(app.fetch);
  try {
    const inProcess = sender((url, init) => Promise.resolve(app.request(url, init)), "http://127.0.0.1");
    const http = sender(fetch, `http://127.0.0.1:${server.port}`);
    const direct = directOn(handle);
    const list = await measureList(
      { inProcess, http, direct, userId, expected: settings.applications },
      settings.listWarmup,
      settings.listIterations,
    );
    progress(`list p95: app ${list.p95} ms, HTTP ${list.httpP95} ms, driver ${list.directP95} ms`);
    const board = new BoardModel(seeded.columns, seededRandom(7));
    const move = await measureMove(
      { inProcess, http, direct, userId, board },
      settings.moveWarmup,
      settings.moveIterations,
    );
    progress(`move p95: app ${move.p95} ms, HTTP ${move.httpP95} ms, driver ${move.directP95} ms`);
    await checkBoard(handle, userId, board);
    return { seedMs, plannerStatistics, list, move };
  } finally {
    await close(server);
  }
}

/** Every move landed: the database's columns are the ones the bench believes in. */
async function checkBoard(handle: DatabaseHandle, userId: string, board: BoardModel): Promise<void> {
  const rows = (await handle.rawQuery("select id, stage from applications where user_id = $1", [userId])) as {
    id: string;
    stage: string;
  }[];
  const wrong = rows.filter((row) => board.stages().get(row.id) !== row.stage);
  if (wrong.length > 0 || rows.length !== board.stages().size) {
    throw new Error(`${wrong.length} applications are not in the column the moves put them in`);
  }
}

interface StartFigures {
  empty: number;
  existing: number;
  firstList: number;
  emptyRuns: number[];
  existingRuns: number[];
}

/** Starts the CLI `runs` times on empty data and on the seeded data; medians and every run. */
async function benchStarts(
  emptyEnv: () => NodeJS.ProcessEnv,
  existingEnv: NodeJS.ProcessEnv,
  runs: number,
): Promise<StartFigures> {
  const empty: number[] = [];
  const existing: number[] = [];
  const lists: number[] = [];
  for (let i = 0; i < runs; i++) {
    empty.push((await timeStart(CLI, emptyEnv(), false)).healthMs);
    const seeded = await timeStart(CLI, existingEnv, true);
    if (seeded.listRows !== settings.applications) {
      throw new Error(`the CLI on the seeded data lists ${seeded.listRows} applications`);
    }
    existing.push(seeded.healthMs);
    lists.push(seeded.listMs!);
    progress(`start ${i + 1}/${runs}: empty ${ms(empty.at(-1)!)} ms, existing ${ms(seeded.healthMs)} ms`);
  }
  return {
    empty: ms(median(empty)),
    existing: ms(median(existing)),
    firstList: ms(median(lists)),
    emptyRuns: empty.map(ms),
    existingRuns: existing.map(ms),
  };
}

function cliEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "BENCH_DATABASE_URL", "PORT", "LOOPWISE_HOME"]) delete env[name];
  for (const [name, value] of Object.entries(overrides)) if (value !== undefined) env[name] = value;
  return env;
}

function judge(figures: DriverFigures, start: StartFigures | undefined) {
  const met = {
    listP95: Math.max(figures.list.p95, figures.list.httpP95 ?? 0) < TARGETS.listP95Ms,
    moveP95: Math.max(figures.move.p95, figures.move.httpP95 ?? 0) < TARGETS.moveP95Ms,
    // The overhead at the median and at the tail: both must stay under the target.
    listRatio: Math.max(figures.list.ratioP50, figures.list.ratioP95) < TARGETS.overheadRatio,
    moveRatio: Math.max(figures.move.ratioP50, figures.move.ratioP95) < TARGETS.overheadRatio,
    ...(start ? { startEmpty: start.empty < TARGETS.startMs, startExisting: start.existing < TARGETS.startMs } : {}),
  };
  return { ...met, all: Object.values(met).every(Boolean) };
}

async function benchPglite(tmp: string) {
  progress("PGlite: creating a fresh data folder (initdb + migrations)");
  const home = join(tmp, "home-seeded");
  mkdirSync(home);
  const dataDir = join(home, "data");
  const opened = performance.now();
  let handle = await openPglite({ dataDir });
  progress(`PGlite: opened and migrated in ${ms(performance.now() - opened)} ms`);
  let figures: DriverFigures;
  try {
    const userId = await ensureLocalUser(handle.db);
    const seeded = await seedSearch(handle, userId);
    // Reopen the folder as a restart of the app would, so whatever the app does when it opens
    // its database (or does not do: PGlite runs no autovacuum) shapes what is measured.
    await handle.close();
    handle = await openPglite({ dataDir });
    if (process.env.BENCH_ANALYZE === "1") await handle.rawQuery("analyze");
    figures = await benchDriver(handle, userId, seeded);
  } finally {
    await handle.close();
  }
  progress(`start: the CLI, ${settings.startRuns} times each on an empty home and on the seeded one`);
  spawnSync(process.execPath, [CLI, "--version"], { stdio: "ignore" }); // warms the file cache only
  let n = 0;
  const start = await benchStarts(
    () => cliEnv({ LOOPWISE_HOME: join(tmp, `home-empty-${n++}`) }),
    cliEnv({ LOOPWISE_HOME: home }),
    settings.startRuns,
  );
  return { ...figures, startMs: start, met: judge(figures, start) };
}

async function benchPostgres(url: string, tmp: string) {
  const temp = await createTempDatabases(url, 1 + settings.startRuns);
  if ("error" in temp) {
    // No CREATEDB: a throwaway user in the given database, deleted (with its rows) at the end.
    progress(`PostgreSQL: ${temp.error}; using a throwaway user in the given database, no start timing`);
    const handle = await openPostgres({ url });
    const userId = await createUser(handle.db, "loopwise bench");
    try {
      const seeded = await seedSearch(handle, userId);
      await handle.rawQuery("analyze applications, companies, stage_history");
      const figures = await benchDriver(handle, userId, seeded);
      return { ...figures, startMs: null, note: temp.error, met: judge(figures, undefined) };
    } finally {
      await handle.rawQuery("delete from users where id = $1", [userId]);
      await handle.close();
    }
  }
  try {
    const [seededUrl, ...emptyUrls] = temp.urls;
    progress("PostgreSQL: a throwaway database, migrated");
    const handle = await openPostgres({ url: seededUrl! });
    let figures: DriverFigures;
    try {
      const userId = await ensureLocalUser(handle.db);
      const seeded = await seedSearch(handle, userId);
      // A server's autovacuum analyzes new tables within a minute; do now what it would do.
      await handle.rawQuery("analyze");
      figures = await benchDriver(handle, userId, seeded);
    } finally {
      await handle.close();
    }
    progress(`start: the CLI with DATABASE_URL, ${settings.startRuns} times each on an empty and the seeded database`);
    let n = 0;
    const start = await benchStarts(
      () => cliEnv({ DATABASE_URL: emptyUrls[n++]!, LOOPWISE_HOME: join(tmp, `pg-home-${n}`) }),
      cliEnv({ DATABASE_URL: seededUrl!, LOOPWISE_HOME: join(tmp, "pg-home-seeded") }),
      settings.startRuns,
    );
    return { ...figures, startMs: start, met: judge(figures, start) };
  } finally {
    await temp.drop();
  }
}

async function main(): Promise<void> {
  const loadStart = loadNow();
  const tmp = mkdtempSync(join(tmpdir(), "loopwise-bench-"));
  const postgresUrl = postgresUrlFromEnv();
  try {
    ensureCliBundle();
    const pglite = await benchPglite(tmp);
    const postgres = postgresUrl ? await benchPostgres(postgresUrl, tmp) : POSTGRES_SKIPPED;
    const result = {
      bench: "pipeline",
      driver: "pglite",
      applications: settings.applications,
      companies: settings.companies,
      ...pglite,
      targets: TARGETS,
      postgres,
      env: machineInfo(loadStart),
    };
    report(result, pglite.met.all && (!("met" in postgres) || postgres.met.all));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
