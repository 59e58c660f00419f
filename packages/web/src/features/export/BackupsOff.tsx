import { Code, List, Stack, Text } from "@mantine/core";

/** No backup folder here (PostgreSQL mode): say how backups work and what to use instead. */
export function BackupsOff() {
  return (
    <Stack gap="xs">
      <Text fz="sm">
        This Loopwise keeps its data in a PostgreSQL server, so the automatic backups of local mode are off here: back
        the database up with <Code>pg_dump</Code>, and use the JSON export above for a portable copy.
      </Text>
      <Text fz="sm">
        When Loopwise runs on your own computer, it backs up every day by itself, and on its command line:
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>
          <Code>loopwise backup</Code> writes a backup now and prints where;
        </List.Item>
        <List.Item>
          <Code>loopwise restore FILE</Code> replaces everything with a backup or an export;
        </List.Item>
        <List.Item>
          <Code>loopwise export --format json|csv --out FILE</Code> and <Code>loopwise import FILE</Code> do what the
          buttons on this page do.
        </List.Item>
      </List>
    </Stack>
  );
}
