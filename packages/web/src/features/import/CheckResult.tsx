import { Accordion, Alert, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import type { CsvCheck } from "../../api/csv-import";
import { CheckCounts } from "./CheckCounts";
import { DuplicateRows } from "./DuplicateRows";
import { plural } from "./import-labels";
import { RowErrors } from "./RowErrors";

/** The dry run's findings: counts, warnings, and the rows in error or skipped. */
export function CheckResult({ check }: { check: CsvCheck }) {
  const open = check.errorCount > 0 ? ["errors"] : [];
  return (
    <Stack gap="sm" data-testid="csv-check">
      <CheckCounts check={check} />
      {check.invalidRows === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck />}>
          {check.toCreate > 0
            ? `Every row can be imported. ${plural(check.toCreate, "application")} will be added at the end of their columns.`
            : "Nothing new to add: every application in this file is already here."}
        </Alert>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
          {plural(check.invalidRows, "row has", "rows have")} errors. Change the mapping above or fix the file, then
          check again: nothing is imported while any row is wrong.
        </Alert>
      )}
      {check.warnings.length > 0 && (
        <List size="sm" c="dimmed" spacing={2}>
          {check.warnings.map((warning) => (
            <List.Item key={warning}>{warning}</List.Item>
          ))}
        </List>
      )}
      {(check.errorCount > 0 || check.duplicates > 0) && (
        <Accordion variant="separated" multiple defaultValue={open}>
          {check.errorCount > 0 && (
            <Accordion.Item value="errors">
              <Accordion.Control>
                <Text fw={600} fz="sm">
                  {plural(check.errorCount, "error")} by line
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <RowErrors check={check} />
              </Accordion.Panel>
            </Accordion.Item>
          )}
          {check.duplicates > 0 && (
            <Accordion.Item value="duplicates">
              <Accordion.Control>
                <Text fw={600} fz="sm">
                  {plural(check.duplicates, "row")} skipped as already there
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <DuplicateRows check={check} />
              </Accordion.Panel>
            </Accordion.Item>
          )}
        </Accordion>
      )}
    </Stack>
  );
}
