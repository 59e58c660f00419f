import { Text } from "@mantine/core";
import type { Application } from "@loopwise/domain";
import { longDateTime } from "../../lib/dates";

export function DateMeta({ application }: { application: Application }) {
  return (
    <Text fz="xs" c="dimmed">
      Created {longDateTime(application.createdAt)} · Updated {longDateTime(application.updatedAt)}
    </Text>
  );
}
