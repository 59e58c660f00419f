import { Card, List, Text, Title } from "@mantine/core";
import { fullMoney } from "../../lib/money";
import type { OfferView } from "./use-offers-view";

/** What the model noticed about each offer: underwater options, exercise costs, clawbacks. */
export function OfferNotes({ rows }: { rows: OfferView[] }) {
  const items = rows.flatMap((view) => {
    const p = view.projection;
    const notes = p.notes.map((note, index) => ({
      key: `${view.offer.id}-n${index}`,
      company: view.offer.companyName,
      text: note,
    }));
    const exercise = p.options
      .filter((option) => !option.underwater && option.exerciseCost > 0)
      .map((option) => ({
        key: `${view.offer.id}-${option.source}`,
        company: view.offer.companyName,
        text: `Exercising all ${option.shares.toLocaleString("en-US")} options costs ${fullMoney(option.exerciseCost, p.currency)}${
          option.exerciseWindowMonths ? `, within ${option.exerciseWindowMonths} months of leaving` : ""
        }.`,
      }));
    const owed = Math.max(0, ...p.clawback.map((point) => point.owed));
    const clawback =
      owed > 0
        ? [
            {
              key: `${view.offer.id}-clawback`,
              company: view.offer.companyName,
              text: `Leaving early means paying back up to ${fullMoney(owed, p.currency)} of sign-on; after ${p.clawback.at(-1)!.month} months nothing is owed.`,
            },
          ]
        : [];
    return [...notes, ...exercise, ...clawback];
  });
  return (
    <Card withBorder radius="md" p="md">
      <Title order={4} fz="sm" mb="xs">
        Worth knowing
      </Title>
      {items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing unusual: no clawbacks, no options to exercise, nothing underwater.
        </Text>
      ) : (
        <List spacing={6} fz="sm">
          {items.map((item) => (
            <List.Item key={item.key}>
              <Text span fw={600} fz="sm">
                {item.company}:
              </Text>{" "}
              {item.text}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
