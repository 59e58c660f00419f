import { NumberInput, Text, type NumberInputProps } from "@mantine/core";
import { bindFields } from "../../lib/bind-fields";
import type { Num, OfferDraft } from "./offer-draft";

interface NumProps extends Omit<NumberInputProps, "value" | "onChange"> {
  value: Num;
  onChange: (value: Num) => void;
}

/** A number field that hands back a number, or "" while empty. */
export function NumField({ value, onChange, ...props }: NumProps) {
  return (
    <NumberInput
      hideControls
      value={value}
      onChange={(next) => onChange(typeof next === "number" ? next : next === "" ? "" : Number(next) || "")}
      {...props}
    />
  );
}

/** An amount in the offer's currency, with thousands separators. */
export function MoneyField({ currency, ...props }: NumProps & { currency: string }) {
  return (
    <NumField
      min={0}
      thousandSeparator=","
      decimalScale={2}
      leftSection={
        <Text fz={10} fw={600} c="dimmed">
          {currency || "¤"}
        </Text>
      }
      {...props}
    />
  );
}

export function PercentField(props: NumProps) {
  return (
    <NumField
      decimalScale={4}
      rightSection={
        <Text fz="xs" c="dimmed">
          %
        </Text>
      }
      {...props}
    />
  );
}

/** The offer form's own fields, errors keyed by field. */
export function bindDraft(form: {
  draft: OfferDraft;
  set: <K extends keyof OfferDraft>(key: K, value: OfferDraft[K]) => void;
  errors: Record<string, string>;
}) {
  return bindFields(form.draft, form.set, (key) => form.errors[key]);
}

/** Replaces one entry of a list. */
export function replaceAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, at) => (at === index ? { ...item, ...patch } : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

/** How the offer form's date fields look, like the application's. */
export const DATE_PROPS = {
  valueFormat: "MMM D, YYYY",
  clearable: true,
  popoverProps: { withinPortal: true },
} as const;
