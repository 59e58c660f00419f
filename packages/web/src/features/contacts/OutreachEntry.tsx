import { Checkbox, Group, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { OUTREACH_CHANNEL_LABELS, type Outreach, type OutreachPatch } from "@loopwise/domain";
import { useState } from "react";
import { useDeleteOutreach, useUpdateOutreach } from "../../api/use-contacts";
import { DeleteDialog } from "../../components/DeleteDialog";
import { notifyError } from "../../components/notify";
import { RowAction } from "../../components/RowAction";
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
          <RowAction tooltip="Delete entry" label="Delete this entry" onClick={() => setConfirming(true)}>
            <IconTrash size={14} />
          </RowAction>
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
      <DeleteDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Delete this entry?"
        confirmLabel="Delete entry"
        remove={remove}
        id={entry.id}
        failure="The entry could not be deleted"
      >
        <Text fz="sm">
          The {OUTREACH_CHANNEL_LABELS[entry.channel]} entry of {shortDate(entry.on)}, and its follow-up, leave the log.
          This cannot be undone.
        </Text>
      </DeleteDialog>
    </div>
  );
}
