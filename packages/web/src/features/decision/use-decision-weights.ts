import { useDebouncedCallback } from "@mantine/hooks";
import { DEFAULT_WEIGHTS, type DecisionCriterion } from "@loopwise/domain";
import { useState } from "react";
import { useSaveDecisionWeights } from "../../api/offer-scores";
import { notifyError } from "../../components/notify";

export type Weights = Record<DecisionCriterion, number>;

/**
 * The weights the matrix uses: the saved ones until the user moves a slider, then the user's at
 * once (the matrix redraws on every move) while the save waits for the slider to rest.
 */
export function useDecisionWeights(saved: Weights | undefined) {
  const [draft, setDraft] = useState<Weights | null>(null);
  const save = useSaveDecisionWeights();
  const persist = useDebouncedCallback(
    (weights: Weights) =>
      save.mutate(weights, { onError: (error) => notifyError(error, "Your weights could not be saved") }),
    { delay: 600, flushOnUnmount: true },
  );
  const weights = draft ?? saved ?? DEFAULT_WEIGHTS;

  const change = (next: Weights) => {
    setDraft(next);
    persist(next);
  };

  return {
    weights,
    setWeight: (criterion: DecisionCriterion, value: number) => change({ ...weights, [criterion]: value }),
    reset: () => change({ ...DEFAULT_WEIGHTS }),
    isDefault: (Object.keys(DEFAULT_WEIGHTS) as DecisionCriterion[]).every((c) => weights[c] === DEFAULT_WEIGHTS[c]),
  };
}
