import type { PlanInputJson, TimingPlan } from "@loopwise/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { applyChanges, hasChanges, NO_CHANGES, type WhatIfChanges } from "./what-if";
import { PlanRunner } from "./plan-runner";

/** Trials while a drag is under way: enough for the odds to move sensibly, fast enough to follow. */
export const DRAG_TRIALS = 2_000;
const DEFAULT_TRIALS = 10_000;

export interface WhatIf {
  /** The plan to show: the worker's for the changes, else the server's. */
  plan: TimingPlan;
  changes: WhatIfChanges;
  changed: boolean;
  /** The worker is computing (the numbers shown are about to change). */
  pending: boolean;
  error: string | null;
  /** Re-plans with fewer trials, without committing the changes (during a drag). */
  preview: (changes: WhatIfChanges) => void;
  /** Commits the changes and re-plans with the full count. */
  commit: (changes: WhatIfChanges) => void;
  /** A drag was abandoned: back to the committed changes. */
  cancelPreview: () => void;
  reset: () => void;
}

/** "What if" re-plans over the server's input, in a Web Worker. */
export function useWhatIf(input: PlanInputJson, serverPlan: TimingPlan): WhatIf {
  const [changes, setChanges] = useState<WhatIfChanges>(NO_CHANGES);
  const [plan, setPlan] = useState<TimingPlan | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const runner = useRef<PlanRunner | null>(null);

  useEffect(() => {
    const current = new PlanRunner((result, final) => {
      if (final) setPending(false);
      if (result.plan) {
        setPlan(result.plan);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    runner.current = current;
    return () => current.dispose();
  }, []);

  const run = useCallback(
    (next: WhatIfChanges, trials: number) => {
      if (!hasChanges(next)) {
        runner.current?.cancel();
        setPlan(null);
        setPending(false);
        return;
      }
      setPending(true);
      runner.current?.run(applyChanges(input, next, trials));
    },
    [input],
  );

  const fullTrials = input.trials ?? DEFAULT_TRIALS;
  // A committed change is re-planned when it is made and whenever the server's input changes.
  useEffect(() => run(changes, fullTrials), [changes, fullTrials, run]);

  const preview = useCallback((next: WhatIfChanges) => run(next, DRAG_TRIALS), [run]);
  const commit = useCallback((next: WhatIfChanges) => setChanges(next), []);
  const cancelPreview = useCallback(() => run(changes, fullTrials), [run, changes, fullTrials]);
  const reset = useCallback(() => setChanges(NO_CHANGES), []);
  const changed = hasChanges(changes);

  return {
    plan: plan ?? serverPlan,
    changes,
    changed,
    pending,
    error,
    preview,
    commit,
    cancelPreview,
    reset,
  };
}
