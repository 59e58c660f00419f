import type { ApplicationListQuery } from "./applications";

/** One place for cache keys, so invalidation cannot miss a spelling. */
export const queryKeys = {
  applications: ["applications"] as const,
  applicationLists: ["applications", "list"] as const,
  applicationList: (query: ApplicationListQuery) => ["applications", "list", query] as const,
  applicationCount: ["applications", "count"] as const,
  application: (id: string) => ["applications", "detail", id] as const,
  history: (id: string) => ["applications", "history", id] as const,
  companies: ["companies"] as const,
  health: ["health"] as const,
};
