import { Collapse, Modal, Select, SimpleGrid, Stack, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { stageLabel, type Stage } from "@loopwise/domain";
import { useState, type FormEvent } from "react";
import { useCreateApplication } from "../../api/use-applications";
import { FormActions } from "../../components/FormActions";
import { STAGE_OPTIONS } from "../../components/labels";
import { notifyError, notifySuccess } from "../../components/notify";
import { closeNewApplication, uiStore } from "../../components/ui-store";
import { useStoreSelector } from "../../lib/create-store";
import { requestCardFocus } from "../board/board-drag-store";
import { useAllTags } from "../filters/use-all-tags";
import { draftInput, EMPTY_DRAFT, type DraftKey } from "./application-draft";
import { CompanyNameInput } from "./CompanyNameInput";
import { DraftField } from "./DraftField";
import { useDraft } from "./use-draft";
import classes from "./NewApplicationModal.module.css";
import { applicationName } from "../../components/application-name";

const MORE: DraftKey[][] = [
  ["level", "location", "remotePolicy"],
  ["source", "appliedOn"],
  ["postingUrl"],
  ["salaryMin", "salaryMax", "salaryCurrency"],
  ["tags"],
  ["notes"],
];

export function NewApplicationModal() {
  const state = useStoreSelector(uiStore, (s) => s.newApplication);
  return (
    <Modal opened={state.opened} onClose={closeNewApplication} title="New application" size="lg">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {state.opened && <NewApplicationForm initialStage={state.stage ?? "interested"} />}
    </Modal>
  );
}

function NewApplicationForm({ initialStage }: { initialStage: Stage }) {
  const { draft, set, errors, setErrors, showServerErrors } = useDraft(EMPTY_DRAFT);
  const [companyName, setCompanyName] = useState("");
  const [stage, setStage] = useState<Stage>(initialStage);
  const [more, setMore] = useState(false);
  const tags = useAllTags(undefined);
  const create = useCreateApplication();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!companyName.trim()) missing.companyId = "Company is required";
    if (!draft.roleTitle.trim()) missing.roleTitle = "Role is required";
    if (Object.keys(missing).length) return setErrors(missing);
    create.mutate(draftInput(draft, companyName, stage), {
      onSuccess: (application) => {
        requestCardFocus(application.id);
        notifySuccess(`${applicationName(application)} is in ${stageLabel(application.stage)}`, "Application added");
        closeNewApplication();
      },
      onError: (error) => {
        if (showServerErrors(error)) setMore(true);
        else notifyError(error, "The application could not be added");
      },
    });
  };

  const fieldProps = { draft, set, errors, tags };
  return (
    <form onSubmit={submit} noValidate aria-label="New application">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <CompanyNameInput
            value={companyName}
            onChange={setCompanyName}
            error={errors.companyId ?? errors.companyName}
            autoFocus
          />
          <DraftField name="roleTitle" {...fieldProps} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label="Stage"
            data={STAGE_OPTIONS}
            value={stage}
            onChange={(v) => v && setStage(v as Stage)}
            allowDeselect={false}
            error={errors.stage}
          />
          <DraftField name="desirability" {...fieldProps} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} className={classes.nextRow}>
          <DraftField name="nextAction" {...fieldProps} />
          <DraftField name="nextActionDue" {...fieldProps} />
        </SimpleGrid>
        <UnstyledButton className={classes.more} onClick={() => setMore((v) => !v)} aria-expanded={more}>
          {more ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          More details
        </UnstyledButton>
        <Collapse expanded={more}>
          <Stack gap="md">
            {MORE.map((row) => (
              <SimpleGrid key={row.join()} cols={{ base: 1, xs: row.length }}>
                {row.map((name) => (
                  <DraftField key={name} name={name} {...fieldProps} />
                ))}
              </SimpleGrid>
            ))}
          </Stack>
        </Collapse>
        <FormActions onCancel={closeNewApplication} submitLabel="Add application" pending={create.isPending} />
      </Stack>
    </form>
  );
}
