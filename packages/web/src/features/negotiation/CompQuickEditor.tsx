import { NumberInput, SimpleGrid, Text } from "@mantine/core";
import { EQUITY_FIELD_LABELS, type EquityField, type QuickComp } from "./quick-comp";

interface Props {
  currency: string;
  equityField: EquityField;
  value: QuickComp;
  onChange: (value: QuickComp) => void;
}

const num = (value: string | number) => (typeof value === "number" ? value : 0);

/**
 * The figures a counter usually moves, prefilled with the offer's: base, bonus target, the first
 * sign-on and the first grant. Schedules, clawbacks and the rest stay as the offer has them.
 */
export function CompQuickEditor({ currency, equityField, value, onChange }: Props) {
  const set = (key: keyof QuickComp) => (next: string | number) => onChange({ ...value, [key]: num(next) });
  const money = { min: 0, thousandSeparator: ",", size: "sm" } as const;
  return (
    <div>
      <SimpleGrid cols={4} spacing="sm">
        <NumberInput label={`Base (${currency})`} value={value.base} onChange={set("base")} {...money} />
        <NumberInput
          label="Bonus target (%)"
          value={value.bonusTargetPercent}
          onChange={set("bonusTargetPercent")}
          min={0}
          max={300}

          size="sm"
        />
        <NumberInput label={`Sign-on (${currency})`} value={value.signOn} onChange={set("signOn")} {...money} />
        <NumberInput
          label={`${EQUITY_FIELD_LABELS[equityField]}${equityField === "value" ? ` (${currency})` : ""}`}
          value={value.equity}
          onChange={set("equity")}
          {...money}
        />
      </SimpleGrid>
      <Text fz="xs" c="dimmed" mt={4}>
        The offer takes these numbers; schedules, clawbacks and other details stay as they are (edit the offer for
        those).
      </Text>
    </div>
  );
}
