import { SimpleGrid, Stack, Switch } from "@mantine/core";
import { bindPatch, checkProps } from "../../lib/bind-fields";
import { MoneyField, NumField } from "./form-inputs";
import { ScheduleField } from "./ScheduleField";
import type { OfferFormState } from "./OfferForm";

/** Yearly refresher grants the user expects, which make the steady year 5. */
export function RefresherFields({ form }: { form: OfferFormState }) {
  const { draft, set, errors } = form;
  const refresher = draft.refresher;
  const patch = (change: Partial<typeof refresher>) => set("refresher", { ...refresher, ...change });
  const field = bindPatch(refresher, patch, (key) => errors[`refresher.${key}`]);
  return (
    <Stack gap="sm">
      <Switch
        label="Count yearly refresher grants"
        description="Granted every year from the start year; they shape the steady year 5."
        {...checkProps(field("enabled"))}
      />
      {refresher.enabled && (
        <>
          <SimpleGrid cols={2} spacing="sm">
            <MoneyField label="Each refresher's value" currency={draft.currency} {...field("annualValue")} />
            <NumField label="First granted in year" min={1} max={10} allowDecimal={false} {...field("startYear")} />
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
