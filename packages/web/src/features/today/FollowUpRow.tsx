import { Button, Group, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import type { FollowUpDue } from "@loopwise/domain";
import { useFollowUpDone } from "../../api/today";
import { notifyError, notifySuccess } from "../../components/notify";
import { overdueText } from "./today-format";

/** A follow-up the user promised: who, about what, how late; Done closes it. */
export function FollowUpRow({ followUp }: { followUp: FollowUpDue }) {
  const done = useFollowUpDone();
  const markDone = () =>
    done.mutate(
      { contactId: followUp.contactId, outreachId: followUp.outreachId },
      {
        onSuccess: () => notifySuccess(`Followed up with ${followUp.contactName}`),
        onError: (error) => notifyError(error, "The follow-up could not be marked done"),
      },
    );
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={4} data-testid="follow-up-row">
      <Stack gap={0} miw={0}>
        <Text fz="sm" fw={600} truncate>
          {followUp.contactName}
          {followUp.companyName && (
            <Text span fz="sm" c="dimmed" fw={400}>
              {" "}
              · {followUp.companyName}
            </Text>
          )}
        </Text>
        <Text fz="xs" c="dimmed" lineClamp={1}>
          <Text span fz="xs" c={followUp.daysOverdue > 0 ? "red" : undefined} fw={600}>
            {overdueText(followUp.daysOverdue)}
          </Text>
          {" · "}
          {followUp.summary}
        </Text>
      </Stack>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconCheck size={14} />}
        loading={done.isPending}
        onClick={markDone}
        style={{ flexShrink: 0 }}
        aria-label={`Followed up with ${followUp.contactName}: done`}
      >
        Done
      </Button>
    </Group>
  );
}
