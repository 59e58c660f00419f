import { Badge, Group, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { NEGOTIATION_KIND_LABELS, type CompInput, type NegotiationEvent, type Offer } from "@loopwise/domain";
import { useState } from "react";
import { useDeleteNegotiationEvent } from "../../api/negotiation";
import { DeleteDialog } from "../../components/DeleteDialog";
import { RowAction } from "../../components/RowAction";
import { shortDate } from "../../lib/dates";
import { compChanges } from "./comp-diff";
import { CHANNEL_ICONS, CHANNEL_LABELS } from "./negotiation-labels";
import { NegotiationEventForm } from "./NegotiationEventForm";

interface Props {
  event: NegotiationEvent;
  offer: Offer;
  comp: CompInput;
}

/** One event of the log: when, how, what was asked, what came back, and the numbers that moved. */
export function NegotiationEntry({ event, offer, comp }: Props) {
  const remove = useDeleteNegotiationEvent(event.offerId);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const ChannelIcon = CHANNEL_ICONS[event.channel];
  const changes = event.before && event.after ? compChanges(event.before, event.after) : [];

  if (editing) {
    return <NegotiationEventForm offer={offer} comp={comp} editing={event} onDone={() => setEditing(false)} />;
  }

  return (
    <div data-testid="negotiation-event">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={8} wrap="nowrap">
          <Text fz="sm" fw={600}>
            {NEGOTIATION_KIND_LABELS[event.kind]}
          </Text>
          <Text fz="sm" c="dimmed">
            {shortDate(event.on)}
          </Text>
          <Group gap={4} wrap="nowrap" c="dimmed">
            <ChannelIcon size={14} aria-hidden />
            <Text fz="sm" c="dimmed">
              {CHANNEL_LABELS[event.channel]}
            </Text>
          </Group>
        </Group>
        <Group gap={2} wrap="nowrap">
          <RowAction tooltip="Edit this event" onClick={() => setEditing(true)}>
            <IconPencil size={14} />
          </RowAction>
          <RowAction tooltip="Delete this event" onClick={() => setConfirming(true)}>
            <IconTrash size={14} />
          </RowAction>
        </Group>
      </Group>
      {event.asked && <Said who="Asked" text={event.asked} />}
      {event.response && <Said who="They said" text={event.response} />}
      {event.after && (
        <Group gap={6} mt={6} aria-label="The numbers before and after">
          {changes.length === 0 ? (
            <Text fz="xs" c="dimmed">
              New numbers logged; the headline figures did not change.
            </Text>
          ) : (
            changes.map((change) => (
              <Badge
                key={change.label}
                variant="light"
                color={change.after >= change.before ? "teal" : "red"}
                tt="none"
                fw={500}
              >
                {change.text}
              </Badge>
            ))
          )}
        </Group>
      )}
      <DeleteDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Delete this event?"
        confirmLabel="Delete"
        remove={remove}
        id={event.id}
        failure="The event could not be deleted"
      >
        <Text fz="sm">
          The event leaves the log. The offer keeps its current numbers: deleting a counter does not undo the new
          figures it recorded (edit the offer to change them).
        </Text>
      </DeleteDialog>
    </div>
  );
}

function Said({ who, text }: { who: string; text: string }) {
  return (
    <Text fz="sm" mt={4} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      <Text span fz="xs" c="dimmed" fw={600} tt="uppercase" mr={6}>
        {who}
      </Text>
      {text}
    </Text>
  );
}
