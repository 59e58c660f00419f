import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";

/** Which part of an interview's detail is open: its notes and outcome, its schedule, or a loop's sessions. */
export type InterviewTab = "notes" | "details" | "sessions";

const TABS: readonly string[] = ["notes", "details", "sessions"];

/** The `?interview=<id>&tab=<tab>` of the page, so an open interview survives a reload. */
export function readInterviewSearch(search: Record<string, unknown>): { id?: string; tab?: InterviewTab } {
  const id = typeof search.interview === "string" && search.interview ? search.interview : undefined;
  const tab = typeof search.tab === "string" && TABS.includes(search.tab) ? (search.tab as InterviewTab) : undefined;
  return { id, tab };
}

/** The pages that host an interview's detail over themselves. */
export type InterviewHost = "/interviews" | "/today";

/** Opens and closes an interview's detail over the page in use, through its URL; other search params stay. */
export function useInterviewSearch(host: InterviewHost) {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const { id, tab } = readInterviewSearch(search);
  const go = useCallback(
    (changes: Record<string, unknown>, replace = false) =>
      void navigate({ to: host, search: { ...search, ...changes }, replace }),
    [navigate, host, search],
  );
  return {
    id,
    tab,
    open: (interviewId: string, openTab?: InterviewTab) => go({ interview: interviewId, tab: openTab }),
    setTab: (next: InterviewTab) => go({ tab: next }, true),
    close: () => go({ interview: undefined, tab: undefined }),
    /** Sets another search param of the host page (its own tabs), keeping the rest. */
    setParam: (name: string, value: string | undefined) => go({ [name]: value }, true),
    search,
  };
}

/** Where "Write notes" goes from anywhere: the interview's notes on the Interviews page. */
export function useOpenInterviewNotes() {
  const navigate = useNavigate();
  return useCallback(
    (interviewId: string) => void navigate({ to: "/interviews", search: { interview: interviewId, tab: "notes" } }),
    [navigate],
  );
}
