// bench/offers: the compensation model over 1,000 offers with monthly vesting, projected over 5
// years (plus the steady year).
//
// The offers are a fixed mix (seeded): RSUs on "4y-cliff-monthly" with a sign-on clawed back
// pro rata; a custom 60-event monthly schedule (1/60 each); yearly refreshers; options with exit
// outcomes; and all of it at once with a growth outlook. Each round times, per offer:
//   model     projectComp on the parsed input (the domain alone);
//   api       compInputSchema.parse + projectComp + projectionToMajor (what the route computes);
//   http      POST /api/offers/project through `app.request` (adds Hono, JSON in and out);
//   vesting   the bare vesting of the offer's grants (vestUnits), the floor under the model.
// Rounds rotate the order after a warm-up. Offers per second come from each round's total; p50 and
// p95 are per offer over every round. One JSON line on stdout; progress on stderr.
// BENCH_STRICT=1 fails on a missed target. Sizes: BENCH_OFFERS (1000), BENCH_OFFERS_ROUNDS (20).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ensureLocalUser, openPglite } from "@loopwise/db";
import {
  compInputSchema,
  projectComp,
  projectionToMajor,
  seededRandom,
  vestUnits,
  type CompInput,
  type CompInputJson,
  type ScheduleInput,
} from "@loopwise/domain";
import { benchApp } from "../support/app.js";
import { rounds } from "../support/rounds.js";
import { intFromEnv, loadNow, machineInfo, report } from "../support/run.js";
import { ms, percentile, progress } from "../support/stats.js";

const settings = {
  offers: intFromEnv("BENCH_OFFERS", 1000),
  warmup: 3,
  iterations: intFromEnv("BENCH_OFFERS_ROUNDS", 20),
};
/** The model must project at least this many offers a second, and the route answer one within p95. */
const TARGETS = { modelOffersPerSecond: 5_000, httpP95Ms: 5 };

const MONTHLY_60 = { events: Array.from({ length: 60 }, (_, i) => ({ month: i + 1, fraction: 1 / 60 })) };

/** The fixed mix of offers, seeded so every run projects the same inputs. */
function offers(count: number): CompInputJson[] {
  const random = seededRandom(20_261_122);
  const amount = (low: number, high: number) => Math.round(low + random() * (high - low));
  return Array.from({ length: count }, (_, i): CompInputJson => {
    const base = { currency: i % 7 === 0 ? "EUR" : "USD", base: amount(90_000, 300_000), years: 5 };
    const bonus = { bonusTargetPercent: amount(0, 25) };
    const rsu = (schedule: ScheduleInput) => ({
      kind: "rsu" as const,
      shares: amount(500, 20_000),
      sharePrice: amount(20, 400),
      schedule,
    });
    const signOn = { amount: amount(10_000, 80_000), clawback: { kind: "prorated" as const, months: 24 } };
    const options = {
      kind: "option" as const,
      shares: amount(10_000, 200_000),
      strike: amount(1, 10),
      sharePrice: amount(1, 15),
      schedule: "4y-cliff-monthly" as const,
    };
    const refreshers = { annualValue: amount(20_000, 120_000), startYear: 2 };
    const exits = {
      kind: "exits" as const,
      riskDiscountPercent: 30,
      outcomes: [
        { valuePerShare: 0, probability: 0.5 },
        { valuePerShare: amount(10, 30), probability: 0.35 },
        { valuePerShare: amount(50, 120), probability: 0.15 },
      ],
    };
    switch (i % 5) {
      case 0:
        return { ...base, ...bonus, signOn: [signOn], equity: [rsu("4y-cliff-monthly")] };
      case 1:
        return { ...base, ...bonus, equity: [rsu(MONTHLY_60)], priceGrowthPercent: 8 };
      case 2:
        return { ...base, ...bonus, equity: [rsu("4y-cliff-monthly")], refreshers };
      case 3:
        return {
          ...base,
          signOn: [{ ...signOn, clawback: { kind: "full", months: 12 } }],
          equity: [options],
          outlook: exits,
        };
      default:
        return {
          ...base,
          ...bonus,
          signOn: [signOn],
          equity: [rsu(MONTHLY_60), options],
          refreshers,
          retirementMatch: { percent: 4, cap: 9_000 },
          outlook: { kind: "growth", lowPercent: -20, expectedPercent: 5, highPercent: 25 },
        };
    }
  });
}

/** Times `work` once per offer; answers the per-offer times and the round's total in ms. */
function perOffer<T>(inputs: T[], work: (input: T) => unknown): number[] {
  const times = new Array<number>(inputs.length + 1);
  const start = performance.now();
  for (let i = 0; i < inputs.length; i += 1) {
    const t0 = performance.now();
    work(inputs[i]!);
    times[i + 1] = performance.now() - t0;
  }
  times[0] = performance.now() - start;
  return times;
}

