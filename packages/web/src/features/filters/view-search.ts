import { APPLICATION_SORTS, idSchema, isStage, REMOTE_POLICIES, type ApplicationSort } from "@loopwise/domain";
import type { ApplicationListQuery } from "../../api/applications";

/** What the board and the table keep in the URL: filters, the table's sort, and where a detail opened from. */
export interface ViewSearch {
  q?: string;
  tag?: string;
  /** Comma separated, as the API takes it: "1,2". */
  tier?: string;
  minDesirability?: number;
  /** Comma separated remote policies. */
  remote?: string;
  /** Comma separated stages (table only). */
  stage?: string;
  /** One company's applications (the companies page links here). */
  companyId?: string;
  archived?: "include" | "only";
  sort?: ApplicationSort;
  order?: "asc" | "desc";
  from?: "table";
}

const text = (value: unknown): string | undefined => {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

/** Keeps only the listed items of a comma separated value; undefined when none is left. */
function csvOf(value: unknown, allowed: (item: string) => boolean): string | undefined {
  const items = (text(value) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(allowed);
  return items.length ? [...new Set(items)].join(",") : undefined;
}

/** Parses the URL's search params defensively: a hand-edited URL never breaks the page. */
export function validateViewSearch(raw: Record<string, unknown>): ViewSearch {
  const min = Number(raw.minDesirability);
  const sort = text(raw.sort);
  return {
    q: text(raw.q),
    tag: text(raw.tag),
    tier: csvOf(raw.tier, (t) => ["1", "2", "3"].includes(t)),
    minDesirability: Number.isInteger(min) && min >= 1 && min <= 5 ? min : undefined,
    remote: csvOf(raw.remote, (r) => (REMOTE_POLICIES as readonly string[]).includes(r)),
    stage: csvOf(raw.stage, isStage),
    companyId: idSchema.safeParse(raw.companyId).success ? (raw.companyId as string) : undefined,
    archived: raw.archived === "include" || raw.archived === "only" ? raw.archived : undefined,
    sort: sort && (APPLICATION_SORTS as readonly string[]).includes(sort) ? (sort as ApplicationSort) : undefined,
    order: raw.order === "desc" || raw.order === "asc" ? raw.order : undefined,
    from: raw.from === "table" ? "table" : undefined,
  };
}

/** The API query for a view. The board always shows board order and every stage. */
export function toListQuery(search: ViewSearch, view: "board" | "table"): ApplicationListQuery {
  const query: ApplicationListQuery = { limit: "5000" };
  if (search.q) query.q = search.q;
  if (search.tag) query.tag = search.tag;
  if (search.tier) query.tier = search.tier;
  if (search.minDesirability) query.minDesirability = String(search.minDesirability);
  if (search.remote) query.remote = search.remote;
  if (search.companyId) query.companyId = search.companyId;
  if (search.archived) query.archived = search.archived;
  if (view === "table") {
    if (search.stage) query.stage = search.stage;
    query.sort = search.sort ?? "updatedAt";
    query.order = search.order ?? (search.sort ? "asc" : "desc");
  } else {
    query.sort = "position";
  }
  return query;
}

export function hasFilters(search: ViewSearch, view: "board" | "table"): boolean {
  return Boolean(
    search.q ||
    search.tag ||
    search.tier ||
    search.minDesirability ||
    search.remote ||
    search.companyId ||
    search.archived ||
    (view === "table" && search.stage),
  );
}

/** Drops the filters, keeping the table's sort. */
export function clearFilters(search: ViewSearch): ViewSearch {
  return { sort: search.sort, order: search.order, from: search.from };
}
