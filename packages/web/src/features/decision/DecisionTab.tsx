import { Button, Group, Stack, Text } from "@mantine/core";
import type { ScoredCriterion } from "@loopwise/domain";
import { useMemo } from "react";
import { useOfferPreferences } from "../../api/offers";
import { useSaveOfferScores } from "../../api/offer-scores";
import { LoadError } from "../../components/LoadError";
import { notifyError } from "../../components/notify";
import { PageLoader } from "../../components/PageLoader";
import { useOffersView } from "../offers/use-offers-view";
import { decisionView } from "./decision-view";
import { DecisionMatrix } from "./DecisionMatrix";
import { SensitivityPanel } from "./SensitivityPanel";
import { useDecisionWeights } from "./use-decision-weights";

/** The weighted decision: the matrix with a weight slider per criterion, then what would change the winner. */
export function DecisionTab() {
  const view = useOffersView();
  const preferences = useOfferPreferences();
  const { weights, setWeight, reset, isDefault } = useDecisionWeights(preferences.data?.weights);
  const saveScores = useSaveOfferScores();
  const model = useMemo(
    () =>
      decisionView(
        view.rows.filter((row) => !row.needsRate),
        weights,
      ),
    [view.rows, weights],
  );

  if (view.error) return <LoadError error={view.error} onRetry={() => void preferences.refetch()} />;
  if (view.isLoading) return <PageLoader />;

  const score = (offerId: string, criterion: ScoredCriterion, value: number) => {
    const offer = view.offers.find((candidate) => candidate.id === offerId);
    if (!offer) return;
    saveScores.mutate(
      { id: offerId, scores: { ...offer.scores, [criterion]: value } },
      { onError: (error) => notifyError(error, "The score could not be saved") },
    );
  };

  const needsRate = view.rows.filter((row) => row.needsRate);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text fz="sm" c="dimmed" maw={720}>
          Slide each weight to how much it matters to you (0 ignores it, 10 matters most) and score what only you can
          judge, 1 to 5 stars. The totals and the winner follow at once; your weights and scores are saved as you go.
        </Text>
        <Button size="xs" variant="default" onClick={reset} disabled={isDefault}>
          Reset weights
        </Button>
      </Group>
      {needsRate.length > 0 && (
        <Text fz="sm" c="orange">
          {needsRate.map((row) => row.offer.companyName).join(", ")} {needsRate.length === 1 ? "is" : "are"} in another
          currency with no exchange rate, so {needsRate.length === 1 ? "it is" : "they are"} left out of the decision.
          Give the offer a rate to {view.compareCurrency} in its form.
        </Text>
      )}
      {model === null ? (
        <Text c="dimmed" fz="sm">
          No offer can be weighed yet: give the offers above an exchange rate.
        </Text>
      ) : (
        <>
          <DecisionMatrix model={model} onScore={score} onWeight={setWeight} />
          {model.missingScores > 0 && (
            <Text fz="xs" c="dimmed" mt={-8}>
              {model.missingScores === 1 ? "1 score is" : `${model.missingScores} scores are`} not given yet and
              {model.missingScores === 1 ? " counts" : " count"} as a neutral 3 of 5: star{" "}
              {model.missingScores === 1 ? "it" : "them"} to decide on what you know.
            </Text>
          )}
          {model.offers.length > 1 ? (
            <SensitivityPanel model={model} />
          ) : (
            <Text fz="sm" c="dimmed">
              With a second offer recorded, the matrix names the best fit and what would change it.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
