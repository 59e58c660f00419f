import { Button, List, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconPencil, IconSquare } from "@tabler/icons-react";
import type { PlanStep } from "@loopwise/domain";
import type { TemplateRequest } from "./TemplatesPanel";

/** One move of the plan: what, why (with the numbers), the levers to trade, the checklist, and the message. */
export function PlanStepCard({ step, onWrite }: { step: PlanStep; onWrite: (request: TemplateRequest) => void }) {
  return (
    <Stack gap={4} data-testid="plan-step">
      <Text fz="sm" fw={600}>
        {step.title}
      </Text>
      <Text fz="sm" c="dimmed">
        {step.reason}
      </Text>
      {step.levers.length > 0 && (
        <List fz="sm" spacing={4} mt={4} size="sm">
          {step.levers.map((lever) => (
            <List.Item key={lever.lever}>
              <Text span fz="sm" fw={600}>
                {lever.label}:
              </Text>{" "}
              <Text span fz="sm" c="dimmed">
                {lever.when}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {step.checklist.length > 0 && (
        <List
          fz="sm"
          spacing={4}
          mt={4}
          icon={
            <ThemeIcon size={16} variant="subtle" color="gray">
              <IconSquare size={14} aria-hidden />
            </ThemeIcon>
          }
        >
          {step.checklist.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
      {step.template && (
        <div>
          <Button
            size="compact-xs"
            variant="light"
            mt={4}
            leftSection={<IconPencil size={12} />}
            onClick={() =>
              onWrite({
                template: step.template!,
                until: step.until,
                competingOfferId: step.leverage?.offerId ?? null,
                levers: step.levers.slice(0, 2).map((lever) => lever.lever),
              })
            }
          >
            Write the message
          </Button>
        </div>
      )}
    </Stack>
  );
}
