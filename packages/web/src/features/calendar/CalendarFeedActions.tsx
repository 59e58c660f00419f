import { Button, Group, Text } from "@mantine/core";
import { IconCalendarOff, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useRotateCalendarLink, useTurnOffCalendar } from "../../api/calendar";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notifyError, notifySuccess } from "../../components/notify";
import { useLastDefined } from "../../lib/use-last-defined";

type Asking = "rotate" | "off" | null;

/** Rotate the link or turn the feed off; both end every existing subscription, so both ask first. */
export function CalendarFeedActions() {
  const [asking, setAsking] = useState<Asking>(null);
  const rotate = useRotateCalendarLink();
  const turnOff = useTurnOffCalendar();
  const close = () => setAsking(null);
  // What the dialog shows while it animates out, after `asking` is already null.
  const shown = useLastDefined(asking);

  const confirm = () => {
    if (asking === "rotate") {
      rotate.mutate(undefined, {
        onSuccess: () => {
          close();
          notifySuccess("Subscribe your calendar apps to the new link.", "New link made");
        },
        onError: (e) => notifyError(e, "Could not rotate the link"),
      });
    } else if (asking === "off") {
      turnOff.mutate(undefined, {
        onSuccess: () => {
          close();
          notifySuccess("The link no longer works.", "Calendar feed turned off");
        },
        onError: (e) => notifyError(e, "Could not turn off the feed"),
      });
    }
  };

  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => setAsking("rotate")}>
        Rotate link
      </Button>
      <Button variant="subtle" color="red" leftSection={<IconCalendarOff size={16} />} onClick={() => setAsking("off")}>
        Turn off
      </Button>
      <ConfirmDialog
        opened={asking !== null}
        title={shown === "off" ? "Turn off the calendar feed?" : "Make a new calendar link?"}
        confirmLabel={shown === "off" ? "Turn off" : "Rotate link"}
        loading={rotate.isPending || turnOff.isPending}
        onCancel={close}
        onConfirm={confirm}
      >
        <Text fz="sm">
          {shown === "off"
            ? "The link stops working at once, and calendars subscribed to it stop updating. You can turn the feed on again later, with a new link."
            : "The current link stops working at once. Calendars subscribed to it stop updating until you subscribe them to the new link."}
        </Text>
      </ConfirmDialog>
    </Group>
  );
}
