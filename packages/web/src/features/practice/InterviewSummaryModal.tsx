import { Button, Group, Modal, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ProblemDetail } from "@loopwise/domain";
import { DifficultyBadge, VerdictBadge } from "./PracticeBadges";
import { formatClock, INTERVIEW_MINUTES, summarizeInterview, type SolveSession } from "./solve-session";

interface Props {
  problem: ProblemDetail;
  session: SolveSession;
  now: number;
  onClose: () => void;
  onAgain: () => void;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
    </div>
  );
}

/** How the mock interview went: solved or not, the time against the estimate, runs and submits; the difficulty revealed. */
export function InterviewSummaryModal({ problem, session, now, onClose, onAgain }: Props) {
  const summary = summarizeInterview(session, now, problem.estimateMinutes);
  return (
    <Modal opened onClose={onClose} title="Interview over" size="md">
      <Stack gap="md" data-testid="interview-summary">
        <Text fw={600} c={summary.solved ? "teal.7" : "red.7"}>
          {summary.sentence}
        </Text>
        <SimpleGrid cols={3}>
          <Figure label="Time used" value={`${formatClock(summary.usedSeconds)} / ${INTERVIEW_MINUTES}:00`} />
          <Figure label="Runs" value={String(session.runs)} />
          <Figure label="Submits" value={String(session.submits)} />
        </SimpleGrid>
        <Group gap="sm">
          <Text fz="sm" c="dimmed">
            The problem was
          </Text>
          <DifficultyBadge difficulty={problem.difficulty} />
          {session.lastVerdict && (
            <>
              <Text fz="sm" c="dimmed">
                last result
              </Text>
              <VerdictBadge verdict={session.lastVerdict} />
            </>
          )}
        </Group>
        <Text fz="sm" c="dimmed">
          Write down the approach and what slowed you in the Notes tab while it is fresh.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onAgain}>
            Start another interview
          </Button>
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
