import { Button, Group, Input, Rating, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import type { Interview, InterviewOutcome, RedFlag } from "@loopwise/domain";
import { useEffect, useState, type FormEvent, type KeyboardEvent } from "react";
import { isApiError } from "../../api/client";
import { useUpdateInterview } from "../../api/interviews";
import { Markdown } from "../../components/Markdown";
import { MarkdownField } from "../../components/MarkdownField";
import { notifyError, notifySuccess } from "../../components/notify";
import { formErrorsFrom } from "./interview-form";
import { OUTCOME_OPTIONS } from "./interview-labels";
import { sameFlags } from "./red-flags";
import { RedFlagsField } from "./RedFlagsField";

interface Props {
  interview: Interview;
  onDirtyChange: (dirty: boolean) => void;
}

/** What happened: notes written afterwards, a self-rating from 1 to 5, the outcome and the red flags seen. */
export function InterviewNotesPanel({ interview, onDirtyChange }: Props) {
  const [notes, setNotes] = useState(interview.notes ?? "");
  const [rating, setRating] = useState(interview.selfRating ?? 0);
  const [outcome, setOutcome] = useState<InterviewOutcome>(interview.outcome);
  const [flags, setFlags] = useState<RedFlag[]>(interview.redFlags);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useUpdateInterview();
  const dirty =
    notes.trim() !== (interview.notes ?? "").trim() ||
    rating !== (interview.selfRating ?? 0) ||
    outcome !== interview.outcome ||
    !sameFlags(flags, interview.redFlags);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!dirty) return;
    const patch = { notes: notes.trim() || null, selfRating: rating || null, outcome, redFlags: flags };
    update.mutate(
      { id: interview.id, patch },
      {
        onSuccess: () => notifySuccess("Notes saved"),
        onError: (error) => {
          if (isApiError(error) && error.fields) setErrors(formErrorsFrom(error.fields));
          else notifyError(error, "The notes could not be saved");
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) submit();
  };

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label="Notes and outcome">
      <Stack gap="md">
        <MarkdownField
          label="Notes"
          placeholder="Questions asked, how you answered, what you'd do differently, names to remember… (Markdown)"
          value={notes}
          onChange={setNotes}
          error={errors.notes}
          minRows={8}
          previewFirst
        />
        <Group align="flex-start" gap="xl">
          <Input.Wrapper label="How did it go?" description="Your own rating" error={errors.selfRating}>
            <Group gap="xs" mt={6}>
              <Rating
                value={rating}
                onChange={setRating}
                size="lg"
                role="radiogroup"
                aria-label="Self-rating, 1 to 5"
                getSymbolLabel={(value) => `${value} of 5`}
              />
              {rating > 0 && (
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setRating(0)}>
                  Clear
                </Button>
              )}
            </Group>
          </Input.Wrapper>
          <Input.Wrapper label="Outcome" description="What you heard back" error={errors.outcome}>
            <SegmentedControl
              mt={6}
              data={OUTCOME_OPTIONS}
              value={outcome}
              onChange={(value) => setOutcome(value as InterviewOutcome)}
              size="xs"
              aria-label="Outcome"
            />
          </Input.Wrapper>
        </Group>
        <RedFlagsField value={flags} onChange={setFlags} error={errors.redFlags} />
        {interview.prepare?.trim() && (
          <Stack gap={4}>
            <Text fz="sm" fw={500}>
              What you prepared
            </Text>
            <Markdown>{interview.prepare}</Markdown>
          </Stack>
        )}
        <Group justify="space-between">
          <Text fz="xs" c="dimmed">
            {dirty ? "Unsaved changes · Ctrl/⌘ Enter saves" : "All changes saved"}
          </Text>
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={16} />}
            disabled={!dirty}
            loading={update.isPending}
          >
            Save notes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
