import { Card, Group, SegmentedControl, Text, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";

interface ChartCardProps {
  title: string;
  description: string;
  chart: ReactNode;
  /** The same figures as a table, for screen readers and for reading exact numbers. */
  table: ReactNode;
}

/** One chart with a switch to its figures as a table. */
export function ChartCard({ title, description, chart, table }: ChartCardProps) {
  const [view, setView] = useState<"chart" | "table">("chart");
  return (
    <Card withBorder radius="lg" padding="lg" h="100%" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md">
        <div>
          <Title order={3} fz="lg">
            {title}
          </Title>
          <Text c="dimmed" fz="sm">
            {description}
          </Text>
        </div>
        <SegmentedControl
          size="xs"
          style={{ flexShrink: 0 }}
          value={view}
          onChange={(value) => setView(value as "chart" | "table")}
          data={[
            { value: "chart", label: "Chart" },
            { value: "table", label: "Table" },
          ]}
          aria-label={`Show ${title.toLowerCase()} as`}
        />
      </Group>
      {view === "chart" ? chart : table}
    </Card>
  );
}
