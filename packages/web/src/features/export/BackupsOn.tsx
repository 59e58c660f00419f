import { ActionIcon, Button, Code, CopyButton, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconDeviceFloppy } from "@tabler/icons-react";
import { useBackupNow, type BackupStatus } from "../../api/data-transfer";
import { notifyError, notifySuccess } from "../../components/notify";
import { longDateTime } from "../../lib/dates";
import { fileSize } from "./counts";

type On = Extract<BackupStatus, { enabled: true }>;

/** Local mode: where the daily backups are, the newest ones, and a backup on demand. */
export function BackupsOn({ status }: { status: On }) {
  const backupNow = useBackupNow();
  const latest = status.backups.slice(0, 5);

  function backUp() {
    backupNow.mutate(undefined, {
      onSuccess: ({ backup }) => notifySuccess(backup.name, "Backup written"),
      onError: (error) => notifyError(error, "Could not write a backup"),
    });
  }

  return (
    <Stack gap="sm">
      <Text fz="sm">
        Each day Loopwise runs, it saves a backup of everything and keeps the newest {status.keep}. They are JSON
        exports, gzipped, in this folder:
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code fz="sm" style={{ overflowWrap: "anywhere" }} data-testid="backup-folder">
          {status.folder}
        </Code>
        <CopyButton value={status.folder} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? "Copied" : "Copy the folder's path"} withArrow>
              <ActionIcon
                variant="subtle"
                color={copied ? "teal" : "gray"}
                onClick={copy}
                aria-label="Copy the folder's path"
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      {latest.length === 0 ? (
        <Text c="dimmed" fz="sm">
          No backup yet: the first one is written when Loopwise starts, or now with the button below.
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm" maw={520} aria-label="Latest backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Written</Table.Th>
              <Table.Th ta="right">Size</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {latest.map((backup) => (
              <Table.Tr key={backup.name} title={backup.path}>
                <Table.Td>{longDateTime(backup.createdAt)}</Table.Td>
                <Table.Td ta="right" c="dimmed">
                  {fileSize(backup.bytes)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {status.backups.length > latest.length && (
        <Text c="dimmed" fz="xs">
          And {status.backups.length - latest.length} older in the folder.
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconDeviceFloppy size={16} />}
          loading={backupNow.isPending}
          onClick={backUp}
        >
          Back up now
        </Button>
      </Group>
    </Stack>
  );
}