async function perOfferAsync<T>(inputs: T[], work: (input: T) => Promise<unknown>): Promise<number[]> {
  const times = new Array<number>(inputs.length + 1);
  const start = performance.now();
  for (let i = 0; i < inputs.length; i += 1) {
    const t0 = performance.now();
    await work(inputs[i]!);
    times[i + 1] = performance.now() - t0;
  }
  times[0] = performance.now() - start;
  return times;
}

function vestAll(comp: CompInput): number {
  let shares = 0;
  for (const grant of comp.equity ?? []) {
    const units = grant.shares ?? 0;
    for (const event of vestUnits(grant.schedule, units)) shares += event.shares;
  }
  if (comp.refreshers) {
    for (let year = comp.refreshers.startYear; year <= comp.years + 1; year += 1) {
      for (const event of vestUnits(comp.refreshers.schedule, Math.round(comp.refreshers.annualValue * 100))) {
        shares += event.shares;
      }
    }
  }
  return shares;
}

/** Offers per second from each round's total, and p50 / p95 per offer over every round. */
function figures(series: number[][], count: number) {
  const totals = series[0]!;
  const each = series.slice(1).flat();
  const perSecond = totals.map((total) => (count / total) * 1000);
  return {
    offersPerSecond: Math.round(percentile(perSecond, 0.5)),
    roundMs: { p50: ms(percentile(totals, 0.5)), p95: ms(percentile(totals, 0.95)) },
    perOfferMs: {
      p50: Math.round(percentile(each, 0.5) * 10_000) / 10_000,
      p95: Math.round(percentile(each, 0.95) * 10_000) / 10_000,
    },
  };
}

async function main(): Promise<void> {
  const loadStart = loadNow();
  const tmp = mkdtempSync(join(tmpdir(), "loopwise-bench-offers-"));
  // The route touches no table; the app still wants its database, as the CLI composes it.
  const handle = await openPglite({ dataDir: join(tmp, "data") });
  try {
    const app = benchApp(handle, await ensureLocalUser(handle.db));
    const inputs = offers(settings.offers);
    const parsed = inputs.map((input) => compInputSchema.parse(input));
    const bodies = inputs.map((input) => JSON.stringify(input));
    const events = parsed.reduce((sum, comp) => sum + projectComp(comp).vestingEvents.length, 0);
    const post = async (body: string) => {
      const response = await app.request("http://127.0.0.1/api/offers/project", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`POST /api/offers/project answered ${response.status}: ${text.slice(0, 300)}`);
      return text;
    };
    progress(
      `${settings.offers} offers, ${events} vesting events; ${settings.warmup} warm-up + ${settings.iterations} rounds`,
    );
    const samples = await rounds(settings.warmup, settings.iterations, {
      model: async () => perOffer(parsed, projectComp),
      api: async () => perOffer(inputs, (input) => projectionToMajor(projectComp(compInputSchema.parse(input)))),
      http: () => perOfferAsync(bodies, post),
      vesting: async () => perOffer(parsed, vestAll),
    });
    const [model, api, http, vesting] = ["model", "api", "http", "vesting"].map((name) =>
      figures(samples[name]!, settings.offers),
    ) as [ReturnType<typeof figures>, ...ReturnType<typeof figures>[]];
    progress(
      `model ${model.offersPerSecond}/s (p95 ${model.perOfferMs.p95} ms), api ${api!.offersPerSecond}/s, http ${http!.offersPerSecond}/s (p95 ${http!.perOfferMs.p95} ms), vesting ${vesting!.offersPerSecond}/s`,
    );
    const met = {
      modelOffersPerSecond: model.offersPerSecond >= TARGETS.modelOffersPerSecond,
      httpP95: http!.perOfferMs.p95 < TARGETS.httpP95Ms,
    };
    const result = {
      bench: "offers",
      offers: settings.offers,
      years: 5,
      vestingEvents: events,
      iterations: settings.iterations,
      model,
      api,
      http,
      vesting,
      ratios: {
        apiOverModel: Math.round((model.offersPerSecond / api!.offersPerSecond) * 100) / 100,
        httpOverModel: Math.round((model.offersPerSecond / http!.offersPerSecond) * 100) / 100,
        modelOverVesting: Math.round((vesting!.offersPerSecond / model.offersPerSecond) * 100) / 100,
      },
      targets: TARGETS,
      met: { ...met, all: Object.values(met).every(Boolean) },
      env: machineInfo(loadStart),
    };
    report(result, result.met.all);
  } finally {
    await handle.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
