import { useApplicationList } from "../../api/use-applications";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { FilterBar } from "../filters/FilterBar";
import { NoMatches } from "../filters/NoMatches";
import { useViewSearch } from "../filters/use-view-search";
import { toListQuery } from "../filters/view-search";
import { Board } from "./Board";

export function BoardPage() {
  const [search] = useViewSearch();
  const list = useApplicationList(toListQuery(search, "board"));

  return (
    <>
      <FilterBar view="board" shown={list.data?.applications.length} total={list.data?.total} />
      {list.isError && !list.data ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data?.applications.length === 0 ? (
        <NoMatches view="board" />
      ) : list.data ? (
        <Board applications={list.data.applications} />
      ) : (
        <PageLoader />
      )}
    </>
  );
}
