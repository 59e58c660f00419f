import { Alert, Button, Group, Text } from "@mantine/core";
import { IconCircleCheck, IconLayoutKanban } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import type { DoneEvent } from "./use-csv-import";
import { plural } from "./import-labels";

/** What the import did, and where to see it. */
export function ImportDone({ result, onAnother }: { result: DoneEvent; onAnother: () => void }) {
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck />}
      title={`Imported ${plural(result.created, "application")}`}
      data-testid="csv-done"
    >
      <Text fz="sm">
        {result.duplicates > 0
          ? `${plural(result.duplicates, "row was", "rows were")} already there and skipped. `
          : ""}
        {result.companiesCreated > 0 ? `${plural(result.companiesCreated, "new company", "new companies")} added.` : ""}
      </Text>
      <Group mt="sm" gap="sm">
        <Button component={Link} to="/" size="xs" leftSection={<IconLayoutKanban size={14} />}>
          Open the board
        </Button>
        <Button size="xs" variant="subtle" onClick={onAnother}>
          Import another file
        </Button>
      </Group>
    </Alert>
  );
}
