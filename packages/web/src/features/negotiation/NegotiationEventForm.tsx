import { Button, Checkbox, Group, Select, SegmentedControl, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import type { CompInput, NegotiationChannel, NegotiationEvent, NegotiationKind, Offer } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf } from "../../api/field-errors";
import { useLogNegotiationEvent, useUpdateNegotiationEvent } from "../../api/negotiation";
import { notifyError, notifySuccess } from "../../components/notify";
import { todayIso } from "../../lib/dates";
import { CHANNEL_OPTIONS, KIND_OPTIONS } from "./negotiation-labels";
import { CompQuickEditor } from "./CompQuickEditor";
import { applyQuickComp, equityFieldOf, quickCompOf } from "./quick-comp";

const LABELS = {
  on: "Date",
  channel: "Channel",
  kind: "What happened",
  asked: "What you asked",
  response: "What came back",
};

/** The asked and came-back boxes: two lines, growing to six. */
const WORDS_AREA = { autosize: true, minRows: 2, maxRows: 6 } as const;

interface Props {
  offer: Offer;
  /** The offer's comp, parsed: the new numbers start from it. */
  comp: CompInput;
  initialKind?: NegotiationKind;
  /** An event to edit: its words, date, channel and kind (its numbers stay as logged). */
  editing?: NegotiationEvent;
  onDone: () => void;
}

/**
 * Logs one step of the negotiation ("the numbers changed" records the new comp on the offer), or
 * edits a logged step's words, date, channel and kind.
 */
export function NegotiationEventForm({ offer, comp, initialKind = "ask", editing, onDone }: Props) {
  const log = useLogNegotiationEvent(offer.id);
  const update = useUpdateNegotiationEvent(offer.id);
  const [kind, setKind] = useState<NegotiationKind>(editing?.kind ?? initialKind);
  const [on, setOn] = useState(editing?.on ?? todayIso());
  const [channel, setChannel] = useState<NegotiationChannel>(editing?.channel ?? "email");
  const [asked, setAsked] = useState(editing?.asked ?? "");
  const [response, setResponse] = useState(editing?.response ?? "");
  const [changed, setChanged] = useState(false);
  const [numbers, setNumbers] = useState(() => quickCompOf(comp));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!asked.trim() && !response.trim() && !changed && !editing?.after) {
      return setErrors({ asked: "Say what you asked or what came back (or log the new numbers)" });
    }
    const onError = (error: Error) => {
      const fields = fieldErrorsOf(error, LABELS);
      if (fields) setErrors({ ...fields, ...(fields.after ? { asked: `New numbers: ${fields.after}` } : {}) });
      else notifyError(error, editing ? "The event could not be saved" : "The event could not be logged");
    };
    const words = { on, channel, kind, asked: asked.trim() || null, response: response.trim() || null };
    if (editing) {
      return update.mutate({ eventId: editing.id, patch: words }, { onSuccess: onDone, onError });
    }
    log.mutate(
      { ...words, after: changed ? applyQuickComp(comp, numbers) : null },
      {
        onSuccess: () => {
          notifySuccess(changed ? "Logged; the offer has the new numbers" : "Logged");
          onDone();
        },
        onError,
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? "Edit the event" : "Log a negotiation event"}>
      <Stack gap="sm">
        <SegmentedControl
          value={kind}
          onChange={(value) => setKind(value as NegotiationKind)}
          data={KIND_OPTIONS}
          fullWidth
          size="xs"
          aria-label={LABELS.kind}
        />
        <SimpleGrid cols={2} spacing="sm">
          <DateInput
            label={LABELS.on}
            value={on}
            onChange={(value) => setOn(value ?? todayIso())}
            valueFormat="MMM D, YYYY"
            leftSection={<IconCalendar size={16} />}
            popoverProps={{ withinPortal: true }}
            error={errors.on}
          />
          <Select
            label={LABELS.channel}
            data={CHANNEL_OPTIONS}
            value={channel}
            onChange={(value) => value && setChannel(value as NegotiationChannel)}
            allowDeselect={false}
            error={errors.channel}
          />
        </SimpleGrid>
        <Textarea
          label={LABELS.asked}
          placeholder="Asked whether there is room on the sign-on, given the other offer"
          {...WORDS_AREA}
          value={asked}
          onChange={(e) => setAsked(e.currentTarget.value)}
          error={errors.asked}
          autoFocus
        />
        <Textarea
          label={LABELS.response}
          placeholder="Recruiter will check with the comp team by Friday"
          {...WORDS_AREA}
          value={response}
          onChange={(e) => setResponse(e.currentTarget.value)}
          error={errors.response}
        />
        {!editing && (
          <Checkbox
            label="The numbers changed"
            checked={changed}
            onChange={(e) => setChanged(e.currentTarget.checked)}
          />
        )}
        {changed && !editing && (
          <CompQuickEditor
            currency={comp.currency}
            equityField={equityFieldOf(comp)}
            value={numbers}
            onChange={setNumbers}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={log.isPending || update.isPending}>
            {editing ? "Save" : "Log it"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
