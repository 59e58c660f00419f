import { Group, Rating, Text } from "@mantine/core";
import type { MatrixCell } from "./matrix-types";

interface Props {
  cell: MatrixCell;
  label: string;
  onChange: (score: number) => void;
}

/** A 1-5 score set right in the matrix; a missing score says so (it counts as a neutral 3). */
export function ScoreCell({ cell, label, onChange }: Props) {
  return (
    <Group gap={8} wrap="nowrap">
      <Rating value={cell.score ?? 0} onChange={onChange} count={5} size="sm" aria-label={`${label}: ${cell.raw}`} />
      <Text
        fz="xs"
        c={cell.missing ? "orange" : "dimmed"}
        ff={cell.missing ? undefined : "monospace"}
        style={{ whiteSpace: "nowrap" }}
      >
        {cell.missing ? "not scored" : cell.raw}
      </Text>
    </Group>
  );
}
