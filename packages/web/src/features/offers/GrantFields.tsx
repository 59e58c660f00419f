import { Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { GrantDraft } from "./offer-draft";
import { bindPatch, textProps } from "../../lib/bind-fields";
import { MoneyField, NumField } from "./form-inputs";
import { ScheduleField } from "./ScheduleField";

interface Props {
  grant: GrantDraft;
  currency: string;
  onChange: (patch: Partial<GrantDraft>) => void;
  /** Errors keyed by field, for this grant only. */
  errors: (field: string) => string | undefined;
  /** Extra grants have a label ("Promotion grant"); the first one needs none. */
  withLabel?: boolean;
}

/** One equity grant: RSUs by value or by shares × price, or options with a strike. */
export function GrantFields({ grant, currency, onChange, errors, withLabel }: Props) {
  const isOption = grant.kind === "option";
  const field = bindPatch(grant, onChange, errors);
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          size="xs"
          aria-label="Kind of equity"
          value={grant.kind}
          onChange={(kind) =>
            onChange({ kind: kind as GrantDraft["kind"], by: kind === "option" ? "shares" : grant.by })
          }
          data={[
            { value: "rsu", label: "RSUs" },
            { value: "option", label: "Options" },
          ]}
        />
        {!isOption && (
          <SegmentedControl
            size="xs"
            aria-label="RSU grant given as"
            value={grant.by}
            onChange={(by) => onChange({ by: by as GrantDraft["by"] })}
            data={[
              { value: "value", label: "As a value" },
              { value: "shares", label: "As shares × price" },
            ]}
          />
        )}
        {withLabel && (
          <TextInput
            size="xs"
            aria-label="Grant label"
            placeholder="Label (optional)"
            {...textProps(field("label"))}
            flex={1}
          />
        )}
      </Group>
      {!isOption && grant.by === "value" ? (
        <SimpleGrid cols={2} spacing="sm">
          <MoneyField
            label="Grant value"
            description="Total over the vesting"
            currency={currency}
            {...field("grantValue")}
          />
          <MoneyField
            label="Share price"
            description="Optional: counts whole shares"
            currency={currency}
            {...field("sharePrice")}
          />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={isOption ? 3 : 2} spacing="sm">
          <NumField
            label={isOption ? "Options" : "Shares"}
            min={0}
            allowDecimal={false}
            thousandSeparator=","
            {...field("shares")}
          />
          {isOption && <MoneyField label="Strike" currency={currency} {...field("strike")} />}
          <MoneyField
            label={isOption ? "Share price (409A)" : "Share price"}
            currency={currency}
            {...field("sharePrice")}
          />
        </SimpleGrid>
      )}
      {isOption && (
        <NumField
          label="Exercise window after leaving"
          description="Months to buy vested options once you leave (often 3)"
          min={1}
          max={120}
          allowDecimal={false}
          {...field("exerciseWindowMonths")}
          maw={300}
        />
      )}
      {isOption &&
        typeof grant.strike === "number" &&
        typeof grant.sharePrice === "number" &&
        grant.strike > grant.sharePrice && (
          <Text fz="xs" c="orange">
            The strike is above the share price: these options are worth nothing at that price.
          </Text>
        )}
      <ScheduleField
        label="Vesting schedule"
        schedule={grant.schedule}
        custom={grant.custom}
        onChange={(schedule, custom) => onChange({ schedule, custom })}
        error={errors("schedule")}
      />
    </Stack>
  );
}
