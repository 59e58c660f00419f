import { Button, Drawer, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import { DateInput, DatePickerInput } from "@mantine/dates";
import type { PlanConstraints } from "@loopwise/domain";
import { useState } from "react";
import { useSaveTimingSettings } from "../../api/timing";
import { notifyError, notifySuccess } from "../../components/notify";
import { fromDraft, toDraft, type ConstraintsDraft } from "./constraints-draft";

interface Props {
  opened: boolean;
  constraints: PlanConstraints;
  onClose: () => void;
}

const POPOVER = { popoverProps: { withinPortal: true }, clearable: true, valueFormat: "ddd D MMM YYYY" } as const;
const count = (value: string | number) => (typeof value === "number" ? value : "");

/** What the plan must respect: capacity, blackout dates, onsite readiness and spacing, the window. */
export function ConstraintsDrawer({ opened, constraints, onClose }: Props) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title="Constraints">
      {/* Mounted only while open, so the form starts from the saved constraints each time. */}
      {opened && <ConstraintsForm constraints={constraints} onClose={onClose} />}
    </Drawer>
  );
}

function ConstraintsForm({ constraints, onClose }: { constraints: PlanConstraints; onClose: () => void }) {
  const [draft, setDraft] = useState<ConstraintsDraft>(() => toDraft(constraints));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveTimingSettings();
  const set = <K extends keyof ConstraintsDraft>(key: K, value: ConstraintsDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = () => {
    const result = fromDraft(draft);
    if (result.errors) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.constraints, {
      onSuccess: () => {
        notifySuccess("The plan is being recomputed", "Constraints saved");
        onClose();
      },
      onError: (error) => notifyError(error, "The constraints could not be saved"),
    });
  };

  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        The plan never books more than you can take. Leave a field empty for no limit.
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput
          label="Interviews per day"
          min={1}
          max={10}
          value={draft.interviewsPerDay}
          onChange={(v) => set("interviewsPerDay", count(v))}
          error={errors.interviewsPerDay}
        />
        <NumberInput
          label="Interviews per week"
          min={1}
          max={40}
          value={draft.interviewsPerWeek}
          onChange={(v) => set("interviewsPerWeek", count(v))}
          error={errors.interviewsPerWeek}
        />
      </SimpleGrid>
      <DatePickerInput
        type="multiple"
        label="Blackout dates"
        description="Days you cannot interview (holidays, travel)"
        placeholder="None"
        value={draft.blackoutDates}
        onChange={(dates) =>
          set(
            "blackoutDates",
            dates.filter((d): d is string => typeof d === "string"),
          )
        }
        error={errors.blackoutDates}
        {...POPOVER}
      />
      <SimpleGrid cols={2} spacing="sm">
        <DateInput
          label="Ready for onsites on"
          placeholder="Any time"
          value={draft.readyForOnsitesOn}
          onChange={(value) => set("readyForOnsitesOn", value)}
          error={errors.readyForOnsitesOn}
          {...POPOVER}
        />
        <NumberInput
          label="Min. days between onsites"
          min={0}
          max={30}
          value={draft.minDaysBetweenOnsites}
          onChange={(v) => set("minDaysBetweenOnsites", count(v))}
          error={errors.minDaysBetweenOnsites}
        />
      </SimpleGrid>
      <Stack gap={6}>
        <Text fz="sm" fw={500}>
          Decision window
        </Text>
        <SegmentedControl
          value={draft.windowMode}
          onChange={(value) => set("windowMode", value === "fixed" ? "fixed" : "auto")}
          data={[
            { value: "auto", label: "As soon as the best set is ready" },
            { value: "fixed", label: "Fixed dates" },
          ]}
        />
        {draft.windowMode === "fixed" && (
          <DatePickerInput
            type="range"
            aria-label="Decision window dates"
            placeholder="First and last day"
            value={draft.window}
            onChange={(value) => set("window", value)}
            error={errors.window}
            {...POPOVER}
          />
        )}
      </Stack>
      {errors.form && (
        <Text c="red" fz="sm">
          {errors.form}
        </Text>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          Save and re-plan
        </Button>
      </Group>
    </Stack>
  );
}
