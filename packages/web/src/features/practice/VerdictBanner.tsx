import { Alert, Group, Text } from "@mantine/core";
import { IconCircleCheck, IconCircleX, IconClockExclamation, IconPlayerPlay } from "@tabler/icons-react";
import type { RunResult } from "@loopwise/domain";
import { formatMs, resultHeadline, VERDICT_VIEWS } from "./verdict-view";

const ICONS = { accepted: IconCircleCheck, ok: IconPlayerPlay, time_limit: IconClockExclamation };

/** The verdict in its colour, what it means, and the time and memory the run took. */
export function VerdictBanner({ result, mode }: { result: RunResult; mode: "run" | "submit" }) {
  const view = VERDICT_VIEWS[result.verdict];
  const Icon = ICONS[result.verdict as keyof typeof ICONS] ?? IconCircleX;
  return (
    <Alert
      color={view.color}
      variant="light"
      icon={<Icon />}
      title={
        <Group gap="sm">
          <Text fw={700} fz="md" c={`${view.color}.7`} data-testid="verdict">
            {mode === "run" && result.cases?.length ? `Examples: ${view.label}` : view.label}
          </Text>
          {result.timeMs > 0 && (
            <Text fz="xs" c="dimmed">
              {formatMs(result.timeMs)}
              {result.memoryKb ? ` · ${Math.round(result.memoryKb / 1024)} MB` : ""}
            </Text>
          )}
        </Group>
      }
      aria-live="polite"
      py="xs"
    >
      <Text fz="sm">{resultHeadline(result, mode)}</Text>
    </Alert>
  );
}
