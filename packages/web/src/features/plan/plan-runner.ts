import type { PlanInputJson, TimingPlan } from "@loopwise/domain";
import type { PlanRequest, PlanResponse } from "./plan-worker";

export type PlanResult = { plan: TimingPlan; error?: undefined } | { plan?: undefined; error: string };

/** The part of a Worker the runner uses (a fake one in tests). */
export interface PlanWorker {
  postMessage(request: PlanRequest): void;
  onmessage: ((event: MessageEvent<PlanResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

const createPlanWorker = (): PlanWorker =>
  new Worker(new URL("./plan-worker.ts", import.meta.url), { type: "module" }) as PlanWorker;

/**
 * One worker, at most one plan in flight. Requests made meanwhile replace each other, so a fast
 * drag costs one plan per answer rather than a growing queue. Every answer not cancelled is
 * delivered (the odds follow the drag); `final` says it answers the latest request.
 */
export class PlanRunner {
  private worker: PlanWorker | null = null;
  private nextId = 1;
  private busy = false;
  private queued: PlanRequest | null = null;
  private latest = 0;
  private cancelledUpTo = 0;

  constructor(
    private readonly onResult: (result: PlanResult, final: boolean) => void,
    private readonly createWorker: () => PlanWorker = createPlanWorker,
  ) {}

  run(input: PlanInputJson): void {
    const request = { id: this.nextId++, input };
    this.latest = request.id;
    if (this.busy) this.queued = request;
    else this.send(request);
  }

  /** Drops what is pending: answers to requests made before now are ignored. */
  cancel(): void {
    this.queued = null;
    this.cancelledUpTo = this.nextId - 1;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
  }

  private send(request: PlanRequest): void {
    this.busy = true;
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): PlanWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that failed to load or crashed is replaced on the next request.
      worker.terminate();
      this.worker = null;
      this.busy = false;
      this.queued = null;
      this.onResult({ error: event.message || "The planner stopped unexpectedly" }, true);
    };
    this.worker = worker;
    return worker;
  }

  private receive(response: PlanResponse): void {
    this.busy = false;
    const queued = this.queued;
    this.queued = null;
    if (queued) this.send(queued);
    if (response.id <= this.cancelledUpTo) return;
    this.onResult(
      "plan" in response ? { plan: response.plan } : { error: response.error },
      response.id === this.latest,
    );
  }
}
