import {
  DIFFICULTIES,
  PRACTICE_STATUSES,
  TOPICS,
  type Difficulty,
  type PracticeStatus,
  type ProblemListQuery,
  type Topic,
} from "@loopwise/domain";

/** What /practice keeps in the URL: `?topic=graphs&difficulty=medium&status=new&q=ferry`. */
export interface PracticeSearch {
  topic?: Topic;
  difficulty?: Difficulty;
  status?: PracticeStatus;
  q?: string;
}

function oneOf<T extends string>(values: readonly T[], raw: unknown): T | undefined {
  return typeof raw === "string" && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** The server refuses a longer query; a pasted essay is cut rather than turned into an error page. */
const MAX_QUERY = 100;

/** Parses the URL defensively: a hand-edited or stale link shows the whole bank, never an error. */
export function validatePracticeSearch(raw: Record<string, unknown>): PracticeSearch {
  const q = typeof raw.q === "string" && raw.q.trim() !== "" ? raw.q.slice(0, MAX_QUERY) : undefined;
  const search: PracticeSearch = {
    topic: oneOf(TOPICS, raw.topic),
    difficulty: oneOf(DIFFICULTIES, raw.difficulty),
    status: oneOf(PRACTICE_STATUSES, raw.status),
    q,
  };
  // Absent keys, not undefined ones: the router compares searches and writes only what is set.
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined));
}

export function hasPracticeFilters(search: PracticeSearch): boolean {
  return Boolean(search.topic || search.difficulty || search.status || search.q?.trim());
}

/** The list request for the filters in the URL: the server filters (its search reads statements too). */
export function toProblemQuery(search: PracticeSearch): Record<keyof ProblemListQuery, string | undefined> {
  return {
    topic: search.topic,
    difficulty: search.difficulty,
    status: search.status,
    q: search.q?.trim() || undefined,
  };
}
