import { Group, Slider, Text } from "@mantine/core";

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
}

/** How much one criterion matters, 0 (ignore it) to 10; arrow keys move it a step, Home and End to the ends. */
export function WeightSlider({ label, value, onChange }: Props) {
  return (
    <Group gap={10} wrap="nowrap">
      <Slider
        min={0}
        max={10}
        step={1}
        value={value}
        onChange={onChange}
        label={null}
        size="sm"
        w={110}
        thumbLabel={`Weight of ${label}`}
      />
      <Text fz="sm" fw={600} ff="monospace" w={20} ta="right" c={value === 0 ? "dimmed" : undefined}>
        {value}
      </Text>
    </Group>
  );
}
