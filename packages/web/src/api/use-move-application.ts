import type { Application, ApplicationSummary, Stage } from "@loopwise/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { moveInList, type MoveRequest } from "../features/board/move-in-list";
import { moveApplication, type ApplicationList } from "./applications";
import { isApiError } from "./client";
import { cachedLists, listQueryOf, replaceInLists, type ListEntry } from "./list-cache";
import { queryKeys } from "./query-keys";
import { timingKeys } from "./timing";
import { notifyError } from "../components/notify";

const MOVE_KEY = ["move-application"] as const;

/** Moves a card with an optimistic update of every cached list; rolls back and tells the user on failure. */
export function useMoveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: MOVE_KEY,
    mutationFn: ({ id, stage, afterId, beforeId }: MoveRequest) =>
      moveApplication(id, { stage, ...(afterId ? { afterId } : {}), ...(beforeId ? { beforeId } : {}) }),
    onMutate: async (move): Promise<{ snapshot: ListEntry[]; detail: Application | undefined }> => {
      await queryClient.cancelQueries({ queryKey: queryKeys.applicationLists });
      const snapshot = cachedLists(queryClient);
      const now = new Date().toISOString();
      for (const [key, list] of snapshot) {
        if (!list?.applications.some((a) => a.id === move.id)) continue;
        const applications =
          (listQueryOf(key).sort ?? "position") === "position"
            ? moveInList(list.applications, move, now)
            : list.applications.map((a) => (a.id === move.id ? withStage(a, move.stage, now) : a));
        queryClient.setQueryData<ApplicationList>(key, { ...list, applications });
      }
      const detail = queryClient.getQueryData<Application>(queryKeys.application(move.id));
      if (detail) queryClient.setQueryData(queryKeys.application(move.id), withStage(detail, move.stage, now));
      return { snapshot, detail };
    },
    onError: (error, move, context) => {
      for (const [key, list] of context?.snapshot ?? []) queryClient.setQueryData(key, list);
      if (context?.detail) queryClient.setQueryData(queryKeys.application(move.id), context.detail);
      if (isApiError(error) && error.isConflict) {
        // The server's words here name API fields (afterId); the user needs only what to do.
        notifyError(error, "The board changed meanwhile", "It has been reloaded; make the move again.");
      } else {
        notifyError(error, "The card could not be moved");
      }
    },
    onSuccess: (application) => {
      replaceInLists(queryClient, application);
      queryClient.setQueryData(queryKeys.application(application.id), application);
    },
    onSettled: (_data, _error, move) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.history(move.id) });
      // Refetch once the last of a burst of moves has settled, so a refetch never undoes a pending one.
      if (queryClient.isMutating({ mutationKey: MOVE_KEY }) <= 1) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.applicationLists });
        void queryClient.invalidateQueries({ queryKey: timingKeys.plans });
      }
    },
  });
}

function withStage<T extends ApplicationSummary>(application: T, stage: Stage, nowIso: string): T {
  if (application.stage === stage) return application;
  return { ...application, stage, stageEnteredAt: nowIso, daysInStage: 0 };
}
