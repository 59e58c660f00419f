import type {
  DraftBody,
  LanguagesAnswer,
  PracticeAttempt,
  ProblemDetail,
  ProblemListAnswer,
  ProblemListQuery,
  RunAnswer,
  RunBody,
  TrackedAttempt,
  TrackedAttemptInput,
  TrackedProblem,
  TrackedProblemInput,
  TrackedProblemPatch,
} from "@loopwise/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";

/** Everything practice lives under one key; a problem's parts under its slug, so a run refreshes just those. */
export const practiceKeys = {
  all: ["practice"] as const,
  languages: ["practice", "languages"] as const,
  lists: ["practice", "list"] as const,
  list: (query: ListQuery) => ["practice", "list", query] as const,
  problem: (slug: string) => ["practice", "problem", slug] as const,
  attempts: (slug: string) => ["practice", "problem", slug, "attempts"] as const,
  tracked: ["practice", "tracked"] as const,
};

type ListQuery = Record<keyof ProblemListQuery, string | undefined>;

export const fetchLanguages = () => unwrap<LanguagesAnswer>(api.languages.$get());
export const fetchProblems = (query: ListQuery) => unwrap<ProblemListAnswer>(api.problems.$get({ query }));

export async function fetchProblem(slug: string): Promise<ProblemDetail> {
  const body = await unwrap<{ problem: ProblemDetail }>(api.problems[":slug"].$get({ param: { slug } }));
  return body.problem;
}

export async function fetchAttempts(slug: string): Promise<PracticeAttempt[]> {
  const body = await unwrap<{ attempts: PracticeAttempt[] }>(api.problems[":slug"].attempts.$get({ param: { slug } }));
  return body.attempts;
}

export async function saveDraft(slug: string, draft: DraftBody): Promise<void> {
  await unwrap<unknown>(api.problems[":slug"].draft.$put({ param: { slug }, json: draft }));
}

export async function saveNotes(slug: string, notes: string | null): Promise<void> {
  await unwrap<unknown>(api.problems[":slug"].notes.$put({ param: { slug }, json: { notes } }));
}

export const runCode = (body: RunBody) => unwrap<RunAnswer>(api.runs.$post({ json: body }));

export async function fetchTracked(): Promise<TrackedProblem[]> {
  const body = await unwrap<{ trackedProblems: TrackedProblem[] }>(api["tracked-problems"].$get());
  return body.trackedProblems;
}

export async function createTracked(input: TrackedProblemInput): Promise<TrackedProblem> {
  const body = await unwrap<{ trackedProblem: TrackedProblem }>(api["tracked-problems"].$post({ json: input }));
  return body.trackedProblem;
}

export async function updateTracked(id: string, patch: TrackedProblemPatch): Promise<TrackedProblem> {
  const body = await unwrap<{ trackedProblem: TrackedProblem }>(
    api["tracked-problems"][":id"].$patch({ param: { id }, json: patch }),
  );
  return body.trackedProblem;
}

export async function deleteTracked(id: string): Promise<void> {
  await unwrap<void>(api["tracked-problems"][":id"].$delete({ param: { id } }));
}

export async function logTrackedAttempt(id: string, input: TrackedAttemptInput): Promise<TrackedAttempt> {
  const body = await unwrap<{ attempt: TrackedAttempt }>(
    api["tracked-problems"][":id"].attempts.$post({ param: { id }, json: input }),
  );
  return body.attempt;
}

/** What the machine runs rarely changes while the app is open. */
export function useLanguages() {
  return useQuery({ queryKey: practiceKeys.languages, queryFn: fetchLanguages, staleTime: 5 * 60_000 });
}

/** The list keeps showing the previous rows while a new filter loads, so typing in the search never blanks it. */
export function useProblems(query: ListQuery) {
  return useQuery({
    queryKey: practiceKeys.list(query),
    queryFn: () => fetchProblems(query),
    placeholderData: keepPreviousData,
  });
}

/** The detail is read once per visit: the page owns the code from then on, and a refetch must not reset it. */
export function useProblem(slug: string) {
  return useQuery({
    queryKey: practiceKeys.problem(slug),
    queryFn: () => fetchProblem(slug),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useAttempts(slug: string) {
  return useQuery({ queryKey: practiceKeys.attempts(slug), queryFn: () => fetchAttempts(slug) });
}

/** A run or submit on a problem records an attempt and may change its status: the history and the list refetch. */
export function useRunCode(slug: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCode,
    onSuccess: (answer) => {
      if (!slug || !answer.attempt) return;
      // The problem's status comes from the server; its drafts are read once, so the editor is not reset.
      void queryClient.invalidateQueries({ queryKey: practiceKeys.problem(slug) });
      void queryClient.invalidateQueries({ queryKey: practiceKeys.lists });
    },
  });
}

export function useSaveNotes(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notes: string | null) => saveNotes(slug, notes),
    onSuccess: (_answer, notes) =>
      queryClient.setQueryData<ProblemDetail>(practiceKeys.problem(slug), (old) => old && { ...old, notes }),
  });
}

export function useTracked() {
  return useQuery({ queryKey: practiceKeys.tracked, queryFn: fetchTracked });
}

function useInvalidateTracked() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: practiceKeys.tracked });
}

export function useCreateTracked() {
  const onSuccess = useInvalidateTracked();
  return useMutation({ mutationFn: createTracked, onSuccess });
}

export function useUpdateTracked() {
  const onSuccess = useInvalidateTracked();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TrackedProblemPatch }) => updateTracked(id, patch),
    onSuccess,
  });
}

export function useDeleteTracked() {
  const onSuccess = useInvalidateTracked();
  return useMutation({ mutationFn: deleteTracked, onSuccess });
}

export function useLogTrackedAttempt() {
  const onSuccess = useInvalidateTracked();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: TrackedAttemptInput }) => logTrackedAttempt(id, input),
    onSuccess,
  });
}
