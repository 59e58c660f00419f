import { Chip, Group } from "@mantine/core";

/** A named group of toggle chips: several values may be on at once. */
export function ChipFilter({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <Chip.Group multiple value={value} onChange={onChange}>
      <Group gap={4} aria-label={label} role="group">
        {options.map((option) => (
          <Chip key={option.value} value={option.value} size="xs" variant="outline">
            {option.label}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
