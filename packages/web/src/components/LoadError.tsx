import { Alert, Button, Center } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";

export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <Center p="xl">
      <Alert color="red" icon={<IconAlertTriangle />} title="Could not load your data" maw={520} w="100%">
        {error.message}
        <Button size="xs" variant="light" color="red" mt="sm" display="block" onClick={onRetry}>
          Try again
        </Button>
      </Alert>
    </Center>
  );
}
