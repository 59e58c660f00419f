import { Badge, Button, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconMapPin, IconNotes, IconVideo } from "@tabler/icons-react";
import { INTERVIEW_OUTCOME_LABELS, interviewKindPhrase, type Interview } from "@loopwise/domain";
import { applicationName } from "../../components/application-name";
import { KIND_COLORS, OUTCOME_COLORS } from "./interview-labels";
import type { InterviewTab } from "./interview-search";
import { clockTime, timeInZone, zonesDiffer } from "./interview-time";
import { KindBadge } from "./KindBadge";
import { owesNotes } from "./notes-reminder";
import { RedFlagBadges } from "./RedFlagBadges";
import classes from "./InterviewRow.module.css";

interface Props {
  interview: Interview;
  /** The viewer's zone: times show on their clocks, with the interview's own when it differs. */
  zone: string;
  now: number;
  onOpen: (id: string, tab?: InterviewTab) => void;
  /** The loop this interview is a session of, to name it. */
  loopTitle?: string;
}

/** One interview in an agenda: when, what, where; a Join button for a video call, or its notes when owed. */
export function InterviewRow({ interview, zone, now, onOpen, loopTitle }: Props) {
  const owed = owesNotes(interview, now);
  const running = Date.parse(interview.startsAt) <= now && now < Date.parse(interview.endsAt);
  const cancelled = interview.outcome === "cancelled";
  const people = interview.interviewers.map((p) => p.name).join(", ");
  return (
    <div
      className={`${classes.row} ${cancelled ? classes.cancelled : ""}`}
      style={{ "--row-accent": `var(--mantine-color-${KIND_COLORS[interview.kind]}-filled)` } as React.CSSProperties}
      data-testid="interview-row"
    >
      <Stack gap={0} className={classes.time}>
        <Text fz="sm" fw={700}>
          {clockTime(interview.startsAt, zone)}
        </Text>
        <Text fz="xs" c="dimmed">
          to {clockTime(interview.endsAt, zone)}
        </Text>
        {zonesDiffer(interview.startsAt, zone, interview.timeZone) && (
          <Text fz="xs" c="dimmed" title={`Scheduled in ${interview.timeZone}`}>
            {timeInZone(interview.startsAt, interview.timeZone)} there
          </Text>
        )}
      </Stack>
      <UnstyledButton
        className={classes.open}
        onClick={() => onOpen(interview.id)}
        aria-label={`Open ${label(interview)}`}
      >
        <Group gap={6} wrap="nowrap" mb={2}>
          <KindBadge kind={interview.kind} size="sm" />
          {running && (
            <Badge size="sm" color="green" variant="dot">
              Now
            </Badge>
          )}
          {cancelled && (
            <Badge size="sm" color="gray" variant="outline">
              Cancelled
            </Badge>
          )}
          {interview.title && (
            <Text fz="sm" fw={500} className={classes.what}>
              {interview.title}
            </Text>
          )}
        </Group>
        <Text fz="sm" className={classes.what}>
          {applicationName(interview)}
        </Text>
        {(people || loopTitle) && (
          <Text fz="xs" c="dimmed" className={classes.what}>
            {[loopTitle && `Session of ${loopTitle}`, people && `with ${people}`].filter(Boolean).join(" · ")}
          </Text>
        )}
        {interview.redFlags.length > 0 && (
          <div className={classes.flags}>
            <RedFlagBadges flags={interview.redFlags} room={3} />
          </div>
        )}
      </UnstyledButton>
      <RowAction interview={interview} owed={owed} now={now} onOpen={onOpen} />
    </div>
  );
}

function RowAction({ interview, owed, now, onOpen }: { owed: boolean } & Pick<Props, "interview" | "now" | "onOpen">) {
  if (owed) {
    return (
      <Button
        size="xs"
        variant="light"
        color="orange"
        leftSection={<IconNotes size={14} />}
        onClick={() => onOpen(interview.id, "notes")}
      >
        Write notes
      </Button>
    );
  }
  if (interview.videoUrl && Date.parse(interview.endsAt) > now) {
    return (
      <Button
        size="xs"
        variant="light"
        component="a"
        href={interview.videoUrl}
        target="_blank"
        rel="noopener noreferrer"
        leftSection={<IconVideo size={14} />}
      >
        Join
      </Button>
    );
  }
  const heard = interview.outcome === "passed" || interview.outcome === "failed";
  if (Date.parse(interview.endsAt) <= now && (heard || interview.selfRating)) {
    return (
      <Group gap={6} wrap="nowrap">
        {interview.selfRating !== null && (
          <Text fz="xs" c="yellow.6" aria-label={`Rated ${interview.selfRating} of 5`}>
            {"★".repeat(interview.selfRating)}
          </Text>
        )}
        {heard && (
          <Badge size="sm" variant="light" tt="none" color={OUTCOME_COLORS[interview.outcome]}>
            {INTERVIEW_OUTCOME_LABELS[interview.outcome]}
          </Badge>
        )}
      </Group>
    );
  }
  if (interview.location) {
    return (
      <Group gap={4} wrap="nowrap" maw={180}>
        <IconMapPin size={14} aria-hidden />
        <Text fz="xs" c="dimmed" truncate>
          {interview.location}
        </Text>
      </Group>
    );
  }
  return null;
}

function label(interview: Interview): string {
  return `${interviewKindPhrase(interview.kind)} at ${interview.companyName}`;
}
