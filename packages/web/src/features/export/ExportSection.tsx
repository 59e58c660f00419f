import { Button, Card, Divider, Group, Stack, Text } from "@mantine/core";
import { IconAddressBook, IconBraces, IconFileSpreadsheet, IconPackageExport } from "@tabler/icons-react";
import { EXPORT_URLS } from "../../api/data-transfer";
import { JsonImport } from "./JsonImport";
import { SectionHeader } from "./SectionHeader";

const DOWNLOADS = [
  { href: EXPORT_URLS.json, label: "Everything (JSON)", Icon: IconBraces, variant: "filled" },
  { href: EXPORT_URLS.applicationsCsv, label: "Applications (CSV)", Icon: IconFileSpreadsheet, variant: "default" },
  { href: EXPORT_URLS.contactsCsv, label: "Contacts (CSV)", Icon: IconFileSpreadsheet, variant: "default" },
  { href: EXPORT_URLS.contactsVcard, label: "Contacts (vCard)", Icon: IconAddressBook, variant: "default" },
] as const;

/** Downloads in open formats, and the import of Loopwise's own JSON export. */
export function ExportSection() {
  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="export-title">
      <Stack gap="md">
        <SectionHeader icon={<IconPackageExport size={20} />} id="export-title" title="Export">
          Take everything with you as one JSON file that Loopwise reads back with nothing lost, or your applications and
          contacts for a spreadsheet or an address book.
        </SectionHeader>
        <Group gap="sm">
          {DOWNLOADS.map(({ href, label, Icon, variant }) => (
            <Button key={href} component="a" href={href} download variant={variant} leftSection={<Icon size={16} />}>
              {label}
            </Button>
          ))}
        </Group>
        <Text c="dimmed" fz="xs">
          In the CSV files, a text cell that starts with =, +, -, @ or a tab begins with an apostrophe, so a spreadsheet
          shows it as text instead of running it as a formula.
        </Text>
        <Divider />
        <JsonImport />
      </Stack>
    </Card>
  );
}
