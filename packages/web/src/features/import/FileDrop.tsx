import { Button, FileButton, Group, Loader, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { useState, type DragEvent } from "react";
import classes from "./FileDrop.module.css";

const ACCEPT = ".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain,application/vnd.ms-excel";

/** A file picker that also takes a file dropped on it. */
export function FileDrop({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const [over, setOver] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  }

  return (
    <div
      className={classes.zone}
      data-over={over || undefined}
      data-busy={busy || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="csv-drop-zone"
    >
      <Stack align="center" gap="xs">
        <ThemeIcon variant="light" size={48} radius="xl" aria-hidden>
          {busy ? <Loader size="sm" /> : <IconFileSpreadsheet size={26} />}
        </ThemeIcon>
        <Text fw={600}>{busy ? "Reading the file…" : "Drop a CSV file here"}</Text>
        <Text c="dimmed" fz="sm" maw={520}>
          An export from Huntr or Teal, or any spreadsheet saved as CSV with a header row. Comma, semicolon or tab
          separated; UTF-8 or Windows-1252; up to 20 MB.
        </Text>
        <Group mt="xs">
          <FileButton onChange={(file) => file && onFile(file)} accept={ACCEPT} disabled={busy}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} variant="light" disabled={busy}>
                Choose a file
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </div>
  );
}
