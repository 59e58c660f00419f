import type {
  Application,
  ApplicationSummary,
  ApplicationInput,
  ApplicationPatch,
  ApplicationSort,
  MoveInput,
  StageHistoryEntry,
} from "@loopwise/domain";
import { api, unwrap } from "./client";

/** The query string of GET /api/applications, as the client sends it (lists comma separated). */
export interface ApplicationListQuery {
  q?: string;
  stage?: string;
  tag?: string;
  tier?: string;
  minDesirability?: string;
  remote?: string;
  companyId?: string;
  archived?: "exclude" | "include" | "only";
  sort?: ApplicationSort;
  order?: "asc" | "desc";
  limit?: string;
}

/** Every application, archived too: what the command palette and the tag list search. */
export const ALL_APPLICATIONS: ApplicationListQuery = { archived: "include", sort: "company", limit: "5000" };

export interface ApplicationList {
  applications: ApplicationSummary[];
  total: number;
}

export function fetchApplications(query: ApplicationListQuery): Promise<ApplicationList> {
  return unwrap(api.applications.$get({ query }));
}

export async function fetchApplication(id: string): Promise<Application> {
  const body = await unwrap<{ application: Application }>(api.applications[":id"].$get({ param: { id } }));
  return body.application;
}

export async function fetchHistory(id: string): Promise<StageHistoryEntry[]> {
  const body = await unwrap<{ history: StageHistoryEntry[] }>(api.applications[":id"].history.$get({ param: { id } }));
  return body.history;
}

export async function createApplication(input: ApplicationInput): Promise<Application> {
  const body = await unwrap<{ application: Application }>(api.applications.$post({ json: input }));
  return body.application;
}

export async function updateApplication(id: string, patch: ApplicationPatch): Promise<Application> {
  const body = await unwrap<{ application: Application }>(
    api.applications[":id"].$patch({ param: { id }, json: patch }),
  );
  return body.application;
}

export async function deleteApplication(id: string): Promise<void> {
  await unwrap<void>(api.applications[":id"].$delete({ param: { id } }));
}

export async function moveApplication(id: string, move: MoveInput): Promise<Application> {
  const body = await unwrap<{ application: Application }>(
    api.applications[":id"].move.$post({ param: { id }, json: move }),
  );
  return body.application;
}

export function loadSampleSearch(): Promise<{ companies: number; applications: number }> {
  return unwrap(api.sample.$post({ query: { tz: Intl.DateTimeFormat().resolvedOptions().timeZone } }));
}
