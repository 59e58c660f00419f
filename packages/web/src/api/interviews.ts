import type { Interview, InterviewInput, InterviewPatch, InterviewStatus } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { todayKeys } from "./today";

/** The query string of GET /api/interviews, as the client sends it. */
export interface InterviewListQuery {
  from?: string;
  to?: string;
  applicationId?: string;
  status?: InterviewStatus;
}

/** Cache keys: everything about interviews starts with "interviews". */
export const interviewKeys = {
  all: ["interviews"] as const,
  list: (query: InterviewListQuery) => ["interviews", "list", query] as const,
  detail: (id: string) => ["interviews", "detail", id] as const,
};

export async function fetchInterviews(query: InterviewListQuery): Promise<Interview[]> {
  return (await unwrap<{ interviews: Interview[] }>(api.interviews.$get({ query }))).interviews;
}

export async function fetchInterview(id: string): Promise<Interview> {
  return (await unwrap<{ interview: Interview }>(api.interviews[":id"].$get({ param: { id } }))).interview;
}

export async function createInterview(input: InterviewInput): Promise<Interview> {
  return (await unwrap<{ interview: Interview }>(api.interviews.$post({ json: input }))).interview;
}

export async function updateInterview(id: string, patch: InterviewPatch): Promise<Interview> {
  const call = api.interviews[":id"].$patch({ param: { id }, json: patch });
  return (await unwrap<{ interview: Interview }>(call)).interview;
}

export async function deleteInterview(id: string): Promise<void> {
  await unwrap<void>(api.interviews[":id"].$delete({ param: { id } }));
}

export function useInterviews(query: InterviewListQuery, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: interviewKeys.list(query),
    queryFn: () => fetchInterviews(query),
    refetchInterval: options.refetchInterval,
  });
}

export function useInterview(id: string | undefined) {
  return useQuery({
    queryKey: interviewKeys.detail(id ?? ""),
    queryFn: () => fetchInterview(id!),
    enabled: Boolean(id),
  });
}

/** An interview shows on its lists, its loop, the Today page and the calendar: refresh them all. */
function useInvalidateInterviews() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: interviewKeys.all }),
      queryClient.invalidateQueries({ queryKey: todayKeys.all }),
    ]);
}

export function useCreateInterview() {
  const invalidate = useInvalidateInterviews();
  return useMutation({ mutationFn: createInterview, onSuccess: invalidate });
}

export function useUpdateInterview() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateInterviews();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: InterviewPatch }) => updateInterview(id, patch),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewKeys.detail(interview.id), interview);
      return invalidate();
    },
  });
}

export function useDeleteInterview() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateInterviews();
  return useMutation({
    mutationFn: deleteInterview,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: interviewKeys.detail(id) });
      return invalidate();
    },
  });
}
