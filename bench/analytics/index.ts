// bench/analytics: GET /api/analytics over 5,000 applications with their full stage histories.
//
// On a fresh PGlite data folder (and on PostgreSQL too when BENCH_DATABASE_URL or DATABASE_URL is
// set) it seeds 5,000 applications over 600 companies across every stage, each with the stage path
// it walked (several history rows), plus interviews and outreach, then times, interleaved round
// by round after a warm-up:
//   app       GET /api/analytics (all time) and ?from=<90 days ago> through `app.request`;
//   statement the app's own SQL (analyticsQuery rendered to text) run straight on the driver;
//   flat      the bare history rows (application, stage, at) ordered, on the driver, to compare
//             fetching rows with building JSON in the database.
// The ratio is the app's time over the statement's: what Drizzle, the domain and Hono add.
// One JSON line on stdout; progress on stderr. BENCH_STRICT=1 fails on a missed target.
// Sizes: BENCH_ANALYTICS_APPLICATIONS (5000), BENCH_ANALYTICS_ITERATIONS (50).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  analyticsQuery,
  createUser,
  ensureLocalUser,
  loadAnalyticsInput,
  openPglite,
  openPostgres,
  schema,
  type DatabaseHandle,
} from "@loopwise/db";
import {
  analyticsFetchWindow,
  analyticsQuerySchema,
  analyticsReport,
  seededRandom,
  type AnalyticsReport,
  type UserId,
} from "@loopwise/domain";
import { PgDialect } from "drizzle-orm/pg-core";
import { seed } from "../pipeline/seed.js";
import { benchApp } from "../support/app.js";
import { createTempDatabases } from "../support/postgres.js";
import { rounds } from "../support/rounds.js";
import { intFromEnv, loadNow, machineInfo, POSTGRES_SKIPPED, postgresUrlFromEnv, report } from "../support/run.js";
import { ms, progress, ratio, summarize, timed } from "../support/stats.js";

const settings = {
  applications: intFromEnv("BENCH_ANALYTICS_APPLICATIONS", 5000),
  companies: 600,
  warmup: 5,
  iterations: intFromEnv("BENCH_ANALYTICS_ITERATIONS", 50),
};
const TARGETS = { allP95Ms: 300, recentP95Ms: 300 };
const DAY_MS = 86_400_000;
const FLAT_SQL = `select s.application_id, s.to_stage, s.at from stage_history s
  where s.user_id = $1 order by s.application_id, s.at, s.seq`;

/** The applications with their histories (the pipeline bench's seed), then interviews and outreach. */
async function seedSearch(handle: DatabaseHandle, userId: UserId) {
  const start = performance.now();
  const random = seededRandom(20_260_301);
  const now = new Date();
  const seeded = await seed(handle.db, userId, { ...settings, random, now });
  const past = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  // An interview for about half the applications and an outreach entry for a third, in the last 180 days.
  const interviews = seeded.applicationIds
    .filter(() => random() < 0.5)
    .map((applicationId) => {
      const startsAt = past(1 + random() * 179);
      const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
      return { userId, applicationId, kind: "coding", startsAt, endsAt, timeZone: "UTC", outcome: "passed" };
    });
  const contacts = Array.from({ length: 400 }, (_, i) => ({ id: randomUUID(), userId, name: `Contact ${i + 1}` }));
  const outreach = Array.from({ length: Math.round(settings.applications / 3) }, () => ({
    userId,
    contactId: contacts[Math.floor(random() * contacts.length)]!.id,
    on: past(random() * 180).slice(0, 10),
    channel: "email",
    summary: "Checked in",
  }));
  await handle.db.transaction(async (tx) => {
    for (let i = 0; i < interviews.length; i += 1000)
      await tx.insert(schema.interviews).values(interviews.slice(i, i + 1000));
    await tx.insert(schema.contacts).values(contacts);
    for (let i = 0; i < outreach.length; i += 1000)
      await tx.insert(schema.outreach).values(outreach.slice(i, i + 1000));
  });
  const [rows] = (await handle.rawQuery("select count(*)::int as n from stage_history where user_id = $1", [
    userId,
  ])) as {
    n: number;
  }[];
  const seedMs = ms(performance.now() - start);
  progress(
    `seeded ${settings.applications} applications, ${rows!.n} history rows, ${interviews.length} interviews in ${seedMs} ms`,
  );
  return { seedMs, historyRows: rows!.n, interviews: interviews.length, outreach: outreach.length };
}

