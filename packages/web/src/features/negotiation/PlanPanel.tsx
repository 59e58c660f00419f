import { Alert, Badge, Group, List, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconBulb, IconCircleCheck } from "@tabler/icons-react";
import { MAX_ROUNDS, OFFER_STATUS_LABELS, type NegotiationPlan, type Offer } from "@loopwise/domain";
import type { OfferView } from "../offers/use-offers-view";
import type { TemplateRequest } from "./TemplatesPanel";
import { PlanStepCard } from "./PlanStepCard";

interface Props {
  plan: NegotiationPlan | null;
  error: Error | null;
  rows: OfferView[];
  offer: Offer;
  onWrite: (request: TemplateRequest) => void;
}

/** The plan for this offer: the next moves with their reasons, levers and what to settle before signing. */
export function PlanPanel({ plan, error, rows, offer, onWrite }: Props) {
  const own = plan?.offers.find((candidate) => candidate.offerId === offer.id);
  const elsewhere = plan?.next && plan.next.offerId !== offer.id ? plan.next : null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-title">
      <Group justify="space-between" mb="sm">
        <Title order={4} id="plan-title">
          Plan
        </Title>
        {own && (
          <Badge variant="light" color={own.roundsLeft === 0 ? "gray" : "blue"} tt="none">
            {own.asks} of {MAX_ROUNDS} rounds used
          </Badge>
        )}
      </Group>
      {error ? (
        <Text c="red" fz="sm">
          {error.message}
        </Text>
      ) : !plan ? (
        <Skeleton h={120} aria-label="Working out the plan" />
      ) : (
        <Stack gap="md">
          {elsewhere && (
            <Alert
              variant="light"
              color="orange"
              icon={<IconBulb />}
              title={`Most pressing: ${elsewhere.title}`}
              p="xs"
            >
              <Text fz="xs">{elsewhere.reason}</Text>
            </Alert>
          )}
          {rows.find((row) => row.offer.id === offer.id)?.needsRate ? (
            <Text fz="sm" c="dimmed">
              This offer is in another currency with no exchange rate, so the plan cannot weigh it against the others.
              Give it a rate in its form.
            </Text>
          ) : !own ? (
            <Text fz="sm" c="dimmed">
              This offer is {OFFER_STATUS_LABELS[offer.status].toLowerCase()}: nothing left to negotiate.
            </Text>
          ) : own.steps.length === 0 ? (
            <Group gap="xs">
              <IconCircleCheck size={18} color="var(--mantine-color-teal-filled)" aria-hidden />
              <Text fz="sm">Nothing to do on this offer right now.</Text>
            </Group>
          ) : (
            <List listStyleType="none" spacing="md" aria-label="Next moves">
              {own.steps.map((step, index) => (
                <List.Item key={`${step.kind}-${index}`}>
                  <PlanStepCard step={step} onWrite={onWrite} />
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Paper>
  );
}
