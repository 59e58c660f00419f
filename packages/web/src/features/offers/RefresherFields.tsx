import { SimpleGrid, Stack, Switch } from "@mantine/core";
import { MoneyField, NumField } from "./form-inputs";
import { ScheduleField } from "./ScheduleField";
import type { OfferFormState } from "./OfferForm";

/** Yearly refresher grants the user expects, which make the steady year 5. */
export function RefresherFields({ form }: { form: OfferFormState }) {
  const { draft, set, errors } = form;
  const refresher = draft.refresher;
  const patch = (change: Partial<typeof refresher>) => set("refresher", { ...refresher, ...change });
  return (
    <Stack gap="sm">
      <Switch
        label="Count yearly refresher grants"
        description="Granted every year from the start year; they shape the steady year 5."
        checked={refresher.enabled}
        onChange={(event) => patch({ enabled: event.currentTarget.checked })}
      />
      {refresher.enabled && (
        <>
          <SimpleGrid cols={2} spacing="sm">
            <MoneyField
              label="Each refresher's value"
              currency={draft.currency}
              value={refresher.annualValue}
              onChange={(annualValue) => patch({ annualValue })}
              error={errors["refresher.annualValue"]}
            />
            <NumField
              label="First granted in year"
              min={1}
              max={10}
              allowDecimal={false}
              value={refresher.startYear}
              onChange={(startYear) => patch({ startYear })}
              error={errors["refresher.startYear"]}
            />
          </SimpleGrid>
          <ScheduleField
            label="Refresher vesting"
            schedule={refresher.schedule}
            custom={refresher.custom}
            onChange={(schedule, custom) => patch({ schedule, custom })}
            error={errors["refresher.schedule"]}
          />
        </>
      )}
    </Stack>
  );
}
