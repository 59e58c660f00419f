import { usePrefetchQuery } from "@tanstack/react-query";
import { Outlet, getRouteApi, useRouterState } from "@tanstack/react-router";
import { fetchApplications } from "../../api/applications";
import { queryKeys } from "../../api/query-keys";
import { useApplicationCount } from "../../api/use-applications";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { toListQuery } from "../filters/view-search";
import { EmptyState } from "../onboarding/EmptyState";
import { TablePage } from "../table/TablePage";
import { BoardPage } from "./BoardPage";

const viewsRoute = getRouteApi("/views");

/** The board or the table (whichever the user came from), with the application detail over it. */
export function PipelineViews() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const search = viewsRoute.useSearch();
  const count = useApplicationCount();
  const view = pathname === "/table" || search.from === "table" ? "table" : "board";
  // Ask for the list at the same time as the count, not after it.
  const query = toListQuery(search, view);
  usePrefetchQuery({ queryKey: queryKeys.applicationList(query), queryFn: () => fetchApplications(query) });

  let content;
  if (count.isPending) content = <PageLoader />;
  else if (count.isError) content = <LoadError error={count.error} onRetry={() => void count.refetch()} />;
  else if (count.data === 0) content = <EmptyState />;
  else content = view === "table" ? <TablePage /> : <BoardPage />;

  return (
    <>
      {content}
      <Outlet />
    </>
  );
}
