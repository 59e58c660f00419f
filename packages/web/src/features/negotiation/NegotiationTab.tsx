import { Button, Grid, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { NegotiationKind } from "@loopwise/domain";
import { useRef, useState } from "react";
import { useNegotiation } from "../../api/negotiation";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { useOffersView } from "../offers/use-offers-view";
import { DeadlineCountdown } from "./DeadlineCountdown";
import { NegotiationEventForm } from "./NegotiationEventForm";
import { NegotiationLog } from "./NegotiationLog";
import { PlanPanel } from "./PlanPanel";
import { TemplatesPanel, type TemplatesHandle } from "./TemplatesPanel";
import { useNegotiationPlan } from "./use-negotiation-plan";

/** Per offer: the deadline, the log of every step and ready-to-edit messages; beside them, the plan's next moves. */
export function NegotiationTab() {
  const view = useOffersView();
  const [picked, setPicked] = useState<string | null>(null);
  const [logging, setLogging] = useState<NegotiationKind | null>(null);
  const templates = useRef<TemplatesHandle>(null);
  const row = view.rows.find((candidate) => candidate.offer.id === picked) ?? view.rows[0] ?? null;
  const log = useNegotiation(row?.offer.id ?? null);
  const { plan, error: planError } = useNegotiationPlan(view.rows);

  if (view.error) return <LoadError error={view.error} onRetry={() => window.location.reload()} />;
  if (view.isLoading) return <PageLoader />;
  if (!row) {
    return (
      <Text c="dimmed" fz="sm">
        Record an offer first: its negotiation log, plan and messages live here.
      </Text>
    );
  }

  const timeStep = plan?.steps.find((step) => step.offerId === row.offer.id && step.kind === "ask_time");
  const choices = view.rows.map((candidate) => ({ value: candidate.offer.id, label: candidate.offer.companyName }));
  const pick = (id: string | null) => {
    if (!id) return;
    setPicked(id);
    setLogging(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        {choices.length <= 4 ? (
          <SegmentedControl value={row.offer.id} onChange={pick} data={choices} aria-label="Offer" />
        ) : (
          <Select
            value={row.offer.id}
            onChange={pick}
            data={choices}
            aria-label="Offer"
            allowDeselect={false}
            w={280}
          />
        )}
        <Text fz="sm" c="dimmed">
          {row.offer.negotiation.asks === 0
            ? "No asks yet"
            : `${row.offer.negotiation.asks} ${row.offer.negotiation.asks === 1 ? "ask" : "asks"} made`}
        </Text>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <DeadlineCountdown
              deadline={row.offer.deadline}
              timeAdvised={timeStep !== undefined}
              onAskForTime={() =>
                templates.current?.show({
                  template: "more_time",
                  until: timeStep?.until,
                })
              }
            />
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="negotiation-log-title">
              <Group justify="space-between" mb="sm">
                <Title order={4} id="negotiation-log-title">
                  Log
                </Title>
                {logging === null && (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setLogging("ask")}
                  >
                    Log an event
                  </Button>
                )}
              </Group>
              {logging !== null && (
                <Paper
                  p="sm"
                  mb="md"
                  radius="md"
                  bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-6))"
                >
                  <NegotiationEventForm
                    key={row.offer.id}
                    offer={row.offer}
                    comp={row.comp}
                    initialKind={logging}
                    onDone={() => setLogging(null)}
                  />
                </Paper>
              )}
              <NegotiationLog events={log.data} error={log.error} offer={row.offer} comp={row.comp} />
            </Paper>
            <TemplatesPanel key={row.offer.id} ref={templates} row={row} rows={view.rows} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PlanPanel
            plan={plan}
            error={planError}
            rows={view.rows}
            offer={row.offer}
            onWrite={(request) => templates.current?.show(request)}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
