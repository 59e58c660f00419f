import { InterviewDrawer } from "./InterviewDrawer";
import { useInterviewSearch, type InterviewHost } from "./interview-search";

/** The interview named by `?interview=` over the page, so it survives a reload and the back button. */
export function InterviewDrawerFromUrl({ host }: { host: InterviewHost }) {
  const search = useInterviewSearch(host);
  return (
    <InterviewDrawer
      id={search.id}
      tab={search.tab}
      onTabChange={search.setTab}
      onOpen={search.open}
      onClose={search.close}
    />
  );
}
