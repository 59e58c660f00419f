import { ColorSwatch, Group, Text } from "@mantine/core";

/** A legend that wraps inside narrow cards (recharts' own clips at a fixed height). */
export function ChartLegend({ items }: { items: readonly { name: string; label: string; color: string }[] }) {
  return (
    <Group gap="xs" justify="center" style={{ rowGap: 2 }}>
      {items.map((item) => (
        <Group key={item.name} gap={5} wrap="nowrap">
          <ColorSwatch size={9} color={`var(--mantine-color-${item.color.replace(".", "-")})`} withShadow={false} />
          <Text fz="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
