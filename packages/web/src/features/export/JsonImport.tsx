import { Alert, Button, FileButton, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconFileImport } from "@tabler/icons-react";
import { useState } from "react";
import { readExportFile, useImportJson, type ImportResult } from "../../api/data-transfer";
import { notifySuccess } from "../../components/notify";
import { describeCounts, total } from "./counts";
import { FileProblem } from "./FileProblem";
import { ImportSummary } from "./ImportSummary";

const ACCEPT = ".json,.gz,application/json,application/gzip";

/** "Import a Loopwise export": adds what the file has and this Loopwise has not. */
export function JsonImport() {
  const importJson = useImportJson();
  const [done, setDone] = useState<{ name: string; result: ImportResult } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [reading, setReading] = useState(false);

  async function pick(file: File | null) {
    if (!file) return;
    setDone(null);
    setProblem(null);
    setReading(true);
    try {
      const read = await readExportFile(file);
      const result = await importJson.mutateAsync(read);
      setDone({ name: file.name, result });
      notifySuccess(
        total(result.created) ? `Added ${describeCounts(result.created)}` : "Nothing new: it was all here already",
        `Imported ${file.name}`,
      );
    } catch (error) {
      setProblem(error);
    } finally {
      setReading(false);
    }
  }

  return (
    <Stack gap="sm">
      <div>
        <Text fw={600}>Import a Loopwise export (.json)</Text>
        <Text c="dimmed" fz="sm">
          Adds what the file holds and this Loopwise does not; anything already here is left as it is, so importing the
          same file twice adds nothing. A file with a problem changes nothing.
        </Text>
      </div>
      <Group>
        <FileButton onChange={(file) => void pick(file)} accept={ACCEPT} disabled={reading}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconFileImport size={16} />} loading={reading}>
              Choose an export to import
            </Button>
          )}
        </FileButton>
      </Group>
      {problem !== null && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="Nothing was imported">
          <FileProblem error={problem} />
        </Alert>
      )}
      {done && <ImportSummary name={done.name} result={done.result} />}
    </Stack>
  );
}
