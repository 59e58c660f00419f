import { planNegotiation, type NegotiationPlan } from "@loopwise/domain";
import { useMemo } from "react";
import { useNegotiations } from "../../api/negotiation";
import { useApplicationList } from "../../api/use-applications";
import { todayIso } from "../../lib/dates";
import type { OfferView } from "../offers/use-offers-view";

const LATE_STAGES = { stage: "onsite,offer", archived: "exclude", limit: "500" } as const;

/**
 * The negotiation plan over every offer that can be compared (offers with no exchange rate are
 * left out), with their logs, and the onsite processes that may still end in an offer.
 */
export function useNegotiationPlan(rows: readonly OfferView[]): { plan: NegotiationPlan | null; error: Error | null } {
  const comparable = useMemo(() => rows.filter((row) => !row.needsRate), [rows]);
  const logs = useNegotiations(comparable.map((row) => row.offer.id));
  const applications = useApplicationList(LATE_STAGES);
  const today = todayIso();

  const plan = useMemo(() => {
    if (logs.isPending || !applications.data) return null;
    const list = applications.data.applications;
    const desirability = new Map(list.map((app) => [app.id as string, app.desirability]));
    return planNegotiation({
      today,
      offers: comparable.map(({ offer, projection }) => ({
        id: offer.id,
        company: offer.companyName,
        tier: offer.tier,
        desirability: desirability.get(offer.applicationId) ?? null,
        projection,
        deadline: offer.deadline,
        status: offer.status,
        events: logs.byOffer.get(offer.id) ?? [],
      })),
      pending: list
        .filter((app) => app.stage === "onsite")
        .map((app) => ({ company: app.companyName, tier: app.companyTier, expectedBy: null })),
    });
  }, [comparable, logs, applications.data, today]);

  return { plan, error: logs.error ?? applications.error ?? null };
}
