import { Alert, Button, FileButton, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import { readExportFile, useRestore, type ExportFile, type RestoreResult } from "../../api/data-transfer";
import { notifySuccess } from "../../components/notify";
import { describeCounts } from "./counts";
import { FileProblem } from "./FileProblem";
import { RestoreConfirm } from "./RestoreConfirm";

const ACCEPT = ".json,.gz,application/json,application/gzip";

/** "Restore from a file": replaces everything, after a confirmation that says so plainly. */
export function RestoreFromFile({ backupsOn }: { backupsOn: boolean }) {
  const restore = useRestore();
  const [chosen, setChosen] = useState<ExportFile | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<{ name: string; result: RestoreResult } | null>(null);

  async function pick(file: File | null) {
    if (!file) return;
    setProblem(null);
    setDone(null);
    try {
      setChosen(await readExportFile(file));
    } catch (error) {
      setProblem(error);
    }
  }

  function confirm() {
    if (!chosen) return;
    restore.mutate(chosen, {
      onSuccess: (result) => {
        setDone({ name: chosen.name, result });
        setChosen(null);
        notifySuccess(describeCounts(result.restored), `Restored ${chosen.name}`);
      },
      onError: (error) => {
        setProblem(error);
        setChosen(null);
      },
    });
  }

  return (
    <Stack gap="sm">
      <div>
        <Text fw={600}>Restore from a file</Text>
        <Text c="dimmed" fz="sm">
          Replace everything in Loopwise with a JSON export or a backup (.json or .json.gz). If anything in the file is
          wrong, nothing changes.
        </Text>
      </div>
      <Group>
        <FileButton onChange={(file) => void pick(file)} accept={ACCEPT}>
          {(props) => (
            <Button {...props} variant="default" color="red" leftSection={<IconRestore size={16} />}>
              Choose a file to restore…
            </Button>
          )}
        </FileButton>
      </Group>
      {problem !== null && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle />}
          title="Nothing was restored; your data is unchanged"
        >
          <FileProblem error={problem} />
        </Alert>
      )}
      {done && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck />} title={`Restored ${done.name}`}>
          <Text fz="sm">Loopwise now holds {describeCounts(done.result.restored)}.</Text>
          {done.result.backup && (
            <Text fz="sm" mt={4}>
              Your data from before is in the backup <b>{done.result.backup.name}</b>.
            </Text>
          )}
        </Alert>
      )}
      <RestoreConfirm
        file={chosen}
        backupsOn={backupsOn}
        busy={restore.isPending}
        onCancel={() => setChosen(null)}
        onConfirm={confirm}
      />
    </Stack>
  );
}
