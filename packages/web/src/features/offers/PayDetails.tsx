import { SimpleGrid, Stack, TextInput } from "@mantine/core";
import { ListSection } from "./ListSection";
import { bindPatch, textProps } from "../../lib/bind-fields";
import { bindDraft, MoneyField, NumField, PercentField, removeAt, replaceAt } from "./form-inputs";
import type { OfferFormState } from "./OfferForm";

/** Raises, the first year's bonus, retirement match, other benefits and relocation. */
export function PayDetails({ form }: { form: OfferFormState }) {
  const { draft, set, errors } = form;
  const field = bindDraft(form);
  const currency = draft.currency;
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm">
        <PercentField
          label="First-year bonus paid"
          description="Empty: all of it"
          min={0}
          max={100}
          {...field("bonusFirstYearPercent")}
        />
        <PercentField
          label="Retirement match"
          description="Percent of base"
          min={0}
          max={100}
          {...field("retirementPercent")}
        />
        <MoneyField
          label="Match cap"
          description="Per year, optional"
          currency={currency}
          {...field("retirementCap")}
        />
        <MoneyField label="Relocation" description="Paid in year 1" currency={currency} {...field("relocation")} />
      </SimpleGrid>
      <ListSection
        title="Raises"
        hint="Known raises: base grows by the percent from the start of that year."
        items={draft.raises}
        addLabel="Add a raise"
        onAdd={() => set("raises", [...draft.raises, { year: draft.raises.length + 2, percent: "" }])}
        onRemove={(index) => set("raises", removeAt(draft.raises, index))}
        render={(raise, index) => {
          const item = bindPatch(raise, (patch) => set("raises", replaceAt(draft.raises, index, patch)));
          return (
            <SimpleGrid cols={2} spacing="sm">
              <NumField
                label="From year"
                min={1}
                max={10}
                allowDecimal={false}
                {...item("year")}
                error={errors[`raises.${index}`]}
              />
              <PercentField label="Raise" min={0} max={100} {...item("percent")} />
            </SimpleGrid>
          );
        }}
      />
      <ListSection
        title="Other yearly benefits"
        hint="Stipends, insurance or anything else you want to count, per year."
        items={draft.otherYearly}
        addLabel="Add a benefit"
        onAdd={() => set("otherYearly", [...draft.otherYearly, { label: "", amount: "" }])}
        onRemove={(index) => set("otherYearly", removeAt(draft.otherYearly, index))}
        render={(benefit, index) => {
          const item = bindPatch(benefit, (patch) => set("otherYearly", replaceAt(draft.otherYearly, index, patch)));
          return (
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                label="What"
                placeholder="Learning stipend"
                {...textProps(item("label"))}
                error={errors[`otherYearly.${index}`]}
              />
              <MoneyField label="Per year" currency={currency} {...item("amount")} />
            </SimpleGrid>
          );
        }}
      />
    </Stack>
  );
}
