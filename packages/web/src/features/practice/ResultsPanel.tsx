import { Alert, Button, Group, Kbd, Loader, Stack, Tabs, Text, Textarea } from "@mantine/core";
import { IconAlertTriangle, IconPlayerPlay } from "@tabler/icons-react";
import type { RunResult } from "@loopwise/domain";
import { CaseList } from "./CaseList";
import { ErrorMessage } from "./ErrorMessage";
import { RunOutput } from "./RunOutput";
import { VerdictBanner } from "./VerdictBanner";
import { resultError } from "./verdict-view";

export type RunMode = "run" | "submit" | "custom";
/** What a run came to: the judge's result, or why it did not run (judge busy, server refused, offline). */
export type Outcome = { mode: RunMode; result: RunResult } | { mode: RunMode; error: Error };
export type ResultsTab = "result" | "custom";

interface Props {
  tab: ResultsTab;
  onTab: (tab: ResultsTab) => void;
  /** The last run on the examples or submit, and the last custom run: each kept while the other shows. */
  judged?: Outcome;
  custom?: Outcome;
  pending?: RunMode;
  stdin: string;
  onStdin: (stdin: string) => void;
  onRunCustom: () => void;
  onJump: (line: number) => void;
  hiddenCount: number;
}

const PENDING_TEXT: Record<RunMode, (hidden: number) => string> = {
  run: () => "Running your code on the examples…",
  submit: (hidden) => `Judging on the examples and ${hidden} hidden cases…`,
  custom: () => "Running your program on your input…",
};

/** Below the editor: the verdict with its cases, or a custom run with the user's own input. */
export function ResultsPanel(props: Props) {
  const { tab, onTab, judged, pending, onJump, hiddenCount } = props;
  return (
    <Tabs value={tab} onChange={(value) => onTab(value === "custom" ? "custom" : "result")}>
      <Tabs.List>
        <Tabs.Tab value="result">Result</Tabs.Tab>
        <Tabs.Tab value="custom">Custom input</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="result" pt="sm" data-testid="results" aria-busy={pending === "run" || pending === "submit"}>
        {pending === "run" || pending === "submit" ? (
          <Pending text={PENDING_TEXT[pending](hiddenCount)} />
        ) : judged ? (
          <OutcomeView outcome={judged} onJump={onJump} />
        ) : (
          <Text fz="sm" c="dimmed" py="md">
            <b>Run</b> (<Kbd size="xs">Ctrl/⌘</Kbd> + <Kbd size="xs">&apos;</Kbd>) tries the examples; <b>Submit</b> (
            <Kbd size="xs">Ctrl/⌘</Kbd> + <Kbd size="xs">Enter</Kbd>) judges every case, hidden ones too.
          </Text>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="custom" pt="sm">
        <CustomRun {...props} />
      </Tabs.Panel>
    </Tabs>
  );
}

function Pending({ text }: { text: string }) {
  return (
    <Group gap="sm" py="md">
      <Loader size="sm" />
      <Text fz="sm">{text}</Text>
    </Group>
  );
}

function OutcomeView({ outcome, onJump }: { outcome: Outcome; onJump: (line: number) => void }) {
  if ("error" in outcome) {
    return (
      <Alert color="yellow" icon={<IconAlertTriangle />} title="The code did not run">
        {outcome.error.message}
      </Alert>
    );
  }
  const { result } = outcome;
  const error = resultError(result);
  return (
    <Stack gap="sm">
      <VerdictBanner result={result} mode={outcome.mode === "submit" ? "submit" : "run"} />
      {error && <ErrorMessage error={error} onJump={onJump} />}
      {result.cases && result.cases.length > 0 && <CaseList cases={result.cases} onJump={onJump} />}
      <RunOutput result={result} />
    </Stack>
  );
}

function CustomRun({ custom, stdin, onStdin, onRunCustom, onJump, pending }: Props) {
  return (
    <Stack gap="xs">
      <Text fz="xs" c="dimmed">
        Runs the editor&apos;s code as a program with this text on standard input, without the judge: call your function
        and print what you want to see.
      </Text>
      <Textarea
        aria-label="Standard input"
        placeholder="Input for your program"
        autosize
        minRows={3}
        maxRows={8}
        value={stdin}
        onChange={(event) => onStdin(event.currentTarget.value)}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      />
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlayerPlay size={14} />}
          onClick={onRunCustom}
          loading={pending === "custom"}
        >
          Run with this input
        </Button>
      </Group>
      {custom && pending !== "custom" && <OutcomeView outcome={custom} onJump={onJump} />}
    </Stack>
  );
}
