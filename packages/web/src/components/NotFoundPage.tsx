import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";

export function NotFoundPage() {
  return (
    <Center h="70vh">
      <Stack align="center" gap="xs">
        <Title order={2}>Nothing here</Title>
        <Text c="dimmed">This page does not exist.</Text>
        <Button component={Link} to="/" variant="light" mt="sm">
          Back to the board
        </Button>
      </Stack>
    </Center>
  );
}
