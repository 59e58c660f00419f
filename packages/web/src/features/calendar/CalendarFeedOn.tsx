import { ActionIcon, Alert, CopyButton, Group, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconInfoCircle } from "@tabler/icons-react";
import { feedUrl, webcalUrl } from "../../api/calendar";
import { CalendarFeedActions } from "./CalendarFeedActions";
import { SubscribeHelp } from "./SubscribeHelp";
import { isLoopbackHost } from "./loopback";

/** The feed is on: its link to copy, how to subscribe, and what reaches it. */
export function CalendarFeedOn({ feedPath }: { feedPath: string }) {
  const url = feedUrl(feedPath);
  const local = isLoopbackHost(window.location.hostname);
  return (
    <Stack gap="md">
      <TextInput
        label="Subscription link"
        description="Keep it private: anyone with this link can see your interviews and deadlines."
        value={url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        styles={{
          input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: "var(--mantine-font-size-xs)" },
        }}
        rightSectionWidth={42}
        rightSection={
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? "Copied" : "Copy link"} withArrow position="left">
                <ActionIcon
                  variant="subtle"
                  color={copied ? "teal" : "gray"}
                  onClick={copy}
                  aria-label={copied ? "Copied" : "Copy the subscription link"}
                >
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      <SubscribeHelp webcal={webcalUrl(feedPath)} />
      {local && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle />} title="Only on this computer">
          <Text fz="sm">
            Loopwise runs in local mode, so this link works only from this computer. Calendar apps here can subscribe to
            it, but Google Calendar, Outlook.com and iCloud fetch feeds from their own servers and cannot reach it.
          </Text>
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Text c="dimmed" fz="xs">
          Calendar apps check for changes every hour or so; some wait longer.
        </Text>
        <CalendarFeedActions />
      </Group>
    </Stack>
  );
}
