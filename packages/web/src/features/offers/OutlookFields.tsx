import { SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { ListSection } from "./ListSection";
import { bindPatch, textProps } from "../../lib/bind-fields";
import { bindDraft, MoneyField, PercentField, removeAt, replaceAt } from "./form-inputs";
import type { OutlookDraft } from "./offer-draft";
import type { OfferFormState } from "./OfferForm";

/** The share price's path, and the low / expected / high cases: growth rates, or a private company's exits. */
export function OutlookFields({ form }: { form: OfferFormState }) {
  const { draft, set, errors } = form;
  const outlook = draft.outlook;
  const patch = (change: Partial<OutlookDraft>) => set("outlook", { ...outlook, ...change });
  const outlookField = bindPatch(outlook, patch);
  const probabilitySum = outlook.outcomes.reduce(
    (sum, o) => sum + (o.probabilityPercent === "" ? 0 : o.probabilityPercent),
    0,
  );
  return (
    <Stack gap="sm">
      <PercentField
        label="Share price growth per year"
        description="Used by the main projection; empty keeps the price constant"
        min={-100}
        max={1000}
        allowNegative
        {...bindDraft(form)("priceGrowthPercent")}
        maw={260}
      />
      <SegmentedControl
        size="xs"
        aria-label="Equity outlook"
        value={outlook.kind}
        onChange={(kind) => patch({ kind: kind as OutlookDraft["kind"] })}
        data={[
          { value: "none", label: "No scenarios" },
          { value: "growth", label: "Public: growth cases" },
          { value: "exits", label: "Private: exit outcomes" },
        ]}
        style={{ alignSelf: "flex-start" }}
      />
      {outlook.kind === "growth" && (
        <SimpleGrid cols={3} spacing="sm">
          {(["lowPercent", "expectedPercent", "highPercent"] as const).map((key) => (
            <PercentField
              key={key}
              label={`${key.replace("Percent", "")} case, per year`.replace(/^./, (c) => c.toUpperCase())}
              min={-100}
              max={1000}
              allowNegative
              {...outlookField(key)}
            />
          ))}
        </SimpleGrid>
      )}
      {outlook.kind === "exits" && (
        <>
          <ListSection
            title="Exit outcomes"
            hint="Value per share in each outcome and its probability; what is left up to 100% is worth nothing."
            items={outlook.outcomes}
            addLabel="Add an outcome"
            onAdd={() =>
              patch({ outcomes: [...outlook.outcomes, { label: "", valuePerShare: "", probabilityPercent: "" }] })
            }
            onRemove={(index) => patch({ outcomes: removeAt(outlook.outcomes, index) })}
            render={(outcome, index) => {
              const item = bindPatch(outcome, (change) =>
                patch({ outcomes: replaceAt(outlook.outcomes, index, change) }),
              );
              return (
                <SimpleGrid cols={3} spacing="sm">
                  <TextInput label="Outcome" placeholder="IPO" {...textProps(item("label"))} />
                  <MoneyField label="Value per share" currency={draft.currency} {...item("valuePerShare")} />
                  <PercentField label="Probability" min={0} max={100} {...item("probabilityPercent")} />
                </SimpleGrid>
              );
            }}
          />
          <Text fz="xs" c={probabilitySum > 100 ? "red" : "dimmed"}>
            Probabilities sum to {Math.round(probabilitySum * 100) / 100}%{probabilitySum > 100 ? ": at most 100%" : ""}
          </Text>
          <PercentField
            label="Risk discount"
            description="For illiquidity and dilution"
            min={0}
            max={100}
            {...outlookField("riskDiscountPercent")}
            maw={200}
          />
        </>
      )}
      {errors.outlook && (
        <Text fz="xs" c="red">
          {errors.outlook}
        </Text>
      )}
    </Stack>
  );
}
