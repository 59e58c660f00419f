import { Badge, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import type { TodayPlanAction } from "@loopwise/domain";
import { applicationName } from "../../components/application-name";
import { useOpenApplication } from "../../components/use-open-application";
import { ACTION_LABELS } from "../plan/plan-format";
import { dueText } from "./today-format";

/** One of the plan's actions: what to do for which application, by when, and why. */
export function PlanActionRow({ action, today }: { action: TodayPlanAction; today: string }) {
  const openApplication = useOpenApplication();
  const due = dueText(action.by, today);
  const label = `${ACTION_LABELS[action.kind]} · ${action.companyName}`;
  return (
    <UnstyledButton
      onClick={() => openApplication(action.applicationId)}
      py={4}
      aria-label={`${ACTION_LABELS[action.kind]}: ${applicationName(action)}, ${due?.text.toLowerCase() ?? ""}`}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Stack gap={0} miw={0}>
          <Text fz="sm" fw={600} truncate>
            {label}
          </Text>
          <Text fz="xs" c="dimmed" lineClamp={2}>
            {action.reason}
          </Text>
        </Stack>
        {due && (
          <Badge color={due.overdue ? "red" : "grape"} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {due.text}
          </Badge>
        )}
      </Group>
    </UnstyledButton>
  );
}
