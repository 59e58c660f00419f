import { Fieldset, SimpleGrid, Stack } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { bindDraft, DATE_PROPS, MoneyField, PercentField, replaceAt } from "./form-inputs";
import { GrantFields } from "./GrantFields";
import { SignOnFields } from "./SignOnFields";
import type { OfferFormState } from "./OfferForm";

/** What decides most offers, asked first: base, bonus, sign-on, one grant, the deadline. */
export function EssentialFields({ form }: { form: OfferFormState }) {
  const { draft, set, errors } = form;
  const field = bindDraft(form);
  const currency = draft.currency;
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm">
        <MoneyField
          label="Base salary"
          description="Per year"
          required
          data-autofocus
          currency={currency}
          {...field("base")}
        />
        <PercentField
          label="Bonus target"
          description="Percent of base"
          min={0}
          max={300}
          {...field("bonusTargetPercent")}
        />
        <DateInput
          label="Deadline"
          description="When they need an answer"
          placeholder="None given"
          leftSection={<IconCalendar size={16} />}
          {...field("deadline")}
          {...DATE_PROPS}
        />
      </SimpleGrid>
      <SignOnFields
        signOn={draft.signOns[0]!}
        currency={currency}
        onChange={(patch) => set("signOns", replaceAt(draft.signOns, 0, patch))}
        errors={(field) => errors[`signOns.0.${field}`]}
      />
      <Fieldset legend="Equity grant" variant="filled" radius="md">
        <GrantFields
          grant={draft.grants[0]!}
          currency={currency}
          onChange={(patch) => set("grants", replaceAt(draft.grants, 0, patch))}
          errors={(field) => errors[`grants.0.${field}`]}
        />
      </Fieldset>
    </Stack>
  );
}
