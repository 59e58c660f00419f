import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import type { ViewSearch } from "./view-search";

const viewsRoute = getRouteApi("/views");

/** The filters in the URL of the board, the table or a detail over them, and a setter that keeps the rest. */
export function useViewSearch(): [ViewSearch, (patch: Partial<ViewSearch>) => void, (next: ViewSearch) => void] {
  const search = viewsRoute.useSearch();
  const navigate = useNavigate();
  const patch = useCallback(
    (changes: Partial<ViewSearch>) =>
      void navigate({ to: ".", search: (prev: Record<string, unknown>) => ({ ...prev, ...changes }), replace: true }),
    [navigate],
  );
  const replace = useCallback(
    (next: ViewSearch) => void navigate({ to: ".", search: () => ({ ...next }), replace: true }),
    [navigate],
  );
  return [search, patch, replace];
}
