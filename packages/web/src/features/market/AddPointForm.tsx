import { Autocomplete, Button, Group, NumberInput, SimpleGrid, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf } from "../../api/field-errors";
import { useAddDataPoint } from "../../api/market";
import { notifyError, notifySuccess } from "../../components/notify";

const LABELS = {
  company: "Company",
  level: "Level",
  currency: "Currency",
  total: "Total per year",
  base: "Base",
  source: "Source",
  observedOn: "Date seen",
};

const amount = (value: string | number) => (typeof value === "number" ? value : null);

/** Adds one data point: a total a company pays at a level, and where the figure comes from. */
export function AddPointForm({ companies, currency }: { companies: string[]; currency: string }) {
  const add = useAddDataPoint();
  const [company, setCompany] = useState("");
  const [level, setLevel] = useState("");
  const [pointCurrency, setPointCurrency] = useState(currency);
  const [total, setTotal] = useState<string | number>("");
  const [base, setBase] = useState<string | number>("");
  const [source, setSource] = useState("");
  const [observedOn, setObservedOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!company.trim()) missing.company = "Which company pays it?";
    if (amount(total) === null) missing.total = "The yearly total is what the offers are measured against";
    if (Object.keys(missing).length > 0) return setErrors(missing);
    add.mutate(
      {
        company: company.trim(),
        level: level.trim() || null,
        currency: pointCurrency.trim().toUpperCase(),
        total: amount(total)!,
        base: amount(base),
        source: source.trim() || null,
        observedOn,
      },
      {
        onSuccess: () => {
          setErrors({});
          setTotal("");
          setBase("");
          notifySuccess(`Added ${company.trim()}${level.trim() ? " " + level.trim() : ""}`);
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error, LABELS);
          if (fields) setErrors(fields);
          else notifyError(error, "The data point could not be added");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a data point">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Autocomplete
          label={LABELS.company}
          data={companies}
          value={company}
          onChange={setCompany}
          error={errors.company}
          required
        />
        <TextInput
          label={LABELS.level}
          placeholder="L5, Senior"
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value)}
          error={errors.level}
        />
        <NumberInput
          label={LABELS.total}
          value={total}
          onChange={setTotal}
          min={0}
          thousandSeparator=","
          error={errors.total}
          required
        />
        <NumberInput
          label={LABELS.base}
          value={base}
          onChange={setBase}
          min={0}
          thousandSeparator=","
          error={errors.base}
        />
        <TextInput
          label={LABELS.currency}
          value={pointCurrency}
          onChange={(e) => setPointCurrency(e.currentTarget.value.toUpperCase())}
          maxLength={3}
          error={errors.currency}
        />
        <TextInput
          label={LABELS.source}
          placeholder="A friend, a survey, a posting"
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={errors.source}
        />
        <DateInput
          label={LABELS.observedOn}
          value={observedOn}
          onChange={setObservedOn}
          clearable
          valueFormat="MMM D, YYYY"
          error={errors.observedOn}
          popoverProps={{ withinPortal: true }}
        />
        <Group align="flex-end">
          <Button type="submit" loading={add.isPending}>
            Add point
          </Button>
        </Group>
      </SimpleGrid>
    </form>
  );
}
