import { Stack, Text, Title } from "@mantine/core";
import { BackupSection } from "../export/BackupSection";
import { CalendarSection } from "../calendar/CalendarSection";
import { ExportSection } from "../export/ExportSection";
import { ImportSection } from "../import/ImportSection";
import page from "../../components/Page.module.css";

/** Everything about getting data in and out: import, export, the calendar feed and backups. */
export function DataPage() {
  return (
    <div className={page.page}>
      <Stack gap="lg" maw={960}>
        <div>
          <Title order={2}>Your data</Title>
          <Text c="dimmed" fz="sm">
            Bring your search in from a spreadsheet or another tracker, take it out in open formats, and subscribe to
            your interviews and deadlines from your calendar.
          </Text>
        </div>
        <ImportSection />
        <ExportSection />
        <CalendarSection />
        <BackupSection />
      </Stack>
    </div>
  );
}
