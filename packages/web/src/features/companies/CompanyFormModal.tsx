import { Modal, SegmentedControl, Input, Stack, TextInput } from "@mantine/core";
import { FormActions } from "../../components/FormActions";
import { MarkdownField } from "../../components/MarkdownField";
import type { Company, CompanyInput, Tier } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/client";
import { fieldErrorsOf } from "../../api/field-errors";
import { useCreateCompany, useUpdateCompany } from "../../api/use-companies";
import { notifyError, notifySuccess } from "../../components/notify";
import { useLastDefined } from "../../lib/use-last-defined";

/** What the company dialog is doing: adding a company, editing one, or nothing (closed). */
export type Editing = { mode: "create" } | { mode: "edit"; company: Company } | null;

export function CompanyFormModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  // Keeps its title and form while it animates out.
  const shown = useLastDefined(editing);
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={shown?.mode === "edit" ? `Edit ${shown.company.name}` : "New company"}
      size="lg"
    >
      {shown && <CompanyForm key={shown.mode === "edit" ? shown.company.id : "new"} editing={shown} onDone={onClose} />}
    </Modal>
  );
}

const TIER_DATA = [
  { value: "", label: "None" },
  { value: "1", label: "Tier 1" },
  { value: "2", label: "Tier 2" },
  { value: "3", label: "Tier 3" },
];

function CompanyForm({ editing, onDone }: { editing: NonNullable<Editing>; onDone: () => void }) {
  const company = editing.mode === "edit" ? editing.company : undefined;
  const [name, setName] = useState(company?.name ?? "");
  const [website, setWebsite] = useState(company?.website ?? "");
  const [tier, setTier] = useState(company?.tier ? String(company.tier) : "");
  const [notes, setNotes] = useState(company?.notes ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateCompany();
  const update = useUpdateCompany();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: "Name is required" });
    const input: CompanyInput = {
      name: name.trim(),
      website: website.trim() || null,
      tier: tier ? (Number(tier) as Tier) : null,
      notes: notes.trim() || null,
    };
    const handlers = {
      onSuccess: (saved: Company) => {
        notifySuccess(company ? `Saved ${saved.name}` : `Added ${saved.name}`);
        onDone();
      },
      onError: (error: Error) => {
        const fields = fieldErrorsOf(error);
        if (fields) setErrors(fields);
        // A name already taken is a mistake in the name field, not a failure of the app.
        else if (isApiError(error) && error.isConflict) setErrors({ name: error.message });
        else notifyError(error, "The company could not be saved");
      },
    };
    if (company) update.mutate({ id: company.id, patch: input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={company ? "Edit company" : "New company"}>
      <Stack gap="md">
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          data-autofocus
        />
        <TextInput
          label="Website"
          placeholder="https://"
          type="url"
          value={website}
          onChange={(e) => setWebsite(e.currentTarget.value)}
          error={errors.website}
        />
        <Input.Wrapper
          label="Tier"
          description="1 = pays best, wanted most · 3 = practice and leverage"
          error={errors.tier}
        >
          <SegmentedControl data={TIER_DATA} value={tier} onChange={setTier} mt={6} fullWidth />
        </Input.Wrapper>
        <MarkdownField label="Notes" value={notes} onChange={setNotes} error={errors.notes} />
        <FormActions
          onCancel={onDone}
          submitLabel={company ? "Save" : "Add company"}
          pending={create.isPending || update.isPending}
        />
      </Stack>
    </form>
  );
}
