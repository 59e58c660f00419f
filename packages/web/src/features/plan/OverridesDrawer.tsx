import { Button, Center, Drawer, Group, Loader, NumberInput, Stack, Text } from "@mantine/core";
import type { PlanInputJson, PlanOverrides, TimingPlan } from "@loopwise/domain";
import { useState } from "react";
import { useSaveTimingOverrides, useTimingOverrides } from "../../api/timing";
import { LoadError } from "../../components/LoadError";
import { notifyError, notifySuccess } from "../../components/notify";
import {
  fromOverridesDraft,
  stagesAhead,
  toOverridesDraft,
  type OverridesDraft,
  type StageDraft,
} from "./overrides-draft";
import { assumed, numberOrBlank, PaceTable } from "./PaceTable";

type PlannedApplication = PlanInputJson["applications"][number];

interface Props {
  opened: boolean;
  application: PlannedApplication;
  name: string;
  /** The planner's blended assumptions per stage: the placeholders (what a blank field keeps). */
  assumptions: TimingPlan["assumptions"];
  onClose: () => void;
}

/** One company's pace as the user heard it: each stage's typical and slow durations, its pass rate. */
export function OverridesDrawer({ opened, ...rest }: Props) {
  return (
    <Drawer opened={opened} onClose={rest.onClose} position="right" size={540} title={`Pace at ${rest.name}`}>
      {/* Mounted only while open, so the form starts from the saved overrides each time. */}
      {opened && <SavedOverrides {...rest} />}
    </Drawer>
  );
}

function SavedOverrides({ application, name, assumptions, onClose }: Omit<Props, "opened">) {
  const saved = useTimingOverrides(application.id);
  if (saved.error) return <LoadError error={saved.error} onRetry={() => void saved.refetch()} />;
  if (saved.isPending) {
    return (
      <Center p="xl">
        <Loader type="dots" aria-label="Loading" />
      </Center>
    );
  }
  return (
    <OverridesForm
      application={application}
      name={name}
      assumptions={assumptions}
      saved={saved.data}
      onClose={onClose}
    />
  );
}

interface FormProps extends Omit<Props, "opened"> {
  saved: PlanOverrides | null;
}

function OverridesForm({ application, name, assumptions, saved, onClose }: FormProps) {
  const [draft, setDraft] = useState<OverridesDraft>(() => toOverridesDraft(saved, stagesAhead(application)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveTimingOverrides();
  const setStage = (index: number, row: StageDraft) =>
    setDraft((d) => ({ ...d, stages: d.stages.map((old, i) => (i === index ? row : old)) }));

  const store = (overrides: PlanOverrides | null) =>
    save.mutate(
      { id: application.id, overrides },
      {
        onSuccess: () => {
          notifySuccess(overrides ? `The plan now uses your pace for ${name}` : "Back to the planner's estimates");
          onClose();
        },
        onError: (error) => notifyError(error, "The pace could not be saved"),
      },
    );
  const submit = () => {
    const result = fromOverridesDraft(draft);
    setErrors(result.errors ?? {});
    if (!result.errors) store(result.overrides);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          What the recruiter told you beats the averages: leave a field blank to keep the planner&apos;s estimate.
        </Text>
        {draft.stages.length > 0 && (
          <PaceTable stages={draft.stages} assumptions={assumptions} errors={errors} onChange={setStage} />
        )}
        {!application.offer && (
          <NumberInput
            label="Offer stays open (days)"
            description="Until the company names a deadline"
            placeholder={assumed(assumptions, "offer", "medianDays")}
            min={0}
            max={120}
            decimalScale={1}
            hideControls
            styles={{ wrapper: { width: 120 } }}
            value={draft.offerOpenDays}
            onChange={(value) => setDraft((d) => ({ ...d, offerOpenDays: numberOrBlank(value) }))}
            error={errors.offerOpenDays}
          />
        )}
        <Group justify="space-between" mt="sm">
          <Button variant="subtle" color="red" disabled={save.isPending} onClick={() => store(null)}>
            Clear all
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
