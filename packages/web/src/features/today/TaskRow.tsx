import { ActionIcon, Checkbox, Stack, Text, Tooltip } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import type { Task } from "@loopwise/domain";
import { useDeleteTask, useUpdateTask } from "../../api/tasks";
import { notifyError } from "../../components/notify";
import { dueText } from "./today-format";
import classes from "./TaskRow.module.css";

interface Props {
  task: Task;
  /** The viewer's today, YYYY-MM-DD, to word the due date. */
  today: string;
  /** Leave out what the list is already about (the application in its drawer). */
  hideApplication?: boolean;
}

/** A to-do with a checkbox: ticking it marks it done (the server stamps when). */
export function TaskRow({ task, today, hideApplication }: Props) {
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const due = task.done ? null : dueText(task.dueOn, today);
  const about = [
    !hideApplication && task.application && `${task.application.companyName} — ${task.application.roleTitle}`,
    task.company && !task.application && task.company.name,
    task.contact && task.contact.name,
  ].filter(Boolean);
  const toggle = (done: boolean) =>
    update.mutate(
      { id: task.id, patch: { done } },
      { onError: (e) => notifyError(e, "The task could not be updated") },
    );

  return (
    <div className={classes.row} data-testid="task-row">
      <Checkbox
        mt={2}
        checked={task.done}
        onChange={(e) => toggle(e.currentTarget.checked)}
        disabled={update.isPending}
        aria-label={`${task.done ? "Reopen" : "Done"}: ${task.title}`}
      />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text fz="sm" className={task.done ? classes.done : undefined} style={{ overflowWrap: "anywhere" }}>
          {task.title}
        </Text>
        {(due || about.length > 0) && (
          <Text fz="xs" c="dimmed">
            {due && (
              <Text span fz="xs" c={due.overdue ? "red" : undefined} fw={due.overdue ? 600 : undefined}>
                {due.text}
              </Text>
            )}
            {due && about.length > 0 && " · "}
            {about.join(" · ")}
          </Text>
        )}
      </Stack>
      <Tooltip label="Delete task">
        <ActionIcon
          className={classes.delete}
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Delete task: ${task.title}`}
          loading={remove.isPending}
          onClick={() => remove.mutate(task.id, { onError: (e) => notifyError(e, "The task could not be deleted") })}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}
