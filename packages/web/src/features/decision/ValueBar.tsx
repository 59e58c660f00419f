import { Group, Text, Tooltip } from "@mantine/core";
import classes from "./DecisionMatrix.module.css";

interface Props {
  /** 0..1, or null when there is nothing to measure (a missing score). */
  value: number | null;
  raw: string;
  detail?: string;
  best?: boolean;
}

/** A criterion's value for one offer: a small bar (its share of the best) and the figure it comes from. */
export function ValueBar({ value, raw, detail, best }: Props) {
  const content = (
    <Group gap={8} wrap="nowrap">
      <div className={classes.bar} aria-hidden>
        {value !== null && (
          <div
            className={classes.fill}
            data-best={best || undefined}
            style={{ width: `${Math.max(value * 100, 3)}%` }}
          />
        )}
      </div>
      <Text
        fz="sm"
        ff="monospace"
        c={value === null ? "dimmed" : undefined}
        fw={best ? 600 : undefined}
        style={{ whiteSpace: "nowrap" }}
      >
        {raw}
      </Text>
    </Group>
  );
  return detail ? (
    <Tooltip label={detail} multiline maw={280}>
      {content}
    </Tooltip>
  ) : (
    content
  );
}
