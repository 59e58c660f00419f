import { ActionIcon, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { explainHeadline, OFFER_STATUS_LABELS, type Offer } from "@loopwise/domain";
import { Fragment } from "react";
import { compareRows, sharedHorizon, type CompareRow } from "./compare-data";
import { DeadlineBadge } from "./DeadlineBadge";
import { fullMoney, shortMoney } from "../../lib/money";
import type { OfferView } from "./use-offers-view";
import classes from "./CompareTable.module.css";

interface Props {
  rows: OfferView[];
  onEdit: (offer: Offer) => void;
}

function Cell({ row, index, view }: { row: CompareRow; index: number; view: OfferView }) {
  const minor = row.values[index]!;
  const currency = view.projection.currency;
  const best = row.best.includes(index);
  const year1 = view.projection.years[0]!.total;
  const gap = year1 - minor;
  return (
    <Table.Td className={classes.value} data-best={best || undefined} data-muted={view.needsRate || undefined}>
      <Tooltip
        label={row.kind === "headline" ? explainHeadline(view.projection) : fullMoney(minor, currency)}
        withArrow
        multiline
        maw={320}
      >
        <span className={classes.figure}>{shortMoney(minor, currency)}</span>
      </Tooltip>
      {row.kind === "headline" && gap !== 0 && (
        <Text span fz="xs" c={gap < 0 ? "orange" : "teal"} ml={6}>
          year 1 {gap < 0 ? "−" : "+"}
          {shortMoney(Math.abs(gap), currency)}
        </Text>
      )}
    </Table.Td>
  );
}

/** One column per offer: the years, the totals, the headline beside year 1, and the components. */
export function CompareTable({ rows, onEdit }: Props) {
  const table = compareRows(
    rows.map((view) => ({ id: view.offer.id, projection: view.projection, comparable: !view.needsRate })),
  );
  const horizon = sharedHorizon(
    rows.map((view) => ({ id: view.offer.id, projection: view.projection, comparable: true })),
  );
  return (
    <Table.ScrollContainer minWidth={200 + rows.length * 180} className={classes.card}>
      <Table className={classes.table} verticalSpacing="xs" horizontalSpacing="md" aria-label="Offers side by side">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.label} />
            {rows.map((view) => (
              <Table.Th key={view.offer.id} className={classes.head}>
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
                    <div>
                      <Text fw={700} fz="sm" lineClamp={1}>
                        {view.offer.companyName}
                      </Text>
                      <Text fz="xs" c="dimmed" lineClamp={1} title={view.offer.roleTitle}>
                        {[view.offer.level, view.offer.title ?? view.offer.roleTitle].filter(Boolean).join(" · ")}
                      </Text>
                    </div>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={`Edit the offer from ${view.name}`}
                      onClick={() => onEdit(view.offer)}
                    >
                      <IconPencil size={14} />
                    </ActionIcon>
                  </Group>
                  <Group gap={4}>
                    <DeadlineBadge deadline={view.offer.deadline} size="xs" />
                    <Text fz="xs" c="dimmed">
                      {OFFER_STATUS_LABELS[view.offer.status]}
                      {view.needsRate ? ` · in ${view.projection.currency}` : ""}
                    </Text>
                  </Group>
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.map((row) => (
            <Fragment key={row.key}>
              {row.key === "base" && (
                <Table.Tr className={classes.section}>
                  <Table.Td colSpan={rows.length + 1}>
                    <Text fz="xs" fw={700} tt="uppercase" c="dimmed">
                      Over {horizon} years, by component
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr data-kind={row.kind}>
                <Table.Th scope="row" className={classes.label}>
                  {row.label}
                </Table.Th>
                {rows.map((view, index) => (
                  <Cell key={view.offer.id} row={row} index={index} view={view} />
                ))}
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
