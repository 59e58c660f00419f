import { Alert, Button, Card, Group, Stack, Stepper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertTriangle, IconChecklist, IconFileImport, IconX } from "@tabler/icons-react";
import { CheckResult } from "./CheckResult";
import { FileDrop } from "./FileDrop";
import { ImportDone } from "./ImportDone";
import { ImportProgress } from "./ImportProgress";
import { MappingTable } from "./MappingTable";
import { PreviewSummary } from "./PreviewSummary";
import { StatusChoices } from "./StatusChoices";
import { plural } from "./import-labels";
import { useCsvImport, type CsvImportState } from "./use-csv-import";

function activeStep(state: CsvImportState): number {
  if (state.result) return 4;
  if (state.phase === "importing") return 3;
  if (state.check) return 2;
  return state.preview ? 1 : 0;
}

/** Import applications from a CSV file: preview and map, check (a dry run), then import. */
export function ImportSection() {
  const csv = useCsvImport();
  const { state } = csv;
  const { preview, check, file } = state;
  const busy = state.phase !== "idle";
  const canImport = Boolean(check && check.invalidRows === 0 && check.toCreate > 0) && !busy;

  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="csv-import-title">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
            <IconFileImport size={20} />
          </ThemeIcon>
          <div>
            <Title order={3} fz="lg" id="csv-import-title">
              Import from a spreadsheet or tracker
            </Title>
            <Text c="dimmed" fz="sm">
              Bring in your applications from a CSV file. You see how each column is read and check the whole file
              before anything is saved; importing the same file again adds nothing.
            </Text>
          </div>
        </Group>

        <Stepper active={activeStep(state)} size="xs" iconSize={26} allowNextStepsSelect={false}>
          <Stepper.Step label="Choose a file" />
          <Stepper.Step label="Map the columns" />
          <Stepper.Step label="Check" />
          <Stepper.Step label="Import" />
        </Stepper>

        {state.problem && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle />}
            title="That did not work"
            data-testid="csv-problem"
          >
            {state.problem}
          </Alert>
        )}

        {!preview || !file ? (
          <FileDrop onFile={csv.pick} busy={state.phase === "reading"} />
        ) : state.result ? (
          <ImportDone result={state.result} onAnother={csv.reset} />
        ) : (
          <>
            <PreviewSummary
              fileName={file.name}
              preview={preview}
              dateOrder={state.choices.dateOrder}
              onDateOrder={csv.chooseDateOrder}
            />
            <MappingTable preview={preview} mapping={state.choices.mapping} onMap={csv.mapColumn} disabled={busy} />
            {preview.rows > preview.sample.length && (
              <Text fz="xs" c="dimmed">
                The first {preview.sample.length} of {plural(preview.rows, "row")}.
              </Text>
            )}
            {state.unknownStatuses.length > 0 && (
              <StatusChoices
                statuses={state.unknownStatuses}
                chosen={state.choices.statuses}
                onChoose={csv.chooseStage}
              />
            )}
            {check && <CheckResult check={check} />}
            {state.phase === "importing" && state.progress ? (
              <ImportProgress done={state.progress.done} total={state.progress.total} />
            ) : (
              <Group justify="space-between">
                <Button
                  variant="subtle"
                  color="gray"
                  leftSection={<IconX size={16} />}
                  onClick={csv.reset}
                  disabled={busy}
                >
                  Choose another file
                </Button>
                <Group gap="sm">
                  <Button
                    variant={check ? "default" : "filled"}
                    leftSection={<IconChecklist size={16} />}
                    onClick={csv.check}
                    loading={state.phase === "checking"}
                    disabled={busy}
                  >
                    {check ? "Check again" : "Check"}
                  </Button>
                  {check && (
                    <Button onClick={csv.runImport} disabled={!canImport} data-testid="csv-import-button">
                      Import {plural(check.toCreate, "application")}
                    </Button>
                  )}
                </Group>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
