import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import type { Language, PracticeAttempt } from "@loopwise/domain";
import { useState } from "react";
import { useAttempts } from "../../api/practice";
import { longDateTime } from "../../lib/dates";
import { AttemptCodeModal } from "./AttemptCodeModal";
import { VerdictBadge } from "./PracticeBadges";
import { formatClock } from "./solve-session";
import { formatMs } from "./verdict-view";

interface Props {
  slug: string;
  languageName: (language: Language) => string;
  /** Puts an attempt's code in the editor, in its language (undoable there). */
  onRestore?: (attempt: PracticeAttempt) => void;
}

/** Every run and submit on this problem, newest first, each with the code as it was sent. */
export function AttemptHistory({ slug, languageName, onRestore }: Props) {
  const attempts = useAttempts(slug);
  const [viewing, setViewing] = useState<PracticeAttempt | null>(null);
  if (attempts.isError) return <Text c="red">Could not load the attempts: {attempts.error.message}</Text>;
  if (!attempts.data) return <Text c="dimmed">Loading…</Text>;
  if (attempts.data.length === 0) {
    return (
      <Text c="dimmed" fz="sm" py="md">
        No attempts yet. Each run and submit lands here with its code, so you can see how a solution grew.
      </Text>
    );
  }
  return (
    <>
      <Table verticalSpacing={6} fz="sm" aria-label="Attempts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Result</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attempts.data.map((attempt) => (
            <Table.Tr key={attempt.id} data-testid="attempt-row">
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Group gap={4} wrap="nowrap">
                    <VerdictBadge verdict={attempt.verdict} size="xs" />
                    {attempt.interview && (
                      <Badge size="xs" variant="outline" color="gray" tt="none">
                        interview
                      </Badge>
                    )}
                  </Group>
                  <Text fz="xs" c="dimmed">
                    {attempt.total !== null && `${attempt.passed ?? 0}/${attempt.total} cases`}
                    {attempt.timeMs !== null && ` · ${formatMs(attempt.timeMs)}`}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text fz="xs">
                  {attempt.mode === "submit" ? "Submit" : "Run"} · {languageName(attempt.language)}
                </Text>
                <Text fz="xs" c="dimmed">
                  {longDateTime(attempt.createdAt)}
                  {attempt.durationSeconds !== null && ` · at ${formatClock(attempt.durationSeconds)}`}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button size="compact-xs" variant="subtle" onClick={() => setViewing(attempt)}>
                  View code
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {viewing && (
        <AttemptCodeModal
          attempt={viewing}
          languageName={languageName(viewing.language)}
          onClose={() => setViewing(null)}
          onRestore={
            onRestore &&
            (() => {
              onRestore(viewing);
              setViewing(null);
            })
          }
        />
      )}
    </>
  );
}
