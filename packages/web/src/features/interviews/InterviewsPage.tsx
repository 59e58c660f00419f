import { Badge, Button, Group, Tabs, Text, Title } from "@mantine/core";
import { IconHistory, IconPlus, IconCalendarTime } from "@tabler/icons-react";
import { useState } from "react";
import { useInterviews } from "../../api/interviews";
import { DesktopRemindersButton } from "./DesktopRemindersButton";
import { InterviewDrawerFromUrl } from "./InterviewDrawerFromUrl";
import { useInterviewSearch } from "./interview-search";
import { InterviewList } from "./InterviewList";
import { owesNotes } from "./notes-reminder";
import { ScheduleInterviewModal, type SchedulePreset } from "./ScheduleInterviewModal";
import { useNow } from "./use-now";
import pageClasses from "../../components/Page.module.css";
import classes from "./InterviewsPage.module.css";

/** /interviews: the upcoming agenda by day, past interviews with the notes still owed, and scheduling. */
export function InterviewsPage() {
  const search = useInterviewSearch("/interviews");
  const view = search.view ?? "upcoming";
  const [preset, setPreset] = useState<SchedulePreset | null>(null);
  const now = useNow();
  const upcoming = useInterviews({ status: "upcoming" });
  const past = useInterviews({ status: "past" });
  const owed = (past.data ?? []).filter((i) => owesNotes(i, now)).length;

  return (
    <div className={pageClasses.page}>
      <div className={classes.content}>
        <Group justify="space-between" mb="md" align="flex-start">
          <div>
            <Title order={2}>Interviews</Title>
            <Text c="dimmed" fz="sm">
              Every conversation on every application, in your time zone. Notes go in right after.
            </Text>
          </div>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setPreset({})}>
            Schedule interview
          </Button>
        </Group>
        <Tabs value={view} onChange={(v) => search.setView(v === "past" ? "past" : undefined)} mb="md">
          <Tabs.List>
            <Tabs.Tab
              value="upcoming"
              leftSection={<IconCalendarTime size={16} />}
              rightSection={
                upcoming.data?.length ? (
                  <Badge size="sm" variant="light" circle>
                    {upcoming.data.length}
                  </Badge>
                ) : null
              }
            >
              Upcoming
            </Tabs.Tab>
            <Tabs.Tab
              value="past"
              leftSection={<IconHistory size={16} />}
              rightSection={
                owed > 0 ? (
                  <Badge size="sm" color="orange" variant="light" tt="none">
                    {owed === 1 ? "1 owes notes" : `${owed} owe notes`}
                  </Badge>
                ) : null
              }
            >
              Past
            </Tabs.Tab>
            <Group ml="auto" pb={4}>
              <DesktopRemindersButton />
            </Group>
          </Tabs.List>
        </Tabs>
        <InterviewList
          view={view}
          query={view === "past" ? past : upcoming}
          now={now}
          onOpen={search.open}
          onSchedule={() => setPreset({})}
        />
      </div>
      <ScheduleInterviewModal preset={preset} onClose={() => setPreset(null)} />
      <InterviewDrawerFromUrl host="/interviews" />
    </div>
  );
}
