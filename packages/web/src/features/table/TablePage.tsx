import type { ApplicationSort } from "@loopwise/domain";
import { useApplicationList } from "../../api/use-applications";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { FilterBar } from "../filters/FilterBar";
import { NoMatches } from "../filters/NoMatches";
import { useViewSearch } from "../filters/use-view-search";
import { toListQuery } from "../filters/view-search";
import { ApplicationTable } from "./ApplicationTable";

export function TablePage() {
  const [search, patch] = useViewSearch();
  const query = toListQuery(search, "table");
  const list = useApplicationList(query);

  const onSort = (sort: ApplicationSort) => {
    const order = query.sort === sort && query.order === "asc" ? "desc" : "asc";
    patch({ sort, order });
  };

  return (
    <>
      <FilterBar view="table" shown={list.data?.applications.length} total={list.data?.total} />
      {list.isError && !list.data ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data?.applications.length === 0 ? (
        <NoMatches view="table" />
      ) : list.data ? (
        <ApplicationTable
          applications={list.data.applications}
          sort={query.sort ?? "updatedAt"}
          order={query.order ?? "desc"}
          onSort={onSort}
          fetching={list.isFetching}
        />
      ) : (
        <PageLoader />
      )}
    </>
  );
}
