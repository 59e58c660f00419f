import { Button, Group, Text } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useRotateCalendarLink } from "../../api/calendar";
import { notifyError } from "../../components/notify";

/** The feed is off: what turning it on gives, and the button. */
export function CalendarFeedOff() {
  const turnOn = useRotateCalendarLink();
  return (
    <Group justify="space-between" wrap="nowrap" gap="lg">
      <div>
        <Text fw={600}>Subscribe to your interviews and deadlines</Text>
        <Text c="dimmed" fz="sm">
          Turning this on makes a private link for Apple Calendar, Thunderbird or Outlook. Nothing is shared until you
          subscribe to it.
        </Text>
      </div>
      <Button
        leftSection={<IconCalendarPlus size={16} />}
        loading={turnOn.isPending}
        onClick={() => turnOn.mutate(undefined, { onError: (e) => notifyError(e, "Could not turn on the feed") })}
        style={{ flexShrink: 0 }}
      >
        Turn on
      </Button>
    </Group>
  );
}
