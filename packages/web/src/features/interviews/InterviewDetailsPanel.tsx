import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { IconDeviceFloppy, IconTrash } from "@tabler/icons-react";
import type { Interview, InterviewKind } from "@loopwise/domain";
import { useEffect, useState, type FormEvent } from "react";
import { isApiError } from "../../api/client";
import { useDeleteInterview, useUpdateInterview } from "../../api/interviews";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { MarkdownField } from "../../components/MarkdownField";
import { notifyError, notifySuccess } from "../../components/notify";
import { detailsDirty, detailsPatch, toDetailsDraft, type DetailsDraft } from "./details-draft";
import { formErrorsFrom, TIME_FIELDS_TO_FORM } from "./interview-form";
import { KIND_OPTIONS } from "./interview-labels";
import { InterviewersSelect } from "./InterviewersSelect";
import { ScheduleTimeFields } from "./ScheduleTimeFields";

interface Props {
  interview: Interview;
  onDirtyChange: (dirty: boolean) => void;
  onDeleted: () => void;
}

/** Everything about an interview before it happens: kind, time, place, interviewers, preparation. */
export function InterviewDetailsPanel({ interview, onDirtyChange, onDeleted }: Props) {
  const [draft, setDraft] = useState(() => toDetailsDraft(interview));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const update = useUpdateInterview();
  const remove = useDeleteInterview();
  const dirty = detailsDirty(draft, interview);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const set = (changes: Partial<DetailsDraft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in changes))));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.date || !/^\d{2}:\d{2}$/.test(draft.time)) {
      return setErrors({ ...(draft.date ? {} : { date: "Pick a date" }), time: "Pick a start time" });
    }
    update.mutate(
      { id: interview.id, patch: detailsPatch(draft) },
      {
        onSuccess: (saved) => {
          setDraft(toDetailsDraft(saved));
          setErrors({});
          notifySuccess("Interview saved");
        },
        onError: (error) => {
          if (isApiError(error) && error.fields) setErrors(formErrorsFrom(error.fields, TIME_FIELDS_TO_FORM));
          else notifyError(error, "The interview could not be saved");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Schedule and preparation">
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md">
          <Select
            label="Kind"
            data={interview.parentId ? KIND_OPTIONS.filter((o) => o.value !== "onsite_loop") : KIND_OPTIONS}
            value={draft.kind}
            onChange={(kind) => kind && set({ kind: kind as InterviewKind })}
            allowDeselect={false}
            error={errors.kind}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="Title"
            placeholder="Optional, e.g. Round 2"
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={errors.title}
          />
        </SimpleGrid>
        <ScheduleTimeFields value={draft} onChange={set} errors={errors} />
        <SimpleGrid cols={2} spacing="md">
          <TextInput
            label="Place"
            placeholder="Office, room, address"
            value={draft.location}
            onChange={(e) => set({ location: e.currentTarget.value })}
            error={errors.location}
          />
          <TextInput
            label="Video link"
            placeholder="https://…"
            type="url"
            value={draft.videoUrl}
            onChange={(e) => set({ videoUrl: e.currentTarget.value })}
            error={errors.videoUrl}
          />
        </SimpleGrid>
        <InterviewersSelect
          value={draft.interviewerIds}
          onChange={(interviewerIds) => set({ interviewerIds })}
          error={errors.interviewerIds}
        />
        <MarkdownField
          label="What to prepare"
          value={draft.prepare}
          onChange={(prepare) => set({ prepare })}
          error={errors.prepare}
          minRows={4}
          previewFirst
        />
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setConfirmDelete(true)}
          >
            Delete
          </Button>
          <Group gap="xs">
            <Text fz="xs" c="dimmed">
              {dirty ? "Unsaved changes" : ""}
            </Text>
            <Button variant="default" disabled={!dirty} onClick={() => setDraft(toDetailsDraft(interview))}>
              Discard
            </Button>
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!dirty}
              loading={update.isPending}
            >
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirmDelete}
        title="Delete this interview?"
        confirmLabel="Delete interview"
        loading={remove.isPending}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(interview.id, {
            onSuccess: () => {
              setConfirmDelete(false);
              onDirtyChange(false);
              notifySuccess("Interview deleted");
              onDeleted();
            },
            onError: (error) => notifyError(error, "The interview could not be deleted"),
          })
        }
      >
        <Text fz="sm">
          Its notes go with it
          {interview.sessionIds.length > 0 ? `, and so do its ${interview.sessionIds.length} session(s)` : ""}. This
          cannot be undone.
        </Text>
      </ConfirmDialog>
    </form>
  );
}
