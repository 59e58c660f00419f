import { useNavigate, useRouter } from "@tanstack/react-router";
import { useCallback } from "react";

/**
 * Opens an application's detail over the view in use: the board or the table keeps its filters
 * underneath, and closing the detail goes back to it. From the companies page it opens over the
 * board. The callback is stable (it reads the location when called), so cards never re-render for it.
 */
export function useOpenApplication(): (id: string) => void {
  const navigate = useNavigate();
  const router = useRouter();
  return useCallback(
    (id: string) => {
      const { pathname, search } = router.state.location;
      const fromTable = pathname === "/table" || (search as { from?: unknown }).from === "table";
      void navigate({
        to: "/applications/$id",
        params: { id },
        search: pathname.startsWith("/companies")
          ? {}
          : (prev: Record<string, unknown>) => ({ ...prev, from: fromTable ? ("table" as const) : undefined }),
      });
    },
    [navigate, router],
  );
}
