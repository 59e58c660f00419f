import { List, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowsExchange, IconShieldCheck } from "@tabler/icons-react";
import type { DecisionViewModel } from "./matrix-types";

/** What would change the winner, smallest change first; or that nothing reasonable would. */
export function SensitivityPanel({ model }: { model: DecisionViewModel }) {
  const winner = model.offers.find((offer) => offer.winner);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="sensitivity-title">
      <Title order={4} id="sensitivity-title" mb={4}>
        How sure is this?
      </Title>
      {winner && (
        <Text fz="xs" c="dimmed" mb="sm">
          What would have to change for {winner.company} to stop being the best fit, smallest change first.
        </Text>
      )}
      {model.tied ? (
        <Text fz="sm">
          {model.tied[0]} and {model.tied[1]} are tied: any change to a weight or a score decides it.
        </Text>
      ) : model.sensitivity.length === 0 ? (
        <Text fz="sm">
          <IconShieldCheck
            size={16}
            color="var(--mantine-color-teal-filled)"
            style={{ verticalAlign: "-3px", marginRight: 6 }}
            aria-hidden
          />
          No weight in 0-10, equity value or score changes the winner: the choice is robust.
        </Text>
      ) : (
        <List
          spacing={6}
          fz="sm"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color="orange">
              <IconArrowsExchange size={12} aria-hidden />
            </ThemeIcon>
          }
          data-testid="sensitivity-list"
        >
          {model.sensitivity.map((line) => (
            <List.Item key={line.key}>{line.text}</List.Item>
          ))}
        </List>
      )}
      {model.robust.length > 0 && model.sensitivity.length > 0 && (
        <Text fz="xs" c="dimmed" mt="sm">
          No weight in 0-10 changes it for: {model.robust.join(", ")}.
        </Text>
      )}
    </Paper>
  );
}
