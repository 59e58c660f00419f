/**
 * The Node harness's limits, in a worker thread started with the harness. While a case runs it
 * watches the process's CPU time (and a wall backstop, for sleeping); all the time it watches the
 * resident memory. Over a limit it writes the verdict on fd 3 and ends the whole process: a
 * synchronous loop in the user's code cannot stop it. Memory is watched here because V8 caps only
 * its own heap (and crawls through garbage collections as it nears the cap), not buffers.
 */
import fs from "node:fs";
import { Worker, isMainThread, workerData } from "node:worker_threads";

// Int32 slots: armed (0/1), case index, CPU limit ms, wall limit ms. Float64 slots: the process's
// CPU ms and the epoch ms when the case began (the same clock in both threads).
const ARMED = 0;
const INDEX = 1;
const CPU_LIMIT = 2;
const WALL_LIMIT = 3;
const CPU_START = 0;
const WALL_START = 1;
const POLL_MS = 5;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const epochMs = () => performance.timeOrigin + performance.now();

function end(record) {
  fs.writeSync(3, JSON.stringify(record) + "\n");
  process.kill(process.pid, "SIGKILL");
}

function watch(slots, starts, memoryBytes) {
  for (;;) {
    Atomics.wait(slots, ARMED, Atomics.load(slots, ARMED), POLL_MS);
    const armed = Atomics.load(slots, ARMED) === 1;
    const index = armed ? slots[INDEX] : -1;
    const ms = armed ? epochMs() - starts[WALL_START] : 0;
    if (process.memoryUsage.rss() > memoryBytes) end({ t: "memory", i: index, ms });
    if (armed && (cpuMs() - starts[CPU_START] > slots[CPU_LIMIT] || ms > slots[WALL_LIMIT])) {
      end({ t: "case", i: index, ms, timeout: true });
    }
  }
}

if (!isMainThread && workerData?.loopwiseWatchdog) {
  watch(new Int32Array(workerData.slots), new Float64Array(workerData.starts), workerData.memoryBytes);
}

/** Starts the watchdog thread (memory from now on); `arm` before a case, `disarm` after it. */
export function startWatchdog(memoryMb) {
  const slots = new Int32Array(new SharedArrayBuffer(4 * 4));
  const starts = new Float64Array(new SharedArrayBuffer(2 * 8));
  const memoryBytes = memoryMb * 1024 * 1024;
  const workerData = { loopwiseWatchdog: true, slots: slots.buffer, starts: starts.buffer, memoryBytes };
  new Worker(new URL(import.meta.url), { workerData }).unref();
  return {
    arm(index, cpuLimitMs, wallLimitMs) {
      slots[INDEX] = index;
      slots[CPU_LIMIT] = cpuLimitMs;
      slots[WALL_LIMIT] = wallLimitMs;
      starts[CPU_START] = cpuMs();
      starts[WALL_START] = epochMs();
      Atomics.store(slots, ARMED, 1);
      Atomics.notify(slots, ARMED);
    },
    disarm() {
      Atomics.store(slots, ARMED, 0);
      Atomics.notify(slots, ARMED);
    },
  };
}
