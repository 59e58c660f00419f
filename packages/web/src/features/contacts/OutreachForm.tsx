import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { addDaysToDate, type OutreachChannel } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf } from "../../api/field-errors";
import { useAddOutreach } from "../../api/use-contacts";
import { notifyError } from "../../components/notify";
import { todayIso } from "../../lib/dates";
import { FOLLOW_UP_PICKS } from "./follow-up";
import { CHANNEL_OPTIONS } from "./outreach-channels";
import classes from "./ContactDetail.module.css";

const LABELS = { on: "Date", channel: "Channel", summary: "Summary", followUpOn: "Follow up on" };
const dateProps = {
  valueFormat: "MMM D, YYYY",
  leftSection: <IconCalendar size={16} />,
  popoverProps: { withinPortal: true },
};

/** Logs one exchange: when, how, what was said, whether they answered, and when to follow up. */
export function OutreachForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const add = useAddOutreach(contactId);
  const [on, setOn] = useState(todayIso());
  const [channel, setChannel] = useState<OutreachChannel>("email");
  const [summary, setSummary] = useState("");
  const [replied, setReplied] = useState(false);
  const [followUpOn, setFollowUpOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!summary.trim()) return setErrors({ summary: "Say in a few words what happened" });
    add.mutate(
      { on, channel, summary: summary.trim(), replied, followUpOn },
      {
        onSuccess: onDone,
        onError: (error) => {
          const fields = fieldErrorsOf(error, LABELS);
          if (fields) setErrors(fields);
          else notifyError(error, "The outreach could not be logged");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Log outreach" className={classes.addForm}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <DateInput
            label={LABELS.on}
            value={on}
            onChange={(value) => setOn(value ?? todayIso())}
            error={errors.on}
            {...dateProps}
          />
          <Select
            label={LABELS.channel}
            data={CHANNEL_OPTIONS}
            value={channel}
            onChange={(value) => value && setChannel(value as OutreachChannel)}
            allowDeselect={false}
            error={errors.channel}
          />
        </SimpleGrid>
        <Textarea
          label={LABELS.summary}
          placeholder="Asked whether the platform team is hiring; she offered to refer me"
          autosize
          minRows={2}
          maxRows={8}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={errors.summary}
          data-autofocus
          autoFocus
        />
        <Group align="flex-end" gap="xs">
          <DateInput
            label={LABELS.followUpOn}
            placeholder="No follow-up"
            value={followUpOn}
            onChange={setFollowUpOn}
            minDate={on}
            clearable
            error={errors.followUpOn}
            w={190}
            {...dateProps}
          />
          {FOLLOW_UP_PICKS.map((days) => (
            <Button
              key={days}
              variant="default"
              aria-label={`Follow up ${days} days after the date`}
              onClick={() => setFollowUpOn(addDaysToDate(on, days))}
            >
              +{days} days
            </Button>
          ))}
        </Group>
        <Group justify="space-between">
          <Checkbox label="They replied" checked={replied} onChange={(e) => setReplied(e.currentTarget.checked)} />
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Log outreach
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
