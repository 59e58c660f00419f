import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { OFFER_STATUSES, OFFER_STATUS_LABELS, type OfferStatus } from "@loopwise/domain";
import { MarkdownField } from "../../components/MarkdownField";
import { textProps } from "../../lib/bind-fields";
import { bindDraft, DATE_PROPS, NumField } from "./form-inputs";
import type { OfferFormState } from "./OfferForm";

const STATUS_OPTIONS = OFFER_STATUSES.map((status) => ({ value: status, label: OFFER_STATUS_LABELS[status] }));

/** The offer's facts beside the money: level, title, place, dates, currency, status and notes. */
export function OfferFacts({ form, compareCurrency }: { form: OfferFormState; compareCurrency: string }) {
  const { draft, set, errors } = form;
  const field = bindDraft(form);
  const otherCurrency = draft.currency.trim().toUpperCase() !== compareCurrency;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm">
        <TextInput label="Level" placeholder="L5" {...textProps(field("level"))} />
        <TextInput label="Title" placeholder="Senior Software Engineer" {...textProps(field("title"))} />
        <TextInput label="Location" placeholder="Remote, Berlin…" {...textProps(field("location"))} />
        <DateInput label="Start date" placeholder="Not set" {...field("startDate")} {...DATE_PROPS} />
        <DateInput label="Received on" placeholder="Not set" {...field("receivedOn")} {...DATE_PROPS} />
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={draft.status}
          allowDeselect={false}
          onChange={(value) => value && set("status", value as OfferStatus)}
          error={errors.status}
        />
        <TextInput
          label="Currency"
          description="Three letters, like EUR"
          maxLength={3}
          value={draft.currency}
          onChange={(e) => set("currency", e.currentTarget.value.toUpperCase())}
          error={errors.currency}
        />
        <NumField
          label={`Exchange rate to ${compareCurrency}`}
          description={
            otherCurrency ? `1 ${draft.currency || "…"} = ? ${compareCurrency}` : "Same currency: not needed"
          }
          min={0}
          decimalScale={6}
          disabled={!otherCurrency && draft.exchangeRate === ""}
          {...field("exchangeRate")}
        />
      </SimpleGrid>
      <MarkdownField label="Notes" {...field("notes")} placeholder="What the recruiter said, what to ask about…" />
    </Stack>
  );
}
