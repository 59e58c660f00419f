import { Modal, MultiSelect, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { DIFFICULTIES, TOPICS, type Difficulty, type Topic, type TrackedProblem } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf } from "../../api/field-errors";
import { useCreateTracked, useUpdateTracked } from "../../api/practice";
import { FormActions } from "../../components/FormActions";
import { notifyError } from "../../components/notify";
import { DIFFICULTY_LABELS, TOPIC_LABELS } from "./practice-labels";

const TOPIC_OPTIONS = TOPICS.map((topic) => ({ value: topic, label: TOPIC_LABELS[topic] }));
const DIFFICULTY_OPTIONS = DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }));
const LABELS = { name: "Name", url: "Link", difficulty: "Difficulty", topics: "Topics", notes: "Notes" };

interface Props {
  /** The problem to edit; null to add one. */
  problem: TrackedProblem | null;
  onClose: () => void;
}

/** Adds or edits a problem from another site: its name and link only, nothing of its text. */
export function TrackedForm({ problem, onClose }: Props) {
  const create = useCreateTracked();
  const update = useUpdateTracked();
  const [name, setName] = useState(problem?.name ?? "");
  const [url, setUrl] = useState(problem?.url ?? "");
  const [difficulty, setDifficulty] = useState<Difficulty | null>(problem?.difficulty ?? null);
  const [topics, setTopics] = useState<Topic[]>(problem?.topics ?? []);
  const [notes, setNotes] = useState(problem?.notes ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const pending = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: "Give it a name, as the other site calls it" });
    const input = { name: name.trim(), url: url.trim() || null, difficulty, topics, notes: notes.trim() || null };
    const onError = (error: Error) => {
      const fields = fieldErrorsOf(error, LABELS);
      if (fields) setErrors(fields);
      else notifyError(error, "The problem was not saved");
    };
    if (problem) update.mutate({ id: problem.id, patch: input }, { onSuccess: onClose, onError });
    else create.mutate(input, { onSuccess: onClose, onError });
  };

  return (
    <Modal opened onClose={onClose} title={problem ? "Edit tracked problem" : "Track a problem from elsewhere"}>
      <form onSubmit={submit} aria-label="Tracked problem" noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            label="Link"
            placeholder="https://…"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errors.url}
          />
          <Select
            label="Difficulty"
            placeholder="Not set"
            data={DIFFICULTY_OPTIONS}
            value={difficulty}
            onChange={(value) => setDifficulty(value as Difficulty | null)}
            clearable
            error={errors.difficulty}
          />
          <MultiSelect
            label="Topics"
            placeholder={topics.length ? undefined : "Up to 5"}
            data={TOPIC_OPTIONS}
            value={topics}
            onChange={(value) => setTopics(value as Topic[])}
            maxValues={5}
            searchable
            error={errors.topics}
          />
          <Textarea
            label="Notes"
            description="Your own words: the approach, what tripped you up."
            autosize
            minRows={2}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errors.notes}
          />
          <FormActions onCancel={onClose} submitLabel={problem ? "Save" : "Track it"} pending={pending} />
        </Stack>
      </form>
    </Modal>
  );
}
