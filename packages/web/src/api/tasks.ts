import type { Task, TaskInput, TaskPatch, TaskStatus } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { todayKeys } from "./today";

/** The query string of GET /api/tasks, as the client sends it. */
export interface TaskListQuery {
  status?: TaskStatus;
  applicationId?: string;
  companyId?: string;
  contactId?: string;
}

export const taskKeys = {
  all: ["tasks"] as const,
  list: (query: TaskListQuery) => ["tasks", "list", query] as const,
};

export async function fetchTasks(query: TaskListQuery): Promise<Task[]> {
  return (await unwrap<{ tasks: Task[] }>(api.tasks.$get({ query }))).tasks;
}

export async function createTask(input: TaskInput): Promise<Task> {
  return (await unwrap<{ task: Task }>(api.tasks.$post({ json: input }))).task;
}

export async function updateTask(id: string, patch: TaskPatch): Promise<Task> {
  return (await unwrap<{ task: Task }>(api.tasks[":id"].$patch({ param: { id }, json: patch }))).task;
}

export async function deleteTask(id: string): Promise<void> {
  await unwrap<void>(api.tasks[":id"].$delete({ param: { id } }));
}

export function useTasks(query: TaskListQuery) {
  return useQuery({ queryKey: taskKeys.list(query), queryFn: () => fetchTasks(query) });
}

/** A task shows on its lists and on the Today page. */
function useInvalidateTasks() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: taskKeys.all }),
      queryClient.invalidateQueries({ queryKey: todayKeys.all }),
    ]);
}

export function useCreateTask() {
  const invalidate = useInvalidateTasks();
  return useMutation({ mutationFn: createTask, onSuccess: invalidate });
}

export function useUpdateTask() {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TaskPatch }) => updateTask(id, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteTask() {
  const invalidate = useInvalidateTasks();
  return useMutation({ mutationFn: deleteTask, onSuccess: invalidate });
}
