import { SimpleGrid, Stack, TextInput } from "@mantine/core";
import { ListSection } from "./ListSection";
import { MoneyField, NumField, PercentField, removeAt, replaceAt } from "./form-inputs";
import type { OfferFormState } from "./OfferForm";

/** Raises, the first year's bonus, retirement match, other benefits and relocation. */
export function PayDetails({ form }: { form: OfferFormState }) {
  const { draft, set, errors } = form;
  const currency = draft.currency;
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm">
        <PercentField
          label="First-year bonus paid"
          description="Empty: all of it"
          min={0}
          max={100}
          value={draft.bonusFirstYearPercent}
          onChange={(value) => set("bonusFirstYearPercent", value)}
          error={errors.bonusFirstYearPercent}
        />
        <PercentField
          label="Retirement match"
          description="Percent of base"
          min={0}
          max={100}
          value={draft.retirementPercent}
          onChange={(value) => set("retirementPercent", value)}
          error={errors.retirementPercent}
        />
        <MoneyField
          label="Match cap"
          description="Per year, optional"
          currency={currency}
          value={draft.retirementCap}
          onChange={(value) => set("retirementCap", value)}
          error={errors.retirementCap}
        />
        <MoneyField
          label="Relocation"
          description="Paid in year 1"
          currency={currency}
          value={draft.relocation}
          onChange={(value) => set("relocation", value)}
          error={errors.relocation}
        />
      </SimpleGrid>
      <ListSection
        title="Raises"
        hint="Known raises: base grows by the percent from the start of that year."
        items={draft.raises}
        addLabel="Add a raise"
        onAdd={() => set("raises", [...draft.raises, { year: draft.raises.length + 2, percent: "" }])}
        onRemove={(index) => set("raises", removeAt(draft.raises, index))}
        render={(raise, index) => (
          <SimpleGrid cols={2} spacing="sm">
            <NumField
              label="From year"
              min={1}
              max={10}
              allowDecimal={false}
              value={raise.year}
              onChange={(year) => set("raises", replaceAt(draft.raises, index, { year }))}
              error={errors[`raises.${index}`]}
            />
            <PercentField
              label="Raise"
              min={0}
              max={100}
              value={raise.percent}
              onChange={(percent) => set("raises", replaceAt(draft.raises, index, { percent }))}
            />
          </SimpleGrid>
        )}
      />
      <ListSection
        title="Other yearly benefits"
        hint="Stipends, insurance or anything else you want to count, per year."
        items={draft.otherYearly}
        addLabel="Add a benefit"
        onAdd={() => set("otherYearly", [...draft.otherYearly, { label: "", amount: "" }])}
        onRemove={(index) => set("otherYearly", removeAt(draft.otherYearly, index))}
        render={(item, index) => (
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label="What"
              placeholder="Learning stipend"
              value={item.label}
              onChange={(event) =>
                set("otherYearly", replaceAt(draft.otherYearly, index, { label: event.currentTarget.value }))
              }
              error={errors[`otherYearly.${index}`]}
            />
            <MoneyField
              label="Per year"
              currency={currency}
              value={item.amount}
              onChange={(amount) => set("otherYearly", replaceAt(draft.otherYearly, index, { amount }))}
            />
          </SimpleGrid>
        )}
      />
    </Stack>
  );
}
