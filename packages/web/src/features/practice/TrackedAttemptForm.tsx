import { Checkbox, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, Textarea } from "@mantine/core";
import { LANGUAGES, TRACKED_VERDICTS, type Language, type TrackedProblem, type TrackedVerdict } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf } from "../../api/field-errors";
import { useLogTrackedAttempt } from "../../api/practice";
import { FormActions } from "../../components/FormActions";
import { notifyError } from "../../components/notify";
import { LANGUAGE_NAMES, TRACKED_VERDICT_LABELS } from "./practice-labels";

const VERDICT_OPTIONS = TRACKED_VERDICTS.map((v) => ({ value: v, label: TRACKED_VERDICT_LABELS[v] }));
const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));
const LABELS = { verdict: "Result", durationSeconds: "Time spent", language: "Language", notes: "Notes" };

/** Logs how an attempt at a tracked problem went: the user says, since no judge saw it. */
export function TrackedAttemptForm({ problem, onClose }: { problem: TrackedProblem; onClose: () => void }) {
  const log = useLogTrackedAttempt();
  const [verdict, setVerdict] = useState<TrackedVerdict>("solved");
  const [minutes, setMinutes] = useState<number | string>("");
  const [language, setLanguage] = useState<Language | null>(null);
  const [interview, setInterview] = useState(false);
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      verdict,
      durationSeconds: typeof minutes === "number" ? Math.round(minutes * 60) : undefined,
      language: language ?? undefined,
      interview,
      notes: notes.trim() || null,
    };
    log.mutate(
      { id: problem.id, input },
      {
        onSuccess: onClose,
        onError: (error) => {
          const fields = fieldErrorsOf(error, LABELS);
          if (fields) setErrors(fields);
          else notifyError(error, "The attempt was not logged");
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Log an attempt">
      <form onSubmit={submit} aria-label="Log an attempt" noValidate>
        <Stack gap="sm">
          <Text fz="sm" fw={600}>
            {problem.name}
          </Text>
          <div>
            <Text fz="sm" fw={500} mb={4} id="tracked-result">
              Result
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="tracked-result"
              data={VERDICT_OPTIONS}
              value={verdict}
              onChange={(value) => setVerdict(value as TrackedVerdict)}
            />
          </div>
          <Group grow align="flex-start">
            <NumberInput
              label="Time spent (minutes)"
              min={0}
              max={1440}
              allowDecimal={false}
              value={minutes}
              onChange={setMinutes}
              error={errors.durationSeconds}
            />
            <Select
              label="Language"
              placeholder="Not said"
              data={LANGUAGE_OPTIONS}
              value={language}
              onChange={(value) => setLanguage(value as Language | null)}
              clearable
            />
          </Group>
          <Checkbox
            label="A mock interview"
            checked={interview}
            onChange={(e) => setInterview(e.currentTarget.checked)}
          />
          <Textarea
            label="Notes"
            autosize
            minRows={2}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errors.notes}
          />
          <FormActions onCancel={onClose} submitLabel="Log it" pending={log.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
