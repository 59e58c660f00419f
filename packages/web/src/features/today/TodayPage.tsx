import { Group, Text, Title } from "@mantine/core";
import type { TodayAgenda } from "@loopwise/domain";
import { useState } from "react";
import { useToday } from "../../api/today";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { InterviewDrawerFromUrl } from "../interviews/InterviewDrawerFromUrl";
import { useInterviewSearch } from "../interviews/interview-search";
import { browserTimeZone } from "../interviews/interview-time";
import { ScheduleInterviewModal, type SchedulePreset } from "../interviews/ScheduleInterviewModal";
import { useNow } from "../interviews/use-now";
import { EmptyDay } from "./EmptyDay";
import { NewTaskInput } from "./NewTaskInput";
import { TodayColumns } from "./TodayColumns";
import { longDate } from "./today-format";
import pageClasses from "../../components/Page.module.css";

function isEmpty(day: TodayAgenda): boolean {
  return (
    day.interviews.today.length +
      day.interviews.tomorrow.length +
      day.notesOwed.length +
      day.followUps.length +
      day.tasks.length +
      day.offerDeadlines.length +
      day.planActions.length ===
    0
  );
}

/** /today: what is due on the viewer's calendar day, in their time zone. */
export function TodayPage() {
  const zone = browserTimeZone();
  const today = useToday(zone);
  const search = useInterviewSearch("/today");
  const now = useNow();
  const [preset, setPreset] = useState<SchedulePreset | null>(null);
  const day = today.data;
  const newTask = day && <NewTaskInput defaultDue={day.date} shownUntil={day.date} />;

  return (
    <div className={pageClasses.page}>
      <Group justify="space-between" mb="md" align="flex-end" maw={1240}>
        <div>
          <Title order={2}>Today</Title>
          <Text c="dimmed" fz="sm">
            {day ? longDate(day.date) : " "}
          </Text>
        </div>
        <Text fz="xs" c="dimmed">
          Times in {zone}
        </Text>
      </Group>
      {today.isError ? (
        <LoadError error={today.error} onRetry={() => void today.refetch()} />
      ) : !day ? (
        <PageLoader />
      ) : isEmpty(day) ? (
        <EmptyDay onSchedule={() => setPreset({})} newTask={newTask} />
      ) : (
        <TodayColumns day={day} zone={zone} now={now} onOpen={search.open} newTask={newTask} />
      )}
      <ScheduleInterviewModal preset={preset} onClose={() => setPreset(null)} />
      <InterviewDrawerFromUrl host="/today" />
    </div>
  );
}
