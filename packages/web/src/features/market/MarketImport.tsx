import { Alert, Button, FileButton, Group, Stack, Table, Text } from "@mantine/core";
import { IconFileImport, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useImportMarketCsv, type MarketImportResult } from "../../api/market";
import { notifyError, notifySuccess } from "../../components/notify";

const ACCEPT = ".csv,.txt,text/csv,text/plain";
const points = (n: number) => (n === 1 ? "1 point" : `${n.toLocaleString()} points`);

/** CSV import in two steps: a dry run that shows what would be added and every line in error, then the import. */
export function MarketImport({ currency }: { currency: string }) {
  const run = useImportMarketCsv();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<MarketImportResult | null>(null);

  const choose = (chosen: File | null) => {
    if (!chosen) return;
    setFile(chosen);
    setCheck(null);
    run.mutate(
      { file: chosen, dryRun: true, currency },
      { onSuccess: setCheck, onError: (error) => notifyError(error, `${chosen.name} could not be read`) },
    );
  };

  const confirm = () => {
    if (!file) return;
    run.mutate(
      { file, dryRun: false, currency },
      {
        onSuccess: (result) => {
          notifySuccess(
            `${points(result.added)} added${result.duplicates ? `, ${result.duplicates} already here` : ""}`,
          );
          setFile(null);
          setCheck(null);
        },
        onError: (error) => notifyError(error, "The import failed; nothing was added"),
      },
    );
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <FileButton onChange={choose} accept={ACCEPT} disabled={run.isPending}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={run.isPending && !check}>
              Import a CSV file
            </Button>
          )}
        </FileButton>
        <Text fz="xs" c="dimmed" maw={560}>
          One row per data point with a header row: company, level, total (required), and optionally base, currency,
          title, location, source, date. Amounts like 185000, $185,000 or 185k; rows with no currency are taken as{" "}
          {currency}.
        </Text>
      </Group>
      {check && file && (
        <ImportCheck
          file={file}
          check={check}
          busy={run.isPending}
          onImport={confirm}
          onCancel={() => setCheck(null)}
        />
      )}
    </Stack>
  );
}

interface CheckProps {
  file: File;
  check: MarketImportResult;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}

function ImportCheck({ file, check, busy, onImport, onCancel }: CheckProps) {
  const hasErrors = check.errors.length > 0;
  const badLines = new Set(check.errors.map((error) => error.line)).size;
  return (
    <Alert
      color={hasErrors ? "red" : check.added > 0 ? "blue" : "gray"}
      icon={<IconFileImport />}
      title={`${file.name}: ${check.rows.toLocaleString()} rows checked`}
      data-testid="market-import-check"
    >
      <Text fz="sm">
        {hasErrors
          ? `${badLines} ${badLines === 1 ? "line has" : "lines have"} a problem. Nothing is imported until every line is right: fix them and choose the file again.`
          : check.added > 0
            ? `${points(check.added)} would be added${check.duplicates ? `; ${check.duplicates} already here would be skipped` : ""}.`
            : "Every row is already here: nothing to add."}
      </Text>
      {hasErrors && (
        <Table.ScrollContainer minWidth={480} maxHeight={220} mt="xs">
          <Table verticalSpacing={4} fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Line</Table.Th>
                <Table.Th w={140}>Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {check.errors.map((error, i) => (
                <Table.Tr key={`${error.line}-${error.field}-${i}`}>
                  <Table.Td ff="monospace">{error.line}</Table.Td>
                  <Table.Td>{error.field}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="xs" mt="sm">
        {!hasErrors && check.added > 0 && (
          <Button size="xs" onClick={onImport} loading={busy}>
            Import {points(check.added)}
          </Button>
        )}
        <Button size="xs" variant="default" onClick={onCancel}>
          {hasErrors || check.added === 0 ? "Close" : "Cancel"}
        </Button>
      </Group>
    </Alert>
  );
}
