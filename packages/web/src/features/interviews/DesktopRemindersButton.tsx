import { Button, Text, Tooltip } from "@mantine/core";
import { IconBell, IconBellOff } from "@tabler/icons-react";
import { useState } from "react";

function permission(): NotificationPermission | "unsupported" {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}

/** Asks the browser to allow desktop notifications, so the notes reminder reaches the user in another tab. */
export function DesktopRemindersButton() {
  const [state, setState] = useState(permission);
  if (state === "unsupported") return null;
  if (state === "granted") {
    return (
      <Text fz="xs" c="dimmed" component="span" style={{ display: "inline-flex", alignItems: "center", gap: 4 }}>
        <IconBell size={14} aria-hidden /> Desktop reminders on
      </Text>
    );
  }
  if (state === "denied") {
    return (
      <Tooltip label="Your browser blocks notifications for this site; allow them in its site settings.">
        <Text fz="xs" c="dimmed" component="span" style={{ display: "inline-flex", alignItems: "center", gap: 4 }}>
          <IconBellOff size={14} aria-hidden /> Desktop reminders blocked
        </Text>
      </Tooltip>
    );
  }
  return (
    <Tooltip label="After each interview, a desktop notification asks for your notes, even from another tab">
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconBell size={14} />}
        onClick={() => void Notification.requestPermission().then(setState)}
      >
        Turn on desktop reminders
      </Button>
    </Tooltip>
  );
}
