import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { ExportFile } from "../../api/data-transfer";
import { longDateTime } from "../../lib/dates";
import { describeCounts } from "./counts";

const WORD = "replace";

interface Props {
  file: ExportFile | null;
  backupsOn: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A restore replaces everything: nothing happens until the user types a word, so Enter alone never destroys. */
export function RestoreConfirm({ file, backupsOn, busy, onCancel, onConfirm }: Props) {
  const [typed, setTyped] = useState("");
  useEffect(() => setTyped(""), [file]);
  const ready = typed.trim().toLowerCase() === WORD;

  return (
    <Modal opened={file !== null} onClose={busy ? () => {} : onCancel} title="Replace all your data?" size={520}>
      {file && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready && !busy) onConfirm();
          }}
        >
          <Stack gap="md">
            <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
              <Text fz="sm">
                Everything now in Loopwise (applications, companies, contacts, interviews, tasks and notes) is deleted
                and replaced with the contents of <b>{file.name}</b>
                {file.exportedAt ? `, exported ${longDateTime(file.exportedAt)}` : ""}: {describeCounts(file.counts)}.
              </Text>
            </Alert>
            <Text fz="sm">
              {backupsOn
                ? "Your current data is saved as a backup first, so you can restore it if you change your mind."
                : "Download an export of your current data first (“Everything (JSON)” above) if you may want it back."}
            </Text>
            <TextInput
              label={`Type “${WORD}” to confirm`}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              data-autofocus
              data-testid="restore-confirm-word"
            />
            <Group justify="flex-end" gap="xs" wrap="nowrap">
              <Button variant="default" onClick={onCancel} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" color="red" disabled={!ready} loading={busy}>
                Replace my data
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
