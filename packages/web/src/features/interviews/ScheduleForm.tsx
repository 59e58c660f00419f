import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { IconMapPin } from "@tabler/icons-react";
import { calendarDateIn, INTERVIEW_KIND_LABELS, type InterviewKind } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/client";
import { useCreateInterview } from "../../api/interviews";
import { MarkdownField } from "../../components/MarkdownField";
import { notifyError, notifySuccess } from "../../components/notify";
import { ApplicationSelect } from "./ApplicationSelect";
import { draftErrors, draftToInput, emptyDraft, formErrorsFrom, type ScheduleDraft } from "./interview-form";
import { KIND_OPTIONS } from "./interview-labels";
import { browserTimeZone } from "./interview-time";
import { InterviewersSelect } from "./InterviewersSelect";
import type { SchedulePreset } from "./ScheduleInterviewModal";
import { ScheduleTimeFields } from "./ScheduleTimeFields";

const SESSION_KINDS = KIND_OPTIONS.filter((option) => option.value !== "onsite_loop");

function initialDraft(preset: SchedulePreset): ScheduleDraft {
  const zone = preset.loop?.timeZone ?? browserTimeZone();
  const today = preset.loop?.date ?? calendarDateIn(Date.now(), zone);
  return emptyDraft(today, zone, {
    applicationId: preset.loop?.applicationId ?? preset.applicationId ?? null,
    kind: preset.kind ?? (preset.loop ? "coding" : undefined),
  });
}

export function ScheduleForm(props: {
  preset: SchedulePreset;
  onDone: () => void;
  onScheduled?: (id: string) => void;
}) {
  const { preset, onDone, onScheduled } = props;
  const [draft, setDraft] = useState(() => initialDraft(preset));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateInterview();
  const set = (changes: Partial<ScheduleDraft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in changes))));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = draftErrors(draft);
    if (Object.keys(local).length > 0) return setErrors(local);
    create.mutate(draftToInput(draft, preset.loop?.id ?? null), {
      onSuccess: (interview) => {
        notifySuccess(`${INTERVIEW_KIND_LABELS[interview.kind]} at ${interview.companyName} scheduled`);
        onScheduled?.(interview.id);
        onDone();
      },
      onError: (error) => {
        if (isApiError(error) && error.fields) setErrors(formErrorsFrom(error.fields));
        else notifyError(error, "The interview could not be scheduled");
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={preset.loop ? "Add a session" : "Schedule interview"}>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md" style={{ gridTemplateColumns: "3fr 2fr" }}>
          <ApplicationSelect
            value={draft.applicationId}
            onChange={(applicationId) => set({ applicationId })}
            error={errors.applicationId ?? errors.parentId}
            disabled={Boolean(preset.loop || preset.applicationId)}
          />
          <Select
            label="Kind"
            data={preset.loop ? SESSION_KINDS : KIND_OPTIONS}
            value={draft.kind}
            onChange={(kind) => kind && set({ kind: kind as InterviewKind })}
            allowDeselect={false}
            error={errors.kind}
            comboboxProps={{ withinPortal: true }}
            data-autofocus={preset.loop || preset.applicationId ? true : undefined}
          />
        </SimpleGrid>
        <ScheduleTimeFields value={draft} onChange={set} errors={errors} />
        <TextInput
          label="Place or video link"
          placeholder="Room 4, or https://meet.example/…"
          description="A video link gets a Join button on the agenda and on Today."
          leftSection={<IconMapPin size={16} />}
          value={draft.place}
          onChange={(e) => set({ place: e.currentTarget.value })}
          error={errors.place}
        />
        <InterviewersSelect
          value={draft.interviewerIds}
          onChange={(interviewerIds) => set({ interviewerIds })}
          error={errors.interviewerIds}
        />
        <MarkdownField
          label="What to prepare"
          placeholder="Topics, questions to ask, stories to have ready… (Markdown)"
          value={draft.prepare}
          onChange={(prepare) => set({ prepare })}
          error={errors.prepare}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            {preset.loop ? "Add session" : "Schedule"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
