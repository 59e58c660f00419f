import { Autocomplete, Button, Group, Paper, Stack, TextInput } from "@mantine/core";
import { stageLabel, type Stage } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { useCreateApplication } from "../../api/use-applications";
import { useCompanies } from "../../api/use-companies";
import { notifyError, notifySuccess } from "../../components/notify";
import { requestCardFocus } from "./board-drag-store";
import { applicationName } from "../../components/application-name";

interface Props {
  stage: Stage;
  /** Called once the card is added; focus then goes to the new card. */
  onAdded: () => void;
  /** Called on Cancel or Escape; focus should go back to what opened the form. */
  onCancel: () => void;
}

/** The "+" of a column: company (existing or new) and role, added at the end of that column. */
export function QuickAddForm({ stage, onAdded, onCancel }: Props) {
  const [companyName, setCompanyName] = useState("");
  const [roleTitle, setRoleTitle] = useState("");
  const [errors, setErrors] = useState<{ company?: string; role?: string }>({});
  const companies = useCompanies();
  const create = useCreateApplication();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const company = companyName.trim();
    const role = roleTitle.trim();
    const missing = {
      company: company ? undefined : "Company is required",
      role: role ? undefined : "Role is required",
    };
    setErrors(missing);
    if (missing.company || missing.role) return;
    create.mutate(
      { companyName: company, roleTitle: role, stage },
      {
        onSuccess: (application) => {
          requestCardFocus(application.id);
          notifySuccess(`Added ${applicationName(application)} to ${stageLabel(stage)}`);
          onAdded();
        },
        onError: (error) => notifyError(error, "The application could not be added"),
      },
    );
  };

  return (
    <Paper
      component="form"
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        // An Escape that closes the company suggestions is not one that closes the form.
        const fromOpenDropdown = (e.target as HTMLElement).dataset.mantineStopPropagation === "true";
        if (e.key === "Escape" && !fromOpenDropdown) onCancel();
      }}
      p="xs"
      mx={8}
      mb={8}
      withBorder
      shadow="xs"
      aria-label={`Quick add to ${stageLabel(stage)}`}
    >
      <Stack gap={6}>
        <Autocomplete
          size="xs"
          label="Company"
          placeholder="Existing or new"
          data={[...new Set((companies.data ?? []).map((c) => c.name))]}
          value={companyName}
          onChange={setCompanyName}
          error={errors.company}
          limit={8}
          openOnFocus={false}
          autoFocus
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          size="xs"
          label="Role"
          placeholder="Backend Engineer"
          value={roleTitle}
          onChange={(e) => setRoleTitle(e.currentTarget.value)}
          error={errors.role}
        />
        <Group gap={6} justify="flex-end">
          <Button size="compact-xs" variant="subtle" color="gray" onClick={onCancel}>
            Cancel
          </Button>
          <Button size="compact-xs" type="submit" loading={create.isPending}>
            Add
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
