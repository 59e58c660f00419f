import { Card, Divider, Skeleton, Stack } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useBackups } from "../../api/data-transfer";
import { LoadError } from "../../components/LoadError";
import { BackupsOff } from "./BackupsOff";
import { BackupsOn } from "./BackupsOn";
import { RestoreFromFile } from "./RestoreFromFile";
import { SectionHeader } from "./SectionHeader";

/** The automatic backups (where they are, the latest ones, one now) and restoring from a file. */
export function BackupSection() {
  const status = useBackups();
  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="backups-title">
      <Stack gap="md">
        <SectionHeader icon={<IconHistory size={20} />} id="backups-title" title="Backups and restore">
          Copies of everything, to go back to if something goes wrong, or to move Loopwise to another computer.
        </SectionHeader>
        {status.isError ? (
          <LoadError error={status.error} onRetry={() => void status.refetch()} />
        ) : !status.data ? (
          <Stack gap="xs" aria-label="Loading the backups" aria-busy>
            <Skeleton height={14} width="70%" />
            <Skeleton height={36} width={140} />
          </Stack>
        ) : status.data.enabled ? (
          <BackupsOn status={status.data} />
        ) : (
          <BackupsOff />
        )}
        <Divider />
        <RestoreFromFile backupsOn={status.data?.enabled ?? false} />
      </Stack>
    </Card>
  );
}
