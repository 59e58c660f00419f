import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";

/** Which part of an interview's detail is open: its notes and outcome, its schedule, or a loop's sessions. */
export type InterviewTab = "notes" | "details" | "sessions";

const TABS: readonly string[] = ["notes", "details", "sessions"];

/** The `?interview=<id>&tab=<tab>` of a page that hosts an interview's detail, so it survives a reload. */
export interface InterviewSearch {
  interview?: string;
  tab?: InterviewTab;
}

/** /interviews also keeps which list it shows: upcoming (no param) or past. */
export interface InterviewsPageSearch extends InterviewSearch {
  view?: "past";
}

export function validateInterviewSearch(raw: Record<string, unknown>): InterviewSearch {
  return {
    interview: typeof raw.interview === "string" && raw.interview ? raw.interview : undefined,
    tab: typeof raw.tab === "string" && TABS.includes(raw.tab) ? (raw.tab as InterviewTab) : undefined,
  };
}

export function validateInterviewsPageSearch(raw: Record<string, unknown>): InterviewsPageSearch {
  return { ...validateInterviewSearch(raw), view: raw.view === "past" ? "past" : undefined };
}

/** The pages that host an interview's detail over themselves. */
export type InterviewHost = "/interviews" | "/today";

/** Opens and closes an interview's detail over the page in use, through its URL; other search params stay. */
export function useInterviewSearch(host: InterviewHost) {
  const search: InterviewsPageSearch = useSearch({ from: host });
  const navigate = useNavigate();
  const go = useCallback(
    (changes: InterviewsPageSearch, replace = false) =>
      void navigate({ to: host, search: (prev) => ({ ...(prev as InterviewsPageSearch), ...changes }), replace }),
    [navigate, host],
  );
  return {
    id: search.interview,
    tab: search.tab,
    view: search.view,
    open: (interviewId: string, openTab?: InterviewTab) => go({ interview: interviewId, tab: openTab }),
    setTab: (next: InterviewTab) => go({ tab: next }, true),
    close: () => go({ interview: undefined, tab: undefined }),
    /** The /interviews page's own tabs. */
    setView: (view: InterviewsPageSearch["view"]) => go({ view }, true),
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
