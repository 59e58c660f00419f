import { Button, Collapse, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconDeviceFloppy, IconTrash } from "@tabler/icons-react";
import type { Offer } from "@loopwise/domain";
import { useEffect, useState, type FormEvent } from "react";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notifyError, notifySuccess } from "../../components/notify";
import { ApplicationPicker } from "./ApplicationPicker";
import { EssentialFields } from "./EssentialFields";
import { MoreDetails } from "./MoreDetails";
import { OfferPreview } from "./OfferPreview";
import { useOfferForm } from "./use-offer-form";
import classes from "./OfferForm.module.css";

export type OfferFormState = ReturnType<typeof useOfferForm>;

interface Props {
  offer: Offer | null;
  /** Preselected application (from its drawer). */
  applicationId?: string | undefined;
  compareCurrency: string;
  /** Cancel: the drawer asks first when something was typed. */
  onCancel: () => void;
  /** Saved or deleted: the drawer closes. */
  onDone: () => void;
  onSaved?: ((offer: Offer) => void) | undefined;
  onDirtyChange: (dirty: boolean) => void;
}

/** The offer form: the essentials with a live preview, then the details on demand. */
export function OfferForm({ offer, applicationId, compareCurrency, onCancel, onDone, onSaved, onDirtyChange }: Props) {
  const form = useOfferForm(offer, compareCurrency, applicationId);
  const [more, setMore] = useState(offer !== null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => {
    onDirtyChange(form.dirty);
  }, [form.dirty, onDirtyChange]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Rendered in a portal, but React events still bubble to the application drawer's form.
    event.stopPropagation();
    try {
      const saved = await form.save();
      if (!saved) return;
      onSaved?.(saved);
      onDone();
      notifySuccess(
        offer ? "Offer saved" : `${saved.companyName}'s card is in the Offer stage`,
        offer ? undefined : "Offer recorded",
      );
    } catch (error) {
      notifyError(error, "The offer could not be saved");
    }
  };

  const remove = async () => {
    try {
      await form.remove();
      notifySuccess("Offer deleted");
      setConfirmDelete(false);
      onDone();
    } catch (error) {
      notifyError(error, "The offer could not be deleted");
    }
  };

  const hiddenErrors = more ? 0 : Object.keys(form.errors).filter((key) => !isEssential(key)).length;

  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== "Enter" || !(event.metaKey || event.ctrlKey)) return;
        event.stopPropagation();
        event.currentTarget.requestSubmit();
      }}
      noValidate
      className={classes.root}
      aria-label={offer ? "Edit offer" : "Record an offer"}
    >
      <div className={classes.grid}>
        <Stack gap="lg" className={classes.fields}>
          {!offer && !applicationId && (
            <ApplicationPicker
              value={form.draft.applicationId}
              onChange={(id) => form.set("applicationId", id)}
              error={form.errors.applicationId}
            />
          )}
          <EssentialFields form={form} />
          <UnstyledButton onClick={() => setMore((open) => !open)} className={classes.more} aria-expanded={more}>
            <IconChevronDown size={16} className={classes.chevron} data-open={more || undefined} />
            <Text fw={600} fz="sm">
              {more ? "Fewer details" : "More details"}
            </Text>
            <Text fz="xs" c={hiddenErrors ? "red" : "dimmed"} truncate="end" miw={0}>
              {hiddenErrors
                ? `${hiddenErrors} field${hiddenErrors === 1 ? "" : "s"} to fix inside`
                : "level, dates, currency, notes, raises, more grants, refreshers, benefits, outlook"}
            </Text>
          </UnstyledButton>
          <Collapse expanded={more}>
            <MoreDetails form={form} compareCurrency={compareCurrency} />
          </Collapse>
        </Stack>
        <aside className={classes.preview}>
          <OfferPreview
            projection={form.draft.base === "" ? null : form.projection}
            stale={form.stale}
            issueCount={Object.keys(form.liveIssues ?? {}).length}
          />
        </aside>
      </div>
      <Group justify="space-between" className={classes.footer}>
        {offer ? (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setConfirmDelete(true)}
          >
            Delete offer
          </Button>
        ) : (
          <Text fz="xs" c="dimmed">
            Enter or Ctrl/⌘ Enter saves · Esc closes
          </Text>
        )}
        <Group gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={form.saving}>
            {offer ? "Save offer" : "Record offer"}
          </Button>
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirmDelete}
        title="Delete this offer?"
        confirmLabel="Delete offer"
        loading={form.removing}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void remove()}
      >
        <Text fz="sm">
          The offer, its figures and its negotiation log are deleted. The application stays where it is on the board.
        </Text>
      </ConfirmDialog>
    </form>
  );
}

const ESSENTIAL = /^(applicationId|base|bonusTargetPercent|deadline|signOns\.0\.|grants\.0\.)/;

function isEssential(key: string): boolean {
  return ESSENTIAL.test(key);
}
