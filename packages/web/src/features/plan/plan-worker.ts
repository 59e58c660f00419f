/// <reference lib="webworker" />
import { planInputSchema, planTiming, type PlanInputJson, type TimingPlan } from "@loopwise/domain";

/** The "what if" re-plans run here, off the main thread, so dragging on the timeline never stutters. */

export interface PlanRequest {
  id: number;
  input: PlanInputJson;
}

export type PlanResponse = { id: number; plan: TimingPlan } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, input } = event.data;
  let response: PlanResponse;
  try {
    response = { id, plan: planTiming(planInputSchema.parse(input)) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
