import { useNavigate, useRouterState } from "@tanstack/react-router";
import { useCallback } from "react";
import { isPipelinePath, type GoToTarget } from "./main-pages";

export type { GoToTarget } from "./main-pages";

/** Navigates between the main pages; board and table keep the filters they share. */
export function useGoTo(): (target: GoToTarget) => void {
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const inPipeline = isPipelinePath(pathname);
  return useCallback(
    (target: GoToTarget) => {
      if (!isPipelinePath(target) || !inPipeline) {
        void navigate({ to: target });
        return;
      }
      void navigate({ to: target, search: (prev: Record<string, unknown>) => ({ ...prev, from: undefined }) });
    },
    [navigate, inPipeline],
  );
}
