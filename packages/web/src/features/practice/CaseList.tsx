import { Accordion, Badge, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCheck, IconLock, IconX } from "@tabler/icons-react";
import type { CaseResult } from "@loopwise/domain";
import { DiffView } from "./DiffView";
import { ErrorMessage } from "./ErrorMessage";
import { formatMs, inputLines, VERDICT_VIEWS } from "./verdict-view";
import classes from "./ResultsPanel.module.css";

interface Props {
  cases: CaseResult[];
  onJump: (line: number) => void;
}

/**
 * Every case with pass or fail and its time. A visible case opens to its input, the expected and
 * the actual answer and their diff; a hidden one shows its number only: its data never leaves the server.
 */
export function CaseList({ cases, onJump }: Props) {
  const firstFailed = cases.find((c) => c.verdict !== "accepted" && !c.hidden);
  return (
    <Accordion
      multiple
      variant="separated"
      defaultValue={firstFailed ? [String(firstFailed.number)] : []}
      chevronPosition="left"
      aria-label="Cases"
    >
      {cases.map((result) => {
        const passed = result.verdict === "accepted";
        const openable = !result.hidden && (result.input !== undefined || result.error !== undefined);
        return (
          <Accordion.Item key={result.number} value={String(result.number)} data-testid="case-result">
            <Accordion.Control disabled={!openable} className={classes.caseControl}>
              <Group gap="sm" wrap="nowrap">
                {passed ? (
                  <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="passed" />
                ) : (
                  <IconX size={16} color="var(--mantine-color-red-6)" aria-label="failed" />
                )}
                <Text fz="sm" fw={500}>
                  Case {result.number}
                </Text>
                {result.hidden && (
                  <Badge size="xs" variant="light" color="gray" leftSection={<IconLock size={10} />} tt="none">
                    hidden
                  </Badge>
                )}
                {!passed && (
                  <Text fz="xs" c={VERDICT_VIEWS[result.verdict].color}>
                    {VERDICT_VIEWS[result.verdict].label}
                  </Text>
                )}
                <Text fz="xs" c="dimmed" ml="auto">
                  {formatMs(result.timeMs)}
                </Text>
              </Group>
            </Accordion.Control>
            {openable && (
              <Accordion.Panel>
                <CaseDetail result={result} onJump={onJump} />
              </Accordion.Panel>
            )}
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}

function Labelled({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" fw={600} mb={2}>
        {label}
      </Text>
      <pre className={classes.output}>{children}</pre>
    </div>
  );
}

function CaseDetail({ result, onJump }: { result: CaseResult; onJump: (line: number) => void }) {
  return (
    <Stack gap="xs">
      {result.input !== undefined && <Labelled label="Input">{inputLines(result.input).join("\n")}</Labelled>}
      {result.expected !== undefined && (
        // A case that failed before answering (an error, a time limit) has nothing of yours to show.
        <SimpleGrid cols={result.actual === undefined ? 1 : 2} spacing="xs">
          <Labelled label="Expected">{JSON.stringify(result.expected)}</Labelled>
          {result.actual !== undefined && <Labelled label="Yours">{JSON.stringify(result.actual)}</Labelled>}
        </SimpleGrid>
      )}
      {result.diff && <DiffView diff={result.diff} />}
      {result.error && <ErrorMessage error={result.error} onJump={onJump} />}
    </Stack>
  );
}
