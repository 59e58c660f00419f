import { ActionIcon, Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface Props<T> {
  title: string;
  hint?: string;
  items: readonly T[];
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  render: (item: T, index: number) => ReactNode;
  /** Entries before this index are shown elsewhere (the first sign-on and grant). */
  from?: number;
}

/** A titled list of repeatable entries with add and remove. */
export function ListSection<T>({ title, hint, items, addLabel, onAdd, onRemove, render, from = 0 }: Props<T>) {
  return (
    <Stack gap="xs">
      <div>
        <Text fw={600} fz="sm">
          {title}
        </Text>
        {hint && (
          <Text fz="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </div>
      {items.map((item, index) =>
        index < from ? null : (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <div style={{ flex: 1 }}>{render(item, index)}</div>
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={26}
              aria-label={`Remove ${title.toLowerCase()} ${index + 1}`}
              onClick={() => onRemove(index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ),
      )}
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} />}
        onClick={onAdd}
        style={{ alignSelf: "flex-start" }}
      >
        {addLabel}
      </Button>
    </Stack>
  );
}
