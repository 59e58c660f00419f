import { ActionIcon, Checkbox, Group, Text, Tooltip } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { OUTREACH_CHANNEL_LABELS, type Outreach, type OutreachPatch } from "@loopwise/domain";
import { useState } from "react";
import { useDeleteOutreach, useUpdateOutreach } from "../../api/use-contacts";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notifyError } from "../../components/notify";
import { shortDate, todayIso } from "../../lib/dates";
import { followUpState } from "./follow-up";
import { FollowUpDate } from "./FollowUpDate";
import { CHANNEL_ICONS } from "./outreach-channels";
import classes from "./ContactDetail.module.css";

/** One exchange of the log; replied and follow-up done are ticked off in place. */
export function OutreachEntry({ entry }: { entry: Outreach }) {
  const update = useUpdateOutreach(entry.contactId);
  const remove = useDeleteOutreach(entry.contactId);
  const [confirming, setConfirming] = useState(false);
  const Icon = CHANNEL_ICONS[entry.channel];
  const overdue =
    entry.followUpOn !== null && followUpState(entry.followUpOn, entry.followUpDone, todayIso()) === "overdue";

  const change = (patch: OutreachPatch) =>
    update.mutate(
      { id: entry.id, patch },
      { onError: (error) => notifyError(error, "The entry could not be changed") },
    );

  return (
    <div role="listitem" className={`${classes.entry} ${overdue ? classes.entryOverdue : ""}`}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={8} wrap="nowrap">
          <Icon size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Text fz="sm" fw={600}>
            {shortDate(entry.on)}
          </Text>
          <Text fz="sm" c="dimmed">
            {OUTREACH_CHANNEL_LABELS[entry.channel]}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Checkbox
            size="xs"
            label="Replied"
            checked={entry.replied}
            onChange={(e) => change({ replied: e.currentTarget.checked })}
          />
          <Tooltip label="Delete entry">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label="Delete this entry"
              onClick={() => setConfirming(true)}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Text fz="sm" mt={6} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {entry.summary}
      </Text>
      {entry.followUpOn && (
        <Group justify="space-between" mt={8} gap="xs">
          <Group gap={6} wrap="nowrap">
            <Text fz="xs" c="dimmed">
              Follow up
            </Text>
            <FollowUpDate on={entry.followUpOn} done={entry.followUpDone} fz="xs" />
          </Group>
          <Checkbox
            size="xs"
            label="Followed up"
            checked={entry.followUpDone}
            onChange={(e) => change({ followUpDone: e.currentTarget.checked })}
          />
        </Group>
      )}
      <ConfirmDialog
        opened={confirming}
        title="Delete this entry?"
        confirmLabel="Delete entry"
        loading={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(entry.id, {
            onSuccess: () => setConfirming(false),
            onError: (error) => notifyError(error, "The entry could not be deleted"),
          })
        }
      >
        <Text fz="sm">
          The {OUTREACH_CHANNEL_LABELS[entry.channel]} entry of {shortDate(entry.on)}, and its follow-up, leave the log.
          This cannot be undone.
        </Text>
      </ConfirmDialog>
    </div>
  );
}
