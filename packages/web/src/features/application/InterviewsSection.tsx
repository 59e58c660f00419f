import { Badge, ColorSwatch, NavLink, Skeleton, Text } from "@mantine/core";
import { calendarDateIn, INTERVIEW_KIND_LABELS, type Application } from "@loopwise/domain";
import { useState } from "react";
import { useInterviews } from "../../api/interviews";
import { InterviewDrawer } from "../interviews/InterviewDrawer";
import { KIND_COLORS } from "../interviews/interview-labels";
import type { InterviewTab } from "../interviews/interview-search";
import { browserTimeZone, clockTime, dayLabel } from "../interviews/interview-time";
import { owesNotes } from "../interviews/notes-reminder";
import { ScheduleInterviewModal, type SchedulePreset } from "../interviews/ScheduleInterviewModal";
import { useNow } from "../interviews/use-now";
import { SideSection } from "./SideSection";

/** This application's interviews, soonest first, each opening its detail; and a way to schedule one. */
export function InterviewsSection({ application }: { application: Application }) {
  const list = useInterviews({ applicationId: application.id });
  const [preset, setPreset] = useState<SchedulePreset | null>(null);
  const [open, setOpen] = useState<{ id: string; tab?: InterviewTab } | null>(null);
  const now = useNow();
  const zone = browserTimeZone();
  const today = calendarDateIn(now, zone);
  // Sessions show inside their loop; the list keeps to what the user scheduled at the top level.
  const interviews = (list.data ?? []).filter((i) => !i.parentId);

  return (
    <SideSection
      id="interviews"
      title="Interviews"
      add={{ label: "Schedule", onClick: () => setPreset({ applicationId: application.id }) }}
    >
      {list.isPending ? (
        <Skeleton h={48} aria-label="Loading the interviews" />
      ) : list.isError ? (
        <Text c="red" fz="sm">
          {list.error.message}
        </Text>
      ) : interviews.length === 0 ? (
        <Text fz="xs" c="dimmed">
          None yet. Schedule the first call when it is booked.
        </Text>
      ) : (
        interviews.map((interview) => (
          <NavLink
            key={interview.id}
            component="button"
            type="button"
            onClick={() => setOpen({ id: interview.id })}
            px={6}
            py={4}
            style={{ borderRadius: "var(--mantine-radius-sm)" }}
            leftSection={<ColorSwatch color={`var(--mantine-color-${KIND_COLORS[interview.kind]}-filled)`} size={8} />}
            label={interview.title ?? INTERVIEW_KIND_LABELS[interview.kind]}
            description={`${dayLabel(calendarDateIn(Date.parse(interview.startsAt), zone), today, true)} · ${clockTime(interview.startsAt, zone)}${interview.sessionIds.length > 0 ? ` · ${interview.sessionIds.length} sessions` : ""}`}
            rightSection={
              owesNotes(interview, now) ? (
                <Badge size="xs" color="orange" variant="light" tt="none">
                  Notes owed
                </Badge>
              ) : null
            }
            styles={{ label: { fontWeight: 600 } }}
          />
        ))
      )}
      <ScheduleInterviewModal preset={preset} onClose={() => setPreset(null)} />
      <InterviewDrawer
        id={open?.id}
        tab={open?.tab}
        onTabChange={(tab) => setOpen((o) => (o ? { ...o, tab } : o))}
        onOpen={(id, tab) => setOpen({ id, tab })}
        onClose={() => setOpen(null)}
      />
    </SideSection>
  );
}
