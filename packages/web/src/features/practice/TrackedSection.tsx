import { Anchor, Button, Card, Group, Table, Text, Title } from "@mantine/core";
import { IconExternalLink, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import type { TrackedProblem } from "@loopwise/domain";
import { useState } from "react";
import { useDeleteTracked, useTracked } from "../../api/practice";
import { DeleteDialog } from "../../components/DeleteDialog";
import { RowAction } from "../../components/RowAction";
import { shortDate } from "../../lib/dates";
import { DifficultyBadge, StatusBadge, TopicBadges } from "./PracticeBadges";
import { TRACKED_VERDICT_COLORS, TRACKED_VERDICT_LABELS } from "./practice-labels";
import { TrackedAttemptForm } from "./TrackedAttemptForm";
import { TrackedForm } from "./TrackedForm";

type Dialog =
  | { kind: "none" }
  | { kind: "form"; problem: TrackedProblem | null }
  | { kind: "attempt"; problem: TrackedProblem }
  | { kind: "delete"; problem: TrackedProblem };

/** Problems practised on other sites, tracked by name and link, with the attempts the user logs. */
export function TrackedSection() {
  const tracked = useTracked();
  const remove = useDeleteTracked();
  const [dialog, setDialog] = useState<Dialog>({ kind: "none" });
  const close = () => setDialog({ kind: "none" });
  const problems = tracked.data ?? [];

  return (
    <Card withBorder radius="lg" p="lg" mt="xl" component="section" aria-labelledby="tracked-title">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <div>
          <Title order={3} fz="lg" id="tracked-title">
            Tracked elsewhere
          </Title>
          <Text fz="sm" c="dimmed">
            Problems you practise on other sites, by name and link, and how each attempt went. Nothing of theirs is
            copied here.
          </Text>
        </div>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setDialog({ kind: "form", problem: null })}
        >
          Track a problem
        </Button>
      </Group>
      {tracked.isError ? (
        <Text c="red" fz="sm">
          Could not load them: {tracked.error.message}
        </Text>
      ) : problems.length === 0 ? (
        <Text fz="sm" c="dimmed" py="md" ta="center">
          {tracked.isLoading ? "Loading…" : "None yet. Add one to keep its attempts next to the rest of your practice."}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label="Tracked problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Problem</Table.Th>
                <Table.Th w={120}>Difficulty</Table.Th>
                <Table.Th>Topics</Table.Th>
                <Table.Th w={100}>Status</Table.Th>
                <Table.Th w={220}>Last attempt</Table.Th>
                <Table.Th w={190} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((problem) => (
                <TrackedRow key={problem.id} problem={problem} onDialog={setDialog} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog.kind === "form" && <TrackedForm problem={dialog.problem} onClose={close} />}
      {dialog.kind === "attempt" && <TrackedAttemptForm problem={dialog.problem} onClose={close} />}
      <DeleteDialog
        opened={dialog.kind === "delete"}
        onClose={close}
        title="Stop tracking this problem?"
        confirmLabel="Delete"
        remove={remove}
        id={dialog.kind === "delete" ? dialog.problem.id : ""}
        failure="The problem was not deleted"
      >
        {dialog.kind === "delete" &&
          `“${dialog.problem.name}” and its ${dialog.problem.attemptCount} logged attempts go.`}
      </DeleteDialog>
    </Card>
  );
}

function TrackedRow({ problem, onDialog }: { problem: TrackedProblem; onDialog: (dialog: Dialog) => void }) {
  const last = problem.lastAttempt;
  return (
    <Table.Tr data-testid="tracked-row">
      <Table.Td>
        {problem.url ? (
          <Anchor href={problem.url} target="_blank" rel="noopener noreferrer" fw={600} fz="sm">
            {problem.name} <IconExternalLink size={12} aria-label="(opens the other site)" />
          </Anchor>
        ) : (
          <Text fw={600} fz="sm">
            {problem.name}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{problem.difficulty && <DifficultyBadge difficulty={problem.difficulty} />}</Table.Td>
      <Table.Td>
        <TopicBadges topics={problem.topics} />
      </Table.Td>
      <Table.Td>
        <StatusBadge status={problem.status} />
      </Table.Td>
      <Table.Td>
        {last ? (
          <Text fz="xs">
            <Text span c={TRACKED_VERDICT_COLORS[last.verdict]} fw={600} fz="xs">
              {TRACKED_VERDICT_LABELS[last.verdict]}
            </Text>
            <Text span c="dimmed" fz="xs">
              {" "}
              · {shortDate(last.createdAt)} · {problem.attemptCount} logged
            </Text>
          </Text>
        ) : (
          <Text fz="xs" c="dimmed">
            No attempt logged
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="compact-xs" variant="light" onClick={() => onDialog({ kind: "attempt", problem })}>
            Log attempt
          </Button>
          <RowAction tooltip={`Edit ${problem.name}`} onClick={() => onDialog({ kind: "form", problem })}>
            <IconPencil size={14} />
          </RowAction>
          <RowAction tooltip={`Delete ${problem.name}`} onClick={() => onDialog({ kind: "delete", problem })}>
            <IconTrash size={14} />
          </RowAction>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
