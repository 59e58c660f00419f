import { ActionIcon, Table, Text, Tooltip } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import type { CompDataPoint } from "@loopwise/domain";
import { useDeleteDataPoint } from "../../api/market";
import { notifyError } from "../../components/notify";
import { shortDate } from "../../lib/dates";
import { compactMoney, exactMoney } from "../../lib/money";

/** The data points entered or imported, newest first, each with its source and a delete button. */
export function DataPointsTable({ points }: { points: CompDataPoint[] }) {
  const remove = useDeleteDataPoint();
  const money = (value: number | null, currency: string) =>
    value === null ? (
      <Text span c="dimmed" fz="sm">
        —
      </Text>
    ) : (
      <Tooltip label={exactMoney(value, currency)}>
        <span>{compactMoney(value, currency)}</span>
      </Tooltip>
    );

  return (
    <Table.ScrollContainer minWidth={720} maxHeight={420}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" stickyHeader aria-label="Market data points">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Company</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th ta="right">Total</Table.Th>
            <Table.Th ta="right">Base</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th w={48}>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => (
            <Table.Tr key={point.id} data-testid="market-point">
              <Table.Td fw={600}>
                {point.company}
                {point.location && (
                  <Text span c="dimmed" fz="xs" ml={6}>
                    {point.location}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {point.level ?? point.title ?? (
                  <Text span c="dimmed" fz="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {money(point.total, point.currency)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {money(point.base, point.currency)}
              </Table.Td>
              <Table.Td>
                {point.source ?? (
                  <Text span c="dimmed" fz="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {point.observedOn ? (
                  shortDate(point.observedOn)
                ) : (
                  <Text span c="dimmed" fz="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Delete the ${point.company} ${point.level ?? ""} data point`.replace(/ +/g, " ")}
                  loading={remove.isPending && remove.variables === point.id}
                  onClick={() =>
                    remove.mutate(point.id, { onError: (error) => notifyError(error, "Could not delete it") })
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
