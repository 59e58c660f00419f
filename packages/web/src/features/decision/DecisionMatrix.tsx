import { Badge, Card, Group, Stack, Table, Text } from "@mantine/core";
import { IconTrophy } from "@tabler/icons-react";
import type { DecisionCriterion, ScoredCriterion } from "@loopwise/domain";
import type { DecisionViewModel } from "./matrix-types";
import { ScoreCell } from "./ScoreCell";
import { ValueBar } from "./ValueBar";
import { WeightSlider } from "./WeightSlider";
import pageClasses from "../../components/Page.module.css";
import classes from "./DecisionMatrix.module.css";

interface Props {
  model: DecisionViewModel;
  onScore: (offerId: string, criterion: ScoredCriterion, score: number) => void;
  onWeight: (criterion: DecisionCriterion, weight: number) => void;
}

/**
 * Criteria down, each with its weight slider; offers across, each value as a bar and its figure;
 * then the weighted total and the winner, redrawn on every slider move.
 */
export function DecisionMatrix({ model, onScore, onWeight }: Props) {
  const winnerClass = (offerId: string) =>
    model.offers.find((offer) => offer.id === offerId)?.winner ? classes.winnerColumn : undefined;

  return (
    <Card withBorder radius="md" p={0} className={pageClasses.tableCard}>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={8} horizontalSpacing="md" aria-label="Decision matrix">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th w={160}>Weight</Table.Th>
              {model.offers.map((offer) => (
                <Table.Th key={offer.id} className={winnerClass(offer.id)} miw={190}>
                  <Stack gap={0}>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={700} fz="sm">
                        {offer.company}
                      </Text>
                      {offer.winner && (
                        <IconTrophy size={15} color="var(--mantine-color-teal-filled)" aria-label="Best fit" />
                      )}
                    </Group>
                    <Text fz="xs" c="dimmed" fw={400} lineClamp={1}>
                      {offer.role}
                    </Text>
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {model.rows.map((row) => (
              <Table.Tr key={row.criterion} data-testid={`matrix-row-${row.criterion}`}>
                <Table.Td fz="sm" style={{ whiteSpace: "nowrap" }} c={row.weight === 0 ? "dimmed" : undefined}>
                  {row.label}
                </Table.Td>
                <Table.Td>
                  <WeightSlider
                    label={row.label}
                    value={row.weight}
                    onChange={(weight) => onWeight(row.criterion, weight)}
                  />
                </Table.Td>
                {row.cells.map((cell) => (
                  <Table.Td
                    key={cell.offerId}
                    className={[winnerClass(cell.offerId), row.weight === 0 ? classes.mutedCell : undefined]
                      .filter(Boolean)
                      .join(" ")}
                  >
                    {row.scored ? (
                      <ScoreCell
                        cell={cell}
                        label={`${row.label} at ${model.offers.find((o) => o.id === cell.offerId)?.company ?? "this offer"}`}
                        onChange={(score) => onScore(cell.offerId, row.criterion as ScoredCriterion, score)}
                      />
                    ) : (
                      <ValueBar value={cell.value} raw={cell.raw} detail={cell.detail} best={cell.best} />
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr className={classes.totalRow}>
              <Table.Th colSpan={2}>Weighted total</Table.Th>
              {model.offers.map((offer) => (
                <Table.Td key={offer.id} className={winnerClass(offer.id)} data-testid="matrix-total">
                  <Group gap={8} wrap="nowrap">
                    <ValueBar value={offer.total / 100} raw={`${Math.round(offer.total)} / 100`} best={offer.winner} />
                    {offer.winner && (
                      <Badge color="teal" variant="filled" size="sm" tt="none">
                        Best fit
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
