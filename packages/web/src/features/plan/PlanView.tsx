import { Alert, Button, SimpleGrid, Stack, Title } from "@mantine/core";
import { IconInfoCircle, IconPlus } from "@tabler/icons-react";
import type { PlanConstraints } from "@loopwise/domain";
import { useState } from "react";
import type { PlanAnswer } from "../../api/timing";
import { openNewApplication } from "../../components/ui-store";
import { ActionsList } from "./ActionsList";
import { CompanySteps } from "./CompanySteps";
import { ConstraintsDrawer } from "./ConstraintsDrawer";
import { PlanHeader } from "./PlanHeader";
import { PlanTimeline } from "./PlanTimeline";
import { RisksList } from "./RisksList";
import { TimelineLegend } from "./TimelineLegend";
import { useWhatIf } from "./use-what-if";
import classes from "./PlanPage.module.css";

/** The plan: header, actions and risks, the timeline to drag, and the next steps per company. */
export function PlanView({ answer, constraints }: { answer: PlanAnswer; constraints: PlanConstraints }) {
  const whatIf = useWhatIf(answer.input, answer.plan);
  const [drawer, setDrawer] = useState(false);
  const { plan } = whatIf;
  return (
    <Stack gap="lg" className={classes.content} data-pending={whatIf.pending || undefined}>
      <PlanHeader
        plan={plan}
        changed={whatIf.changed}
        pending={whatIf.pending}
        onReset={whatIf.reset}
        onConstraints={() => setDrawer(true)}
      />
      {answer.input.applications.length === 1 && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle />} title="Overlap needs two offers">
          With one company there is nothing to line up: the plan below shows its steps and odds. Add the other companies
          you are talking to and the plan times them so their offers arrive together.
          <Button
            size="xs"
            variant="light"
            mt="sm"
            display="block"
            leftSection={<IconPlus size={14} />}
            onClick={() => openNewApplication()}
          >
            Add an application
          </Button>
        </Alert>
      )}
      {whatIf.error && (
        <Alert variant="light" color="red" title="The what-if plan could not be computed">
          {whatIf.error}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" className={classes.lists}>
        <ActionsList plan={plan} />
        <RisksList risks={plan.risks} />
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={4}>Timeline</Title>
        <PlanTimeline plan={plan} input={answer.input} whatIf={whatIf} />
        <TimelineLegend />
      </Stack>
      <CompanySteps companies={plan.companies} input={answer.input} assumptions={plan.assumptions} />
      <ConstraintsDrawer opened={drawer} constraints={constraints} onClose={() => setDrawer(false)} />
    </Stack>
  );
}
