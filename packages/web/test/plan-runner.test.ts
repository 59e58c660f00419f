import type { PlanInputJson, TimingPlan } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { PlanRunner, type PlanResult, type PlanWorker } from "../src/features/plan/plan-runner";
import type { PlanRequest, PlanResponse } from "../src/features/plan/plan-worker";

/** A worker that answers only when told to, so the test decides the order of events. */
class FakeWorker implements PlanWorker {
  received: PlanRequest[] = [];
  onmessage: ((event: MessageEvent<PlanResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(request: PlanRequest) {
    this.received.push(request);
  }
  answer(index: number) {
    const request = this.received[index]!;
    const plan = { seed: request.input.seed, trials: request.input.trials } as TimingPlan;
    this.onmessage?.({ data: { id: request.id, plan } } as MessageEvent<PlanResponse>);
  }
  terminate() {
    this.terminated = true;
  }
}

const input = (seed: number): PlanInputJson => ({ today: "2026-11-22", applications: [], seed, trials: 2_000 });

function setup() {
  const workers: FakeWorker[] = [];
  const results: [PlanResult, boolean][] = [];
  const runner = new PlanRunner(
    (result, final) => results.push([result, final]),
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  );
  return { runner, workers, results };
}

describe("the what-if runner", () => {
  it("starts its worker on the first request only", () => {
    const { runner, workers } = setup();
    expect(workers).toHaveLength(0);
    runner.run(input(1));
    expect(workers).toHaveLength(1);
  });

  it("keeps one plan in flight and only the newest waiting, so a fast drag never builds a queue", () => {
    const { runner, workers, results } = setup();
    runner.run(input(1));
    runner.run(input(2));
    runner.run(input(3));
    runner.run(input(4));
    const worker = workers[0]!;
    expect(worker.received.map((r) => r.input.seed)).toEqual([1]);
    worker.answer(0);
    // The first answer is shown (the odds follow the drag) but is not the final one.
    expect(results.map(([r, final]) => [r.plan?.seed, final])).toEqual([[1, false]]);
    expect(worker.received.map((r) => r.input.seed)).toEqual([1, 4]);
    worker.answer(1);
    expect(results.map(([r, final]) => [r.plan?.seed, final])).toEqual([
      [1, false],
      [4, true],
    ]);
  });

  it("drops answers to requests made before a cancel", () => {
    const { runner, workers, results } = setup();
    runner.run(input(1));
    runner.run(input(2));
    runner.cancel();
    workers[0]!.answer(0);
    expect(results).toEqual([]);
    expect(workers[0]!.received).toHaveLength(1);
    runner.run(input(3));
    workers[0]!.answer(1);
    expect(results.map(([r, final]) => [r.plan?.seed, final])).toEqual([[3, true]]);
  });

  it("reports a worker's error and starts a new worker for the next request", () => {
    const { runner, workers, results } = setup();
    runner.run(input(1));
    workers[0]!.onerror?.({ message: "boom", preventDefault() {} } as ErrorEvent);
    expect(results).toEqual([[{ error: "boom" }, true]]);
    expect(workers[0]!.terminated).toBe(true);
    runner.run(input(2));
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received.map((r) => r.input.seed)).toEqual([2]);
  });

  it("passes the planner's refusal on as an error", () => {
    const { runner, workers, results } = setup();
    runner.run(input(1));
    const id = workers[0]!.received[0]!.id;
    workers[0]!.onmessage?.({ data: { id, error: "trials: too small" } } as MessageEvent<PlanResponse>);
    expect(results).toEqual([[{ error: "trials: too small" }, true]]);
  });

  it("terminates its worker when disposed", () => {
    const { runner, workers } = setup();
    runner.run(input(1));
    runner.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });
});
