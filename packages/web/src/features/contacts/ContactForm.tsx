import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { IconAt, IconLink, IconPhone } from "@tabler/icons-react";
import type { ContactInput } from "@loopwise/domain";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { fieldErrorsOf } from "../../api/field-errors";
import { useCompanies } from "../../api/use-companies";
import { MarkdownField } from "../../components/MarkdownField";
import { notifyError } from "../../components/notify";
import {
  CONTACT_FIELD_LABELS as LABELS,
  sameContactDraft,
  toContactInput,
  type ContactDraft,
  type ContactDraftKey,
} from "./contact-draft";

interface Props {
  initial: ContactDraft;
  submitLabel: string;
  /** Saves; a rejection with field errors shows them under the fields. */
  onSubmit: (input: ContactInput) => Promise<unknown>;
  /** Shown as a Cancel button (a new contact); without it, a Discard button resets the form. */
  onCancel?: () => void;
  onDirtyChange?: (dirty: boolean) => void;
  autoFocus?: boolean;
}

/** Every field of a contact. Used to add one (in a modal) and to edit one (in its drawer). */
export function ContactForm({ initial, submitLabel, onSubmit, onCancel, onDirtyChange, autoFocus }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const companies = useCompanies();
  const dirty = !sameContactDraft(draft, initial);
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const companyOptions = useMemo(
    () => (companies.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    [companies.data],
  );

  const set = <K extends ContactDraftKey>(key: K, value: ContactDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };
  const text = (key: Exclude<ContactDraftKey, "companyId" | "notes">) => ({
    label: LABELS[key],
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value),
    error: errors[key],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!draft.name.trim()) return setErrors({ name: "Name is required" });
    setSaving(true);
    try {
      await onSubmit(toContactInput(draft));
    } catch (error) {
      const fields = fieldErrorsOf(error, LABELS);
      if (fields) setErrors(fields);
      else notifyError(error, "The contact could not be saved");
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput {...text("name")} required placeholder="Priya Raman" data-autofocus={autoFocus || undefined} />
          <TextInput {...text("title")} placeholder="Staff Engineer" />
          <Select
            label={LABELS.companyId}
            placeholder="No company"
            data={companyOptions}
            value={draft.companyId}
            onChange={(value) => set("companyId", value)}
            searchable
            clearable
            nothingFoundMessage="No such company. Add it on the Companies page first."
            error={errors.companyId}
          />
          <TextInput {...text("howWeMet")} placeholder="Former teammate, meetup, alumni…" />
          <TextInput
            {...text("email")}
            type="email"
            placeholder="name@example.com"
            leftSection={<IconAt size={16} />}
          />
          <TextInput {...text("phone")} type="tel" placeholder="+1 555 0100" leftSection={<IconPhone size={16} />} />
        </SimpleGrid>
        <TextInput
          {...text("profileUrl")}
          type="url"
          placeholder="https://www.linkedin.com/in/…"
          leftSection={<IconLink size={16} />}
        />
        <MarkdownField
          label={LABELS.notes}
          value={draft.notes}
          onChange={(value) => set("notes", value)}
          error={errors.notes}
          placeholder="What they work on, what you talked about, what they offered… (Markdown)"
          previewFirst={!onCancel}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : (
            <Button
              variant="default"
              disabled={!dirty || saving}
              onClick={() => {
                setDraft(initial);
                setErrors({});
              }}
            >
              Discard
            </Button>
          )}
          <Button type="submit" loading={saving} disabled={!onCancel && !dirty}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
