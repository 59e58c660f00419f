import { Group, Kbd, Modal, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { Fragment } from "react";
import { SHORTCUT_GROUPS, shortcutColumns, type ShortcutGroup } from "./shortcuts";
import { setShortcutsOpened, uiStore } from "./ui-store";
import { useStoreSelector } from "../lib/create-store";

function Chord({ keys }: { keys: string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key, i) => (
        <Fragment key={key + i}>
          {i > 0 && keys[0] !== "G" && (
            <Text span c="dimmed" fz="xs">
              +
            </Text>
          )}
          {i > 0 && keys[0] === "G" && (
            <Text span c="dimmed" fz="xs">
              then
            </Text>
          )}
          <Kbd size="sm" style={{ whiteSpace: "nowrap" }}>
            {key}
          </Kbd>
        </Fragment>
      ))}
    </Group>
  );
}

const COLUMNS = shortcutColumns(SHORTCUT_GROUPS, 2);

export function ShortcutsModal() {
  const opened = useStoreSelector(uiStore, (s) => s.shortcutsOpened);
  return (
    <Modal opened={opened} onClose={() => setShortcutsOpened(false)} title="Keyboard shortcuts" size="xl">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {COLUMNS.map((column) => (
          <Stack key={column.map((group) => group.title).join()} gap="lg">
            {column.map((group) => (
              <ShortcutTable key={group.title} group={group} />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Modal>
  );
}

function ShortcutTable({ group }: { group: ShortcutGroup }) {
  return (
    <Stack gap={6}>
      <Text fw={600} fz="sm" c="dimmed" tt="uppercase">
        {group.title}
      </Text>
      <Table verticalSpacing={6} withRowBorders={false}>
        <Table.Tbody>
          {group.shortcuts.map((shortcut) => (
            <Table.Tr key={shortcut.description}>
              <Table.Td>{shortcut.description}</Table.Td>
              <Table.Td>
                <Group gap={8} justify="flex-end" wrap="nowrap">
                  {shortcut.keys.map((chord, i) => (
                    <Fragment key={chord.join("+")}>
                      {i > 0 && (
                        <Text span c="dimmed" fz="xs">
                          or
                        </Text>
                      )}
                      <Chord keys={chord} />
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
