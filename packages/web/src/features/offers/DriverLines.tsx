import { Card, List, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowsDiff } from "@tabler/icons-react";
import { explainDifference } from "@loopwise/domain";
import { sentenceNames, topPairs } from "./compare-data";
import type { OfferView } from "./use-offers-view";

/** One line per pair of leading offers on what makes the difference between them. */
export function DriverLines({ rows }: { rows: OfferView[] }) {
  const columns = rows.map((view) => ({ id: view.offer.id, projection: view.projection, comparable: !view.needsRate }));
  const names = sentenceNames(rows.map((view) => view.offer));
  const lines = topPairs(columns).map(([a, b]) => {
    const entry = (index: number) => ({
      id: rows[index]!.offer.id,
      name: names[index]!,
      projection: rows[index]!.projection,
    });
    return { key: `${a}-${b}`, line: explainDifference(entry(a), entry(b)).line };
  });
  return (
    <Card withBorder radius="md" p="md">
      <Title order={4} fz="sm" mb="xs">
        What makes the difference
      </Title>
      {lines.length === 0 ? (
        <Text fz="sm" c="dimmed">
          With two offers in the compare currency, what separates them shows here in one line.
        </Text>
      ) : (
        <List
          spacing="xs"
          fz="sm"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light">
              <IconArrowsDiff size={12} />
            </ThemeIcon>
          }
        >
          {lines.map(({ key, line }) => (
            <List.Item key={key}>{line}</List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
