import { Progress, Stack, Text } from "@mantine/core";

/** The import's progress as the server reports it, batch by batch. */
export function ImportProgress({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <Stack gap={6}>
      <Progress
        value={percent}
        size="lg"
        radius="xl"
        striped
        animated
        aria-label="Import progress"
        data-testid="csv-progress"
      />
      <Text fz="sm" c="dimmed" aria-live="polite">
        Writing {done.toLocaleString()} of {total.toLocaleString()} applications… Nothing is saved until the last one is
        written.
      </Text>
    </Stack>
  );
}
