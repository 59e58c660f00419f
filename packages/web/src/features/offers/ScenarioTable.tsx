import { Card, Table, Text, Title, Tooltip } from "@mantine/core";
import { fullMoney, shortMoney } from "../../lib/money";
import type { OfferView } from "./use-offers-view";

const CASES = ["low", "expected", "high"] as const;

/** Low / expected / high totals for the offers that have an equity outlook. */
export function ScenarioTable({ rows }: { rows: OfferView[] }) {
  const withOutlook = rows.filter((view) => view.projection.scenarios !== null);
  if (withOutlook.length === 0) return null;
  return (
    <Card withBorder radius="md" p="md">
      <Title order={4} fz="sm">
        Equity scenarios
      </Title>
      <Text fz="xs" c="dimmed" mb="sm">
        Total pay over the projected years if the equity follows each case: growth rates for public companies, exit
        outcomes weighted by their probability (less the risk discount) for private ones.
      </Text>
      <Table verticalSpacing={6} fz="sm" style={{ fontVariantNumeric: "tabular-nums" }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Offer</Table.Th>
            {CASES.map((name) => (
              <Table.Th key={name} tt="capitalize">
                {name}
              </Table.Th>
            ))}
            <Table.Th>Equity, expected</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {withOutlook.map((view) => {
            const scenarios = view.projection.scenarios!;
            const currency = view.projection.currency;
            const equity = scenarios.expected.equity.reduce((sum, value) => sum + value, 0);
            return (
              <Table.Tr key={view.offer.id}>
                <Table.Td>{view.name}</Table.Td>
                {CASES.map((name) => (
                  <Table.Td key={name} fw={name === "expected" ? 600 : 400}>
                    <Tooltip label={fullMoney(scenarios[name].sum, currency)} withArrow>
                      <span>{shortMoney(scenarios[name].sum, currency)}</span>
                    </Tooltip>
                  </Table.Td>
                ))}
                <Table.Td c="dimmed">{shortMoney(equity, currency)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
