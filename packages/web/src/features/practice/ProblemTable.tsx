import { Group, Table, Text, Tooltip } from "@mantine/core";
import { IconCircle, IconCircleCheckFilled, IconCircleHalf2 } from "@tabler/icons-react";
import { Link, useNavigate } from "@tanstack/react-router";
import type { PracticeStatus, ProblemSummary } from "@loopwise/domain";
import { shortDate } from "../../lib/dates";
import { DifficultyBadge, TopicBadges, VerdictBadge } from "./PracticeBadges";
import { minutesLabel, STATUS_COLORS, STATUS_LABELS } from "./practice-labels";
import pageClasses from "../../components/Page.module.css";
import classes from "./PracticePage.module.css";

const STATUS_ICONS = { new: IconCircle, attempted: IconCircleHalf2, solved: IconCircleCheckFilled };

function StatusIcon({ status }: { status: PracticeStatus }) {
  const Icon = STATUS_ICONS[status];
  return (
    <Tooltip label={STATUS_LABELS[status]}>
      <Icon
        size={18}
        color={`var(--mantine-color-${STATUS_COLORS[status]}-6)`}
        aria-label={STATUS_LABELS[status]}
        role="img"
      />
    </Tooltip>
  );
}

/** The bank as rows; the title is the link (keyboard and middle-click), the rest of the row opens it too. */
export function ProblemTable({ problems }: { problems: ProblemSummary[] }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760} className={pageClasses.tableCard} style={{ borderRadius: 12 }}>
      <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>Status</Table.Th>
            <Table.Th>Problem</Table.Th>
            <Table.Th w={120}>Difficulty</Table.Th>
            <Table.Th>Topics</Table.Th>
            <Table.Th w={90}>Estimate</Table.Th>
            <Table.Th w={200}>Last attempt</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem) => (
            <Table.Tr
              key={problem.slug}
              className={classes.row}
              data-testid="problem-row"
              onClick={(event) => {
                if ((event.target as HTMLElement).closest("a")) return;
                void navigate({ to: "/practice/$slug", params: { slug: problem.slug } });
              }}
            >
              <Table.Td>
                <StatusIcon status={problem.status} />
              </Table.Td>
              <Table.Td>
                <Link to="/practice/$slug" params={{ slug: problem.slug }} className={classes.titleLink}>
                  {problem.title}
                </Link>
              </Table.Td>
              <Table.Td>
                <DifficultyBadge difficulty={problem.difficulty} />
              </Table.Td>
              <Table.Td>
                <TopicBadges topics={problem.topics} />
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c="dimmed">
                  {minutesLabel(problem.estimateMinutes)}
                </Text>
              </Table.Td>
              <Table.Td>
                {problem.lastAttempt ? (
                  <Group gap="xs" wrap="nowrap">
                    <VerdictBadge verdict={problem.lastAttempt.verdict} size="xs" />
                    <Text fz="xs" c="dimmed">
                      {problem.lastAttempt.mode === "run" ? "run · " : ""}
                      {shortDate(problem.lastAttempt.createdAt)}
                    </Text>
                  </Group>
                ) : (
                  <Text fz="xs" c="dimmed">
                    Not tried yet
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
