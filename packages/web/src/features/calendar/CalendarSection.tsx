import { Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useCalendarStatus } from "../../api/calendar";
import { LoadError } from "../../components/LoadError";
import { CalendarFeedOff } from "./CalendarFeedOff";
import { CalendarFeedOn } from "./CalendarFeedOn";

/** The calendar subscription on the Data page: off, or on with its secret link. */
export function CalendarSection() {
  const status = useCalendarStatus();
  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
            <IconCalendarEvent size={20} />
          </ThemeIcon>
          <div>
            <Title order={3} fz="lg" id="calendar-feed-title">
              Calendar feed
            </Title>
            <Text c="dimmed" fz="sm">
              Interviews in their own time zones, follow-ups, task due dates and offer deadlines, in the calendar you
              already use. It updates by itself.
            </Text>
          </div>
        </Group>
        {status.isError ? (
          <LoadError error={status.error} onRetry={() => void status.refetch()} />
        ) : !status.data ? (
          <Stack gap="xs" aria-label="Loading the calendar feed" aria-busy>
            <Skeleton height={14} width="60%" />
            <Skeleton height={36} width={120} />
          </Stack>
        ) : status.data.feedPath ? (
          <CalendarFeedOn feedPath={status.data.feedPath} />
        ) : (
          <CalendarFeedOff />
        )}
      </Stack>
    </Card>
  );
}
