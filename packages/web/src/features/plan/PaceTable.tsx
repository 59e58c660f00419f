import { NumberInput, Table } from "@mantine/core";
import { stageLabel, type TimingPlan } from "@loopwise/domain";
import type { StageDraft } from "./overrides-draft";

export type Assumptions = TimingPlan["assumptions"];

const COLUMNS = [
  { field: "medianDays", label: "Typical days", max: 365 },
  { field: "p90Days", label: "Slow case (days)", max: 365 },
  { field: "passPercent", label: "Chance to pass %", max: 100 },
] as const;
type Field = (typeof COLUMNS)[number]["field"];

interface Props {
  stages: readonly StageDraft[];
  assumptions: Assumptions;
  /** Keyed `<stage>.<field>`, as `fromOverridesDraft` names them. */
  errors: Record<string, string>;
  onChange: (index: number, row: StageDraft) => void;
}

export const numberOrBlank = (value: string | number) => (typeof value === "number" ? value : "");

/** A row per stage still ahead; a blank field shows the planner's assumption as its placeholder. */
export function PaceTable({ stages, assumptions, errors, onChange }: Props) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={6} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="26%" fz="xs" c="dimmed" fw={500}>
            Stage
          </Table.Th>
          {COLUMNS.map((column) => (
            <Table.Th key={column.field} fz="xs" c="dimmed" fw={500}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stages.map((row, index) => (
          <Table.Tr key={row.stage} style={{ verticalAlign: "top" }}>
            <Table.Th scope="row" fz="sm" fw={500} pt={10}>
              {stageLabel(row.stage)}
            </Table.Th>
            {COLUMNS.map((column) => (
              <Table.Td key={column.field}>
                <NumberInput
                  aria-label={`${stageLabel(row.stage)}: ${column.label}`}
                  placeholder={placeholder(assumptions, row, column.field)}
                  min={0}
                  max={column.max}
                  decimalScale={1}
                  hideControls
                  value={row[column.field]}
                  onChange={(value) => onChange(index, { ...row, [column.field]: numberOrBlank(value) })}
                  error={errors[`${row.stage}.${column.field}`]}
                />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Given one of the two durations, the planner scales the other by its usual spread: "auto". */
function placeholder(assumptions: Assumptions, row: StageDraft, field: Field): string | undefined {
  const other = field === "medianDays" ? row.p90Days : field === "p90Days" ? row.medianDays : "";
  return other === "" ? assumed(assumptions, row.stage, field) : "auto";
}

/** The planner's assumption for a stage's field, as the placeholder shows it ("10", "40" for 40%). */
export function assumed(assumptions: Assumptions, stage: string, field: Field): string | undefined {
  const assumption = assumptions.find((a) => a.stage === stage);
  if (!assumption) return undefined;
  return String(field === "passPercent" ? Math.round(assumption.passRate * 100) : assumption[field]);
}
