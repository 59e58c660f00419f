import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAdjustments } from "@tabler/icons-react";
import type { CompanyPlan, PlanInputJson, TimingPlan } from "@loopwise/domain";
import { useState } from "react";
import { Desirability } from "../../components/Desirability";
import { OverridesDrawer } from "./OverridesDrawer";
import { percent, stepText, weekdayDate } from "./plan-format";

type PlannedApplication = PlanInputJson["applications"][number];

interface Props {
  companies: readonly CompanyPlan[];
  input: PlanInputJson;
  assumptions: TimingPlan["assumptions"];
}

/** Per company: the dated next steps, its odds, and what the plan decided for it. */
export function CompanySteps({ companies, input, assumptions }: Props) {
  const applications = new Map(input.applications.map((a) => [a.id, a]));
  // The company stays set while the drawer closes, so its title does not blank out mid-animation.
  const [paced, setPaced] = useState<{ company: CompanyPlan; opened: boolean } | null>(null);
  const pacedApplication = paced && applications.get(paced.company.id);
  return (
    <Stack gap="sm">
      <Title order={4}>Next steps per company</Title>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="sm">
        {companies.map((company) => (
          <CompanyCard
            key={company.id}
            company={company}
            application={applications.get(company.id)}
            onAdjust={() => setPaced({ company, opened: true })}
          />
        ))}
      </SimpleGrid>
      {pacedApplication && (
        <OverridesDrawer
          opened={paced.opened}
          application={pacedApplication}
          name={paced.company.name}
          assumptions={assumptions}
          onClose={() => setPaced({ ...paced, opened: false })}
        />
      )}
    </Stack>
  );
}

interface CardProps {
  company: CompanyPlan;
  application: PlannedApplication | undefined;
  onAdjust: () => void;
}

function CompanyCard({ company, application, onAdjust }: CardProps) {
  // With an offer and its deadline in hand nothing is left to pace, unless a saved pace is to be cleared.
  const adjustable = application && (!application.offer || application.overrides);
  return (
    <Card component="section" aria-label={company.name} withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap" mb={4}>
        <Text fw={600} truncate title={company.name}>
          {company.name}
        </Text>
        <Desirability value={application?.desirability ?? null} />
      </Group>
      <Group gap={6} mb="xs">
        <Badge variant="light" color="teal" title="Chance its offer is open in the decision window">
          {percent(company.pOpenInWindow)} in window
        </Badge>
        <Badge variant="light" color="gray" title="Chance an offer comes at all">
          {percent(company.pOffer)} offer
        </Badge>
        {company.stallDays > 0 && (
          <Badge variant="light" color="orange">
            Slow by {company.stallDays} d
          </Badge>
        )}
        {company.expedite && (
          <Badge variant="light" color="grape">
            Speed up
          </Badge>
        )}
        {application?.overrides && (
          <Badge variant="light" color="indigo" title="The plan uses the pace you gave for this company">
            Your pace
          </Badge>
        )}
      </Group>
      {company.nextSteps.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing to do here for now.
        </Text>
      ) : (
        <List spacing={4} size="sm">
          {company.nextSteps.map((step) => (
            <List.Item key={`${step.action}:${step.by}`}>
              <Text fz="sm" fw={500} span>
                {stepText(step)}
              </Text>
              <Text fz="xs" c="dimmed">
                {step.reason}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {company.startOn && (
        <Text fz="xs" c="dimmed" mt="xs">
          Planned start: {weekdayDate(company.startOn)}
        </Text>
      )}
      {adjustable && (
        <Group mt="auto" pt="xs">
          <Button
            variant="subtle"
            size="compact-xs"
            color="gray"
            leftSection={<IconAdjustments size={14} />}
            aria-label={`Adjust pace at ${company.name}`}
            onClick={onAdjust}
          >
            Adjust pace
          </Button>
        </Group>
      )}
    </Card>
  );
}
