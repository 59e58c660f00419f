import { Box, Button, Divider, Group, ScrollArea, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import type { Application } from "@loopwise/domain";
import { useEffect, useState, type FormEvent } from "react";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notifyError, notifySuccess } from "../../components/notify";
import { useAllTags } from "../filters/use-all-tags";
import { toDraft, type DraftKey } from "./application-draft";
import { CompanyNameInput } from "./CompanyNameInput";
import { DetailHeader } from "./DetailHeader";
import { DraftField } from "./DraftField";
import { StageHistory } from "./StageHistory";
import { useDraft } from "./use-draft";
import { useSaveApplication } from "./use-save-application";
import { DateMeta } from "./DateMeta";
import { InterviewsSection } from "./InterviewsSection";
import { OfferSection } from "./OfferSection";
import { PeopleSection } from "./PeopleSection";
import { TasksSection } from "./TasksSection";
import classes from "./ApplicationDetail.module.css";

interface Props {
  application: Application;
  onClose: () => void;
  onDeleted: () => void;
  registerCanClose: (canClose: () => boolean) => void;
}

/** The rows under company and role; `columns` when the fields need unequal widths. */
const ROWS: { fields: DraftKey[]; columns?: string }[] = [
  // What to do next comes first, wide enough to read.
  { fields: ["nextAction", "nextActionDue"], columns: "2fr 1fr" },
  { fields: ["level", "location", "remotePolicy"] },
  { fields: ["source", "appliedOn", "desirability"] },
  { fields: ["postingUrl", "offerDeadline"], columns: "2fr 1fr" },
  { fields: ["salaryMin", "salaryMax", "salaryCurrency"] },
  { fields: ["tags"] },
];

/** Every field of one application, saved together with PATCH; the stage moves on its own. */
export function ApplicationDetail({ application, onClose, onDeleted, registerCanClose }: Props) {
  const { draft, set, errors, setErrors, showServerErrors, reset } = useDraft(toDraft(application));
  const [companyName, setCompanyName] = useState(application.companyName);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const { save, isDirty, saving } = useSaveApplication(application);
  const tags = useAllTags(undefined);
  const dirty = isDirty(draft, companyName);

  useEffect(() => {
    registerCanClose(() => {
      // Opened after the Escape that asked to close has been handled, or that same key closes it.
      if (dirty) setTimeout(() => setConfirmDiscard(true), 0);
      return !dirty;
    });
  }, [dirty, registerCanClose]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!companyName.trim()) return setErrors({ ...errors, companyId: "Company is required" });
    try {
      const saved = await save(draft, companyName);
      if (saved) {
        reset(toDraft(saved));
        setCompanyName(saved.companyName);
        notifySuccess("Changes saved");
      }
    } catch (error) {
      if (!showServerErrors(error)) notifyError(error, "The changes could not be saved");
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void submit();
  };

  return (
    <form onSubmit={submit} noValidate onKeyDown={onKeyDown} className={classes.root} aria-label="Application details">
      <DetailHeader application={application} onClose={onClose} onDeleted={onDeleted} />
      <div className={classes.body}>
        <ScrollArea className={classes.main} type="auto" offsetScrollbars>
          <Stack gap="md" p="lg">
            <SimpleGrid cols={2} spacing="md">
              <CompanyNameInput value={companyName} onChange={setCompanyName} error={errors.companyId} />
              <DraftField name="roleTitle" draft={draft} set={set} errors={errors} />
            </SimpleGrid>
            {ROWS.map(({ fields, columns }) => (
              <SimpleGrid
                key={fields.join()}
                cols={fields.length}
                spacing="md"
                style={columns ? { gridTemplateColumns: columns } : undefined}
              >
                {fields.map((name) => (
                  <DraftField key={name} name={name} draft={draft} set={set} errors={errors} tags={tags} />
                ))}
              </SimpleGrid>
            ))}
            <DraftField name="notes" draft={draft} set={set} errors={errors} />
            <DraftField name="archived" draft={draft} set={set} errors={errors} />
            <DateMeta application={application} />
          </Stack>
        </ScrollArea>
        <Box className={classes.side} component="aside">
          <OfferSection application={application} onDeadlineSaved={(deadline) => set("offerDeadline", deadline)} />
          <PeopleSection application={application} />
          <InterviewsSection application={application} />
          <TasksSection application={application} />
          <Title order={4} mb="md" fz="sm" tt="uppercase" c="dimmed">
            Stage history
          </Title>
          <StageHistory id={application.id} />
        </Box>
      </div>
      <Divider />
      <Group className={classes.footer} justify="space-between">
        <Text fz="xs" c="dimmed">
          {dirty ? "Unsaved changes · Ctrl/⌘ Enter saves" : "All changes saved"}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            disabled={!dirty || saving}
            onClick={() => {
              reset(toDraft(application));
              setCompanyName(application.companyName);
            }}
          >
            Discard
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} disabled={!dirty} loading={saving}>
            Save changes
          </Button>
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirmDiscard}
        title="Discard your changes?"
        confirmLabel="Discard and close"
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          reset(toDraft(application));
          setCompanyName(application.companyName);
          registerCanClose(() => true);
          onClose();
        }}
      >
        <Text fz="sm">You changed this application without saving. Closing now loses those changes.</Text>
      </ConfirmDialog>
    </form>
  );
}
