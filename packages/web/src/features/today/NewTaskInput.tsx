import { ActionIcon, Group, TextInput, Tooltip } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar, IconPlus } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/client";
import { useCreateTask } from "../../api/tasks";
import { notifyError, notifySuccess } from "../../components/notify";
import { shortDay } from "./today-format";

interface Props {
  /** The default due date (YYYY-MM-DD), or none. */
  defaultDue: string | null;
  /** Attaches the new task, e.g. to the application whose drawer this is in. */
  attach?: { applicationId?: string; companyId?: string; contactId?: string };
  /** Said after adding a task that will not show in this list (e.g. due later than today). */
  shownUntil?: string;
  size?: "xs" | "sm";
}

/** One line to add a to-do: type, optionally change the due date, press Enter. */
export function NewTaskInput({ defaultDue, attach, shownUntil, size = "sm" }: Props) {
  const [title, setTitle] = useState("");
  const [due, setDue] = useState<string | null>(defaultDue);
  const [error, setError] = useState<string>();
  const create = useCreateTask();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError("Write what to do");
    create.mutate(
      { title: title.trim(), dueOn: due, ...attach },
      {
        onSuccess: (task) => {
          setTitle("");
          setError(undefined);
          if (shownUntil && (!task.dueOn || task.dueOn > shownUntil)) {
            notifySuccess(
              task.dueOn ? `It shows here from ${shortDay(task.dueOn)}.` : "It has no due date.",
              "Task added",
            );
          }
        },
        onError: (e) => {
          if (isApiError(e) && e.fields) setError(Object.values(e.fields)[0]);
          else notifyError(e, "The task could not be added");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New task">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <TextInput
          size={size}
          style={{ flex: 1 }}
          placeholder="New task… (Enter adds it)"
          aria-label="New task"
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
        />
        <DateInput
          size={size}
          w={size === "xs" ? 110 : 128}
          aria-label="Due date"
          placeholder="No date"
          value={due}
          onChange={setDue}
          valueFormat="MMM D"
          clearable
          leftSection={<IconCalendar size={14} />}
          popoverProps={{ withinPortal: true }}
        />
        <Tooltip label="Add task">
          <ActionIcon type="submit" size={size === "xs" ? 30 : 36} aria-label="Add task" loading={create.isPending}>
            <IconPlus size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </form>
  );
}
