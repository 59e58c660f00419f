// bench/practice: the coding-practice judge end to end, over a real socket.
//
// Each figure is an HTTP request to POST /api/runs until its verdict, against the same machine's
// bare interpreter start measured in the same rounds:
//   bare     spawn to exit of `/usr/bin/python3 -c pass` and `node -e 0` (the judge's interpreters);
//   cold     a hello world (mode "run") on a judge with no warm pool: every run starts its sandbox
//            (bubblewrap, its mounts, seccomp, prlimit, then the interpreter and the harness);
//   warm     the same on a judge keeping one started sandbox per kind; rounds pause 400 ms first,
//            as a person does between two runs, so the pool has refilled;
//   throughput  submissions of a 20-test problem (bench/practice/bank.ts), Python, by twice as many
//            clients as cores, back to back: runs per second;
//   burst    100 submissions of it at once: each either gets its verdict or a 429 with Retry-After,
//            waits as told and tries again; none may fail or hang, and no process may outlive them.
// Rounds rotate the order after a warm-up. One JSON line on stdout; progress on stderr.
// BENCH_STRICT=1 fails on a missed target. Sizes: BENCH_PRACTICE_ROUNDS (30), BENCH_PRACTICE_RUNS (60).
import { ensureLocalUser, openPglite } from "@loopwise/db";
import { createRunnerJudge, type PracticeJudge } from "@loopwise/server";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { benchApp } from "../support/app.js";
import { close, listen } from "../support/http.js";
import { rounds } from "../support/rounds.js";
import { intFromEnv, loadNow, machineInfo, report } from "../support/run.js";
import { progress, ratio, summarize } from "../support/stats.js";
import { BENCH_PROBLEM, CASES, SOLUTIONS, writeBenchBank } from "./bank.js";
import { burst, throughput } from "./load.js";
import { bareStart, descendants, sleep, timedRun, type RunBody } from "./measure.js";

const settings = {
  warmup: 3,
  rounds: intFromEnv("BENCH_PRACTICE_ROUNDS", 30),
  throughputRuns: intFromEnv("BENCH_PRACTICE_RUNS", 60),
  burst: 100,
  burstDeadlineMs: 300_000,
  pauseMs: 400,
};
const TARGETS = { coldRatioMax: 1.5, warmRatioBelow: 1 };

const hello: Record<"python" | "javascript", RunBody> = {
  python: { language: "python", source: 'print("hello, world")\n', mode: "run" },
  javascript: { language: "javascript", source: 'console.log("hello, world");\n', mode: "run" },
};
const submit: RunBody = { language: "python", source: SOLUTIONS.python, mode: "submit", problem: BENCH_PROBLEM };

async function serving(judge: PracticeJudge, home: string) {
  const handle = await openPglite({ dataDir: mkdtempSync(join(home, "db-")) });
  const userId = await ensureLocalUser(handle.db);
  const server = await listen(benchApp(handle, userId, ["127.0.0.1"], judge).fetch);
  const base = `http://127.0.0.1:${server.port}`;
  let stopping: Promise<void> | undefined;
  return {
    base,
    /** Idempotent: the figures need the judges stopped before counting leftovers; `finally` stops them too. */
    stop: () =>
      (stopping ??= (async () => {
        await close(server);
        await judge.close();
        await handle.close();
      })()),
  };
}