async function benchDriver(handle: DatabaseHandle, userId: UserId) {
  const app = benchApp(handle, userId);
  const recentFrom = new Date(Date.now() - 89 * DAY_MS).toISOString().slice(0, 10);
  const get = async (query: string) => {
    const response = await app.request(`http://127.0.0.1/api/analytics${query}`);
    const text = await response.text();
    if (!response.ok) throw new Error(`GET /api/analytics${query} answered ${response.status}: ${text.slice(0, 300)}`);
    return text;
  };
  const all = JSON.parse(await get("")) as AnalyticsReport;
  if (all.totals.applications !== settings.applications) {
    throw new Error(`the report counts ${all.totals.applications} applications, not ${settings.applications}`);
  }
  const now = new Date().toISOString();
  const query = analyticsQuerySchema.parse({});
  const statement = new PgDialect().sqlToQuery(analyticsQuery(userId, analyticsFetchWindow(query, now)));
  const input = await loadAnalyticsInput(handle.db, userId, analyticsFetchWindow(query, now));
  progress(`timing: ${settings.warmup} warm-up + ${settings.iterations} rounds`);
  const samples = await rounds(settings.warmup, settings.iterations, {
    all: () => timed(() => get("")),
    recent: () => timed(() => get(`?from=${recentFrom}`)),
    statement: () => timed(() => handle.rawQuery(statement.sql, statement.params)),
    flat: () => timed(() => handle.rawQuery(FLAT_SQL, [userId])),
    domain: () => timed(async () => analyticsReport(input, query, now)),
  });
  const [allTimes, recent, raw, flat, domain] = ["all", "recent", "statement", "flat", "domain"].map((name) =>
    summarize(samples[name]![0]!),
  ) as [ReturnType<typeof summarize>, ...ReturnType<typeof summarize>[]];
  progress(
    `all: app p95 ${allTimes.p95} ms, statement ${raw!.p95} ms, flat rows ${flat!.p95} ms, domain ${domain!.p95} ms`,
  );
  return {
    all: { ...allTimes, ratioP50: ratio(allTimes.p50, raw!.p50), ratioP95: ratio(allTimes.p95, raw!.p95) },
    recent: { ...recent!, from: recentFrom },
    statement: raw!,
    flatRows: flat!,
    domain: domain!,
    responseBytes: Buffer.byteLength(JSON.stringify(all)),
    weeks: all.weekly.length,
  };
}

type Figures = Awaited<ReturnType<typeof benchDriver>>;

function judge(figures: Figures) {
  const met = { allP95: figures.all.p95 < TARGETS.allP95Ms, recentP95: figures.recent.p95 < TARGETS.recentP95Ms };
  return { ...met, all: Object.values(met).every(Boolean) };
}

async function benchPglite(tmp: string) {
  const dataDir = join(tmp, "data");
  let handle = await openPglite({ dataDir });
  try {
    const userId = await ensureLocalUser(handle.db);
    const seeded = await seedSearch(handle, userId);
    // Reopen as a restart of the app would, so the app's own opening (ANALYZE) shapes what is timed.
    await handle.close();
    handle = await openPglite({ dataDir });
    const figures = await benchDriver(handle, userId);
    return { ...seeded, ...figures, met: judge(figures) };
  } finally {
    await handle.close();
  }
}

async function benchPostgres(url: string) {
  const temp = await createTempDatabases(url, 1);
  const handle = await openPostgres({ url: "error" in temp ? url : temp.urls[0]! });
  // Without CREATEDB: a throwaway user in the given database, deleted with its rows at the end.
  const userId = "error" in temp ? await createUser(handle.db, "loopwise bench") : await ensureLocalUser(handle.db);
  try {
    const seeded = await seedSearch(handle, userId);
    await handle.rawQuery("analyze"); // what autovacuum would have done by now
    const figures = await benchDriver(handle, userId);
    return { ...seeded, ...figures, met: judge(figures), ...("error" in temp ? { note: temp.error } : {}) };
  } finally {
    if ("error" in temp) await handle.rawQuery("delete from users where id = $1", [userId]);
    await handle.close();
    if (!("error" in temp)) await temp.drop();
  }
}

async function main(): Promise<void> {
  const loadStart = loadNow();
  const tmp = mkdtempSync(join(tmpdir(), "loopwise-bench-analytics-"));
  const postgresUrl = postgresUrlFromEnv();
  try {
    progress("PGlite: a fresh data folder");
    const pglite = await benchPglite(tmp);
    if (postgresUrl) progress("PostgreSQL: a throwaway database");
    const postgres = postgresUrl ? await benchPostgres(postgresUrl) : POSTGRES_SKIPPED;
    const result = {
      bench: "analytics",
      driver: "pglite",
      applications: settings.applications,
      iterations: settings.iterations,
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
