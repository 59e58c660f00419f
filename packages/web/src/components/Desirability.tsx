import { Group } from "@mantine/core";
import classes from "./Desirability.module.css";

/** Five dots, filled up to the desirability (1 to 5); nothing when unset. */
export function Desirability({ value }: { value: number | null }) {
  if (value === null) return null;
  return (
    <Group
      gap={3}
      wrap="nowrap"
      role="img"
      aria-label={`Desirability ${value} of 5`}
      title={`Desirability ${value} of 5`}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} className={classes.dot} data-filled={n <= value || undefined} />
      ))}
    </Group>
  );
}
