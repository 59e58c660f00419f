import { Group, Loader, Text } from "@mantine/core";
import { IconCheck, IconCloudOff } from "@tabler/icons-react";
import type { SaveState } from "./draft-saver";

/** Where the typed text is: saved, about to be, being saved, or kept in this browser until the server answers. */
export function SaveIndicator({ state, what }: { state: SaveState; what: string }) {
  const content = {
    saved: { icon: <IconCheck size={12} />, text: `${what} saved`, color: "dimmed" },
    pending: { icon: null, text: "Editing…", color: "dimmed" },
    saving: { icon: <Loader size={10} />, text: "Saving…", color: "dimmed" },
    failed: {
      icon: <IconCloudOff size={12} />,
      text: "Not saved to the server yet: kept in this browser, retrying",
      color: "orange",
    },
  }[state];
  return (
    <Group gap={4} wrap="nowrap" aria-live="polite" data-testid={`save-state-${what}`} data-state={state}>
      {content.icon}
      <Text span fz="xs" c={content.color}>
        {content.text.charAt(0).toUpperCase() + content.text.slice(1)}
      </Text>
    </Group>
  );
}
