import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconCalendarPlus, IconVideo, IconX } from "@tabler/icons-react";
import { calendarDateIn, INTERVIEW_KIND_LABELS, INTERVIEW_OUTCOME_LABELS, type Interview } from "@loopwise/domain";
import { applicationName } from "../../components/application-name";
import { useOpenApplication } from "../../components/use-open-application";
import { OUTCOME_COLORS } from "./interview-labels";
import type { InterviewTab } from "./interview-search";
import { browserTimeZone, dayLabel, timeInZone, timeRange, zonesDiffer } from "./interview-time";
import { KindBadge } from "./KindBadge";
import { RedFlagBadges } from "./RedFlagBadges";

interface Props {
  interview: Interview;
  onOpen: (id: string, tab?: InterviewTab) => void;
  onClose: () => void;
}

/** What and when, in the viewer's zone and the interview's own; calendar and video links; close. */
export function InterviewHeader({ interview, onOpen, onClose }: Props) {
  const openApplication = useOpenApplication();
  const zone = browserTimeZone();
  const day = calendarDateIn(Date.parse(interview.startsAt), zone);
  const today = calendarDateIn(Date.now(), zone);
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} miw={0}>
          <Group gap={6}>
            <KindBadge kind={interview.kind} />
            {interview.outcome !== "pending" && (
              <Badge color={OUTCOME_COLORS[interview.outcome]} variant="outline" size="sm">
                {INTERVIEW_OUTCOME_LABELS[interview.outcome]}
              </Badge>
            )}
            <RedFlagBadges flags={interview.redFlags} />
          </Group>
          <Title order={2} fz="h3" lineClamp={2}>
            {interview.title ?? `${INTERVIEW_KIND_LABELS[interview.kind]} at ${interview.companyName}`}
          </Title>
          <Anchor
            component="button"
            type="button"
            fz="sm"
            ta="left"
            onClick={() => openApplication(interview.applicationId)}
            title="Open the application"
          >
            {applicationName(interview)}
          </Anchor>
        </Stack>
        <ActionIcon variant="subtle" color="gray" onClick={onClose} aria-label="Close" size="lg">
          <IconX size={18} />
        </ActionIcon>
      </Group>
      <Text fz="sm">
        {dayLabel(day, today)} · {timeRange(interview.startsAt, interview.endsAt, zone)}
        {zonesDiffer(interview.startsAt, zone, interview.timeZone) && (
          <Text span c="dimmed" fz="sm">
            {" "}
            ({timeInZone(interview.startsAt, interview.timeZone)}, {interview.timeZone})
          </Text>
        )}
      </Text>
      <Group gap="xs">
        {interview.videoUrl && (
          <Button
            size="compact-sm"
            component="a"
            href={interview.videoUrl}
            target="_blank"
            rel="noopener noreferrer"
            leftSection={<IconVideo size={14} />}
          >
            Join the call
          </Button>
        )}
        <Tooltip label="A one-off event file for any calendar app">
          <Button
            size="compact-sm"
            variant="default"
            component="a"
            href={`/api/calendar/interviews/${interview.id}.ics`}
            download
            leftSection={<IconCalendarPlus size={14} />}
          >
            Add to calendar (.ics)
          </Button>
        </Tooltip>
        {interview.parentId && (
          <Anchor component="button" type="button" fz="sm" onClick={() => onOpen(interview.parentId!, "sessions")}>
            Part of an onsite loop: open it
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}
