import { Button, Collapse, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconChartDots3, IconPlus, IconSearch } from "@tabler/icons-react";
import type { CompDataPoint } from "@loopwise/domain";
import { useMemo, useState } from "react";
import { AddPointForm } from "./AddPointForm";
import { DataPointsTable } from "./DataPointsTable";
import { MarketImport } from "./MarketImport";
import { filterPoints } from "./market-scope";

interface Props {
  points: CompDataPoint[];
  /** Company names to suggest: the offers' and the points'. */
  companies: string[];
  currency: string;
}

/** The data points: add one, import a CSV, find and delete them. */
export function DataPointsSection({ points, companies, currency }: Props) {
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState("");
  const shown = useMemo(() => filterPoints(points, filter), [points, filter]);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="market-points-title">
      <Group justify="space-between" mb="sm">
        <Title order={4} id="market-points-title">
          Data points{" "}
          <Text span c="dimmed" fz="sm" fw={400}>
            {points.length}
          </Text>
        </Title>
        <Button
          size="xs"
          variant={adding ? "default" : "light"}
          leftSection={<IconPlus size={14} />}
          onClick={() => setAdding((a) => !a)}
        >
          {adding ? "Done adding" : "Add a data point"}
        </Button>
      </Group>
      <Collapse expanded={adding}>
        <Paper p="sm" mb="md" radius="md" bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-6))">
          <AddPointForm companies={companies} currency={currency} />
        </Paper>
      </Collapse>
      <MarketImport currency={currency} />
      {points.length === 0 ? (
        <Stack align="center" gap={6} py="xl">
          <IconChartDots3 size={32} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text fw={600}>No data points yet</Text>
          <Text fz="sm" c="dimmed" maw={520} ta="center">
            Add what you know a company pays at a level (from friends, surveys or postings), or import a CSV. Each offer
            then shows its percentile among the points for its company and level.
          </Text>
        </Stack>
      ) : (
        <Stack gap="xs" mt="md">
          <TextInput
            size="xs"
            w={280}
            leftSection={<IconSearch size={14} />}
            placeholder="Filter by company, level or source"
            aria-label="Filter the data points"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          />
          {shown.length === 0 ? (
            <Text fz="sm" c="dimmed" py="md">
              No data point matches “{filter.trim()}”.
            </Text>
          ) : (
            <DataPointsTable points={shown} />
          )}
        </Stack>
      )}
    </Paper>
  );
}
