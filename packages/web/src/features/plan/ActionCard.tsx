import { Badge, Button, Card, Collapse, Group, Stack, Text } from "@mantine/core";
import { IconMail } from "@tabler/icons-react";
import type { Message, PlanAction } from "@loopwise/domain";
import { useState } from "react";
import { MessageEditor } from "../negotiation/MessageEditor";
import { ACTION_LABELS, gainText, weekdayDate } from "./plan-format";

interface Props {
  action: PlanAction;
  company: string;
}

/** One action: what to do by when, why (with its numbers), its gain, and its message to edit and copy. */
export function ActionCard({ action, company }: Props) {
  const [open, setOpen] = useState(false);
  const [edited, setEdited] = useState<Message | null>(null);
  const message = edited ?? action.message;
  return (
    <Card withBorder radius="md" p="sm" data-testid="plan-action">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={600}>
              {ACTION_LABELS[action.kind]} · {company}
            </Text>
            <Text fz="xs" c="dimmed">
              By {weekdayDate(action.by)}
            </Text>
          </div>
          <Badge
            variant="light"
            color={action.gain > 0 ? "teal" : "gray"}
            title="How much this raises the expected overlap"
            style={{ flexShrink: 0 }}
          >
            {gainText(action.gain)} overlap
          </Badge>
        </Group>
        <Text fz="sm">{action.reason}</Text>
        {message && (
          <>
            <Group>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconMail size={14} />}
                onClick={() => setOpen((o) => !o)}
                aria-expanded={open}
              >
                {open ? "Hide the message" : "Show the message"}
              </Button>
            </Group>
            <Collapse expanded={open}>
              <MessageEditor
                message={message}
                edited={edited !== null}
                onChange={setEdited}
                onReset={() => setEdited(null)}
              />
            </Collapse>
          </>
        )}
      </Stack>
    </Card>
  );
}
