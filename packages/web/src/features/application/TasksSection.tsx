import { Skeleton, Text } from "@mantine/core";
import { calendarDateIn, type Application } from "@loopwise/domain";
import { useState } from "react";
import { useTasks } from "../../api/tasks";
import { browserTimeZone } from "../interviews/interview-time";
import { NewTaskInput } from "../today/NewTaskInput";
import { TaskRow } from "../today/TaskRow";
import { SideSection } from "./SideSection";

/** The to-dos attached to this application: open ones by due date, then the done ones. */
export function TasksSection({ application }: { application: Application }) {
  const list = useTasks({ applicationId: application.id });
  const [adding, setAdding] = useState(false);
  const today = calendarDateIn(Date.now(), browserTimeZone());
  const tasks = list.data ?? [];

  return (
    <SideSection
      id="tasks"
      title="Tasks"
      gap={6}
      add={adding ? null : { label: "Add task", onClick: () => setAdding(true) }}
    >
      {adding && <NewTaskInput defaultDue={null} attach={{ applicationId: application.id }} size="xs" />}
      {list.isPending ? (
        <Skeleton h={36} aria-label="Loading the tasks" />
      ) : list.isError ? (
        <Text c="red" fz="sm">
          {list.error.message}
        </Text>
      ) : tasks.length === 0 ? (
        !adding && (
          <Text fz="xs" c="dimmed">
            Nothing to do here yet. A task with a due date shows on Today when it is due.
          </Text>
        )
      ) : (
        tasks.map((task) => <TaskRow key={task.id} task={task} today={today} hideApplication />)
      )}
    </SideSection>
  );
}
