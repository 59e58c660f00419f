import { Group, ScrollArea, Tabs, Text } from "@mantine/core";
import type { Language, PracticeAttempt, ProblemDetail } from "@loopwise/domain";
import { Markdown } from "../../components/Markdown";
import { AttemptHistory } from "./AttemptHistory";
import { NotesPanel } from "./NotesPanel";
import { statementBody } from "./statement-body";
import { formatMs } from "./verdict-view";
import classes from "./ProblemPage.module.css";

interface Props {
  problem: ProblemDetail;
  languageName: (language: Language) => string;
  onRestore: (attempt: PracticeAttempt) => void;
}

/** The left side of the workspace: the statement, the user's notes, and the attempts so far. */
export function StatementPanel({ problem, languageName, onRestore }: Props) {
  return (
    <Tabs defaultValue="statement" className={classes.sideTabs}>
      <Tabs.List>
        <Tabs.Tab value="statement">Statement</Tabs.Tab>
        <Tabs.Tab value="notes">Notes</Tabs.Tab>
        <Tabs.Tab value="attempts">Attempts</Tabs.Tab>
      </Tabs.List>
      <ScrollArea className={classes.sideScroll} type="auto" offsetScrollbars>
        <Tabs.Panel value="statement" p="md">
          <div className={classes.statement}>
            <Markdown>{statementBody(problem.statement, problem.title)}</Markdown>
          </div>
          <Group gap="lg" mt="lg" c="dimmed">
            <Text fz="xs">Time limit {formatMs(problem.timeLimitMs)} per case</Text>
            <Text fz="xs">Memory {problem.memoryLimitMb} MB</Text>
            <Text fz="xs">
              {problem.examples.length} examples · {problem.hiddenCount} hidden cases
              {problem.largeCases && " + large inputs"}
            </Text>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="notes" p="md">
          <NotesPanel slug={problem.slug} initial={problem.notes} />
        </Tabs.Panel>
        <Tabs.Panel value="attempts" p="md">
          <AttemptHistory slug={problem.slug} languageName={languageName} onRestore={onRestore} />
        </Tabs.Panel>
      </ScrollArea>
    </Tabs>
  );
}
