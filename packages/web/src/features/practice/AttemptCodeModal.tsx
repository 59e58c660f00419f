import { Box, Button, Group, Modal, Text, useComputedColorScheme } from "@mantine/core";
import type { PracticeAttempt } from "@loopwise/domain";
import { longDateTime } from "../../lib/dates";
import { CodeEditor } from "./CodeEditor";
import { VerdictBadge } from "./PracticeBadges";

interface Props {
  attempt: PracticeAttempt;
  languageName: string;
  onClose: () => void;
  onRestore?: () => void;
}

/** An attempt's code, read-only and highlighted, with the way back into the editor. */
export function AttemptCodeModal({ attempt, languageName, onClose, onRestore }: Props) {
  const dark = useComputedColorScheme("light") === "dark";
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={`${attempt.mode === "submit" ? "Submit" : "Run"} · ${languageName}`}
    >
      <Group gap="sm" mb="sm">
        <VerdictBadge verdict={attempt.verdict} />
        <Text fz="sm" c="dimmed">
          {longDateTime(attempt.createdAt)}
        </Text>
      </Group>
      <Box
        h={420}
        style={{ border: "1px solid var(--mantine-color-default-border)", borderRadius: 8, overflow: "hidden" }}
      >
        <CodeEditor
          language={attempt.language}
          docKey={attempt.id}
          code={attempt.code}
          dark={dark}
          label={`Code of the attempt of ${longDateTime(attempt.createdAt)}`}
          readOnly
        />
      </Box>
      {onRestore && (
        <Group justify="flex-end" mt="md">
          <Button variant="light" onClick={onRestore}>
            Put this code in the editor
          </Button>
        </Group>
      )}
    </Modal>
  );
}
