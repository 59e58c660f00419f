import { Select, SimpleGrid } from "@mantine/core";
import type { SignOnDraft } from "./offer-draft";
import { bindPatch } from "../../lib/bind-fields";
import { MoneyField, NumField } from "./form-inputs";

interface Props {
  signOn: SignOnDraft;
  currency: string;
  onChange: (patch: Partial<SignOnDraft>) => void;
  errors: (field: string) => string | undefined;
  label?: string;
}

const CLAWBACKS = [
  { value: "none", label: "None" },
  { value: "full", label: "All of it" },
  { value: "prorated", label: "Prorated" },
];

/** A sign-on bonus: how much, paid in which year, and what is owed back when leaving early. */
export function SignOnFields({ signOn, currency, onChange, errors, label = "Sign-on bonus" }: Props) {
  const field = bindPatch(signOn, onChange, errors);
  return (
    <SimpleGrid cols={4} spacing="sm" style={{ gridTemplateColumns: "1.4fr 0.6fr 1.5fr 0.8fr" }}>
      <MoneyField label={label} currency={currency} {...field("amount")} />
      <NumField label="Year paid" min={1} max={11} allowDecimal={false} {...field("year")} />
      <Select
        label="Clawback if I leave"
        data={CLAWBACKS}
        value={signOn.clawback}
        allowDeselect={false}
        onChange={(value) => value && onChange({ clawback: value as SignOnDraft["clawback"] })}
        error={errors("clawback")}
      />
      <NumField
        label="Months"
        min={1}
        max={60}
        allowDecimal={false}
        disabled={signOn.clawback === "none"}
        {...field("clawbackMonths")}
        value={signOn.clawback === "none" ? "" : signOn.clawbackMonths}
      />
    </SimpleGrid>
  );
}
