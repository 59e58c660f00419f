import { performance } from "node:perf_hooks";
import { postRun, sleep, type RunBody } from "./measure.js";

/** Runs per second with `clients` submitting back to back, `total` submissions in all. */
export async function throughput(base: string, body: RunBody, total: number, clients: number) {
  let next = 0;
  let accepted = 0;
  const start = performance.now();
  const client = async () => {
    while (next < total) {
      next += 1;
      const { status, answer, retryAfter } = await postRun(base, body);
      if (status === 429) {
        next -= 1;
        await sleep((retryAfter ?? 1) * 1000);
      } else if (answer?.verdict === "accepted") accepted += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - start) / 1000;
  return {
    runs: total,
    accepted,
    seconds: Math.round(seconds * 100) / 100,
    runsPerSecond: Math.round((total / seconds) * 100) / 100,
  };
}

export interface BurstFigures {
  submissions: number;
  /** Answered with a verdict on the first try. */
  servedFirst: number;
  /** Answered 429 on the first try, each with a Retry-After. */
  backpressure: number;
  withoutRetryAfter: number;
  /** Accepted in the end, after waiting as told. */
  accepted: number;
  failed: number;
  /** Not settled within the deadline. */
  stuck: number;
  attemptsMax: number;
  lastVerdictMs: number;
}

/**
 * `count` submissions at once. A 429 must say when to come back (Retry-After); the client waits
 * that long and tries again, as a browser would. Every submission must end accepted within
 * `deadlineMs`: none fails, none hangs.
 */
export async function burst(base: string, body: RunBody, count: number, deadlineMs: number): Promise<BurstFigures> {
  const figures: BurstFigures = {
    submissions: count,
    servedFirst: 0,
    backpressure: 0,
    withoutRetryAfter: 0,
    accepted: 0,
    failed: 0,
    stuck: 0,
    attemptsMax: 0,
    lastVerdictMs: 0,
  };
  const start = performance.now();
  const one = async () => {
    for (let attempt = 1; ; attempt++) {
      const { status, retryAfter, answer } = await postRun(base, body);
      if (attempt === 1) figures[status === 429 ? "backpressure" : "servedFirst"] += 1;
      if (status === 429) {
        if (retryAfter === null || !Number.isFinite(retryAfter)) figures.withoutRetryAfter += 1;
        await sleep((retryAfter ?? 1) * 1000);
        continue;
      }
      figures.attemptsMax = Math.max(figures.attemptsMax, attempt);
      figures[answer?.verdict === "accepted" ? "accepted" : "failed"] += 1;
      figures.lastVerdictMs = Math.max(figures.lastVerdictMs, Math.round(performance.now() - start));
      return;
    }
  };
  // The deadline's timer goes with the race: left running, it held the process open for 5 minutes.
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    Promise.allSettled(Array.from({ length: count }, one)),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), deadlineMs))),
  ]);
  clearTimeout(timer);
  if (settled === null) figures.stuck = count - figures.accepted - figures.failed;
  else figures.failed += settled.filter((result) => result.status === "rejected").length;
  return figures;
}