async function main() {
  const loadStart = loadNow();
  // Ours before any judge starts (tsx's esbuild service): what the judges leave is what is new.
  const before = new Set(descendants(process.pid).map((child) => child.pid));
  const home = mkdtempSync(join(tmpdir(), "loopwise-bench-practice-"));
  const problemsRoot = writeBenchBank(join(home, "bank"));
  const cold = await serving(createRunnerJudge({ mode: "local", problemsRoot, warm: 0 }), home);
  const warm = await serving(createRunnerJudge({ mode: "local", problemsRoot, warm: 1 }), home);
  try {
    const status = (await (await fetch(`${warm.base}/api/languages`)).json()) as { isolation: string };
    if (status.isolation !== "bubblewrap") throw new Error(`the judge runs with ${status.isolation}, not bubblewrap`);
    progress(`latency: ${settings.rounds} rounds after ${settings.warmup} of warm-up`);
    const paused = (work: () => Promise<number>) => async () => {
      await sleep(settings.pauseMs);
      return work();
    };
    const samples = await rounds(settings.warmup, settings.rounds, {
      barePython: paused(() => bareStart("/usr/bin/python3", ["-c", "pass"])),
      bareNode: paused(() => bareStart(process.execPath, ["-e", "0"])),
      coldPython: paused(() => timedRun(cold.base, hello.python, "ok")),
      coldJavascript: paused(() => timedRun(cold.base, hello.javascript, "ok")),
      warmPython: paused(() => timedRun(warm.base, hello.python, "ok")),
      warmJavascript: paused(() => timedRun(warm.base, hello.javascript, "ok")),
    });
    const of = (name: string) => summarize(samples[name]![0]!);
    const latency = (language: "Python" | "Javascript", bareName: string) => {
      const bare = of(bareName);
      const coldRun = of(`cold${language}`);
      const warmRun = of(`warm${language}`);
      return {
        bare,
        cold: coldRun,
        warm: warmRun,
        coldRatioP50: ratio(coldRun.p50, bare.p50),
        warmRatioP50: ratio(warmRun.p50, bare.p50),
      };
    };
    const python = latency("Python", "barePython");
    const javascript = latency("Javascript", "bareNode");
    progress(`python: bare ${python.bare.p50} ms, cold ${python.cold.p50} ms, warm ${python.warm.p50} ms (p50)`);
    progress(
      `javascript: bare ${javascript.bare.p50} ms, cold ${javascript.cold.p50} ms, warm ${javascript.warm.p50} ms`,
    );

    progress(`throughput: ${settings.throughputRuns} submissions of a ${CASES}-test problem`);
    await timedRun(warm.base, submit, "accepted");
    const clients = 2 * availableParallelism();
    const rate = { clients, ...(await throughput(warm.base, submit, settings.throughputRuns, clients)) };
    progress(`${rate.runsPerSecond} runs/s (${rate.accepted} of ${rate.runs} accepted)`);

    progress(`burst: ${settings.burst} submissions at once`);
    const load = await burst(warm.base, submit, settings.burst, settings.burstDeadlineMs);
    progress(`${load.servedFirst} served at once, ${load.backpressure} told to retry; ${load.accepted} accepted`);

    await cold.stop();
    await warm.stop();
    await sleep(200);
    const leftover = descendants(process.pid).filter((child) => !before.has(child.pid));

    const met = {
      pythonCold: python.coldRatioP50 <= TARGETS.coldRatioMax,
      javascriptCold: javascript.coldRatioP50 <= TARGETS.coldRatioMax,
      pythonWarm: python.warmRatioP50 < TARGETS.warmRatioBelow,
      javascriptWarm: javascript.warmRatioP50 < TARGETS.warmRatioBelow,
      throughputAllAccepted: rate.accepted === rate.runs,
      burstNoFailure: load.failed === 0 && load.accepted === load.submissions,
      burstNoneStuck: load.stuck === 0,
      burstExplicitBackpressure: load.withoutRetryAfter === 0,
      noProcessLeft: leftover.length === 0,
    };
    report(
      {
        bench: "practice",
        machine: machineInfo(loadStart),
        settings,
        targets: TARGETS,
        latencyMs: { python, javascript },
        throughput: rate,
        burst: { ...load, processesLeft: leftover },
        met,
      },
      Object.values(met).every(Boolean),
    );
  } finally {
    await Promise.allSettled([cold.stop(), warm.stop()]);
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
