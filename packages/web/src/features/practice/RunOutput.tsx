import { Stack, Text } from "@mantine/core";
import type { RunResult } from "@loopwise/domain";
import classes from "./ResultsPanel.module.css";

/** What the program printed, stdout and stderr apart; a cut output says so. */
export function RunOutput({ result }: { result: RunResult }) {
  const stdout = result.stdout ?? "";
  const stderr = result.stderr ?? "";
  if (!stdout && !stderr) return null;
  return (
    <Stack gap="xs" mt="sm">
      {stdout && (
        <div>
          <Text fz="xs" c="dimmed" fw={600} mb={2}>
            Output{result.truncated ? " (cut at 64 KB)" : ""}
          </Text>
          <pre className={classes.output} data-testid="stdout">
            {stdout}
          </pre>
        </div>
      )}
      {stderr && (
        <div>
          <Text fz="xs" c="dimmed" fw={600} mb={2}>
            Errors and warnings (stderr)
          </Text>
          <pre className={classes.output}>{stderr}</pre>
        </div>
      )}
    </Stack>
  );
}
