import type { PlanConstraints, PlanOverrides, UserTimingPlan } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { queryKeys } from "./query-keys";
import { todayKeys } from "./today";

/**
 * The plan's key is a child of the applications key, so every write that refreshes the pipeline
 * (new application, sample search, offers, companies) refreshes the plan too; the few hooks that
 * invalidate only the lists (edit, delete, move) name `timingKeys.plans` as well.
 */
export const timingKeys = {
  plans: [...queryKeys.applications, "plan"] as const,
  plan: (tz: string) => [...queryKeys.applications, "plan", tz] as const,
  settings: ["timing", "settings"] as const,
  /** Under the applications key as well: what refreshes the pipeline (a restore, the sample) refreshes it. */
  overrides: (id: string) => [...queryKeys.applications, "timing-overrides", id] as const,
};

/** The user's plan and the input it was built from (the worker re-plans "what if" from it). */
export type PlanAnswer = UserTimingPlan;

export async function fetchPlan(tz: string): Promise<PlanAnswer> {
  return unwrap<PlanAnswer>(api.timing.plan.$get({ query: { tz } }));
}

export async function fetchTimingSettings(): Promise<PlanConstraints> {
  const body = await unwrap<{ constraints: PlanConstraints }>(api.timing.settings.$get());
  return body.constraints;
}

export async function saveTimingSettings(constraints: PlanConstraints): Promise<PlanConstraints> {
  const body = await unwrap<{ constraints: PlanConstraints }>(api.timing.settings.$put({ json: { constraints } }));
  return body.constraints;
}

/** One application's pace as the user knows it; null when the planner's assumptions apply. */
export async function fetchTimingOverrides(id: string): Promise<PlanOverrides | null> {
  const body = await unwrap<{ overrides: PlanOverrides | null }>(
    api.applications[":id"]["timing-overrides"].$get({ param: { id } }),
  );
  return body.overrides;
}

/** Saves one application's overrides; null clears them. */
export async function saveTimingOverrides(id: string, overrides: PlanOverrides | null): Promise<PlanOverrides | null> {
  const body = await unwrap<{ overrides: PlanOverrides | null }>(
    api.applications[":id"]["timing-overrides"].$put({ param: { id }, json: { overrides } }),
  );
  return body.overrides;
}

export function usePlan(tz: string) {
  return useQuery({ queryKey: timingKeys.plan(tz), queryFn: () => fetchPlan(tz) });
}

export function useTimingSettings() {
  return useQuery({ queryKey: timingKeys.settings, queryFn: fetchTimingSettings });
}

export function useTimingOverrides(id: string) {
  return useQuery({ queryKey: timingKeys.overrides(id), queryFn: () => fetchTimingOverrides(id) });
}

/** Saving constraints changes the plan and the actions Today shows. */
export function useSaveTimingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTimingSettings,
    onSuccess: (constraints) => {
      queryClient.setQueryData(timingKeys.settings, constraints);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: timingKeys.plans }),
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
      ]);
    },
  });
}

/** A company's pace changes its odds, the plan and the actions Today shows. */
export function useSaveTimingOverrides() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, overrides }: { id: string; overrides: PlanOverrides | null }) =>
      saveTimingOverrides(id, overrides),
    onSuccess: (overrides, { id }) => {
      queryClient.setQueryData(timingKeys.overrides(id), overrides);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: timingKeys.plans }),
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
      ]);
    },
  });
}
