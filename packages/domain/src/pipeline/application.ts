import type { ApplicationId, CompanyId } from "../ids.js";
import type { RemotePolicy, Source, Tier } from "./schemas.js";
import type { Stage } from "./stages.js";

/** A company as the API answers it. */
export interface Company {
  id: CompanyId;
  name: string;
  website: string | null;
  tier: Tier | null;
  notes: string | null;
  applicationCount: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * An application as the list answers it: what the board and the table show and filter on. The
 * long or rarely listed fields (notes, posting URL, salary, offer deadline) come with the detail.
 */
export type ApplicationSummary = Omit<
  Application,
  "notes" | "postingUrl" | "salaryMin" | "salaryMax" | "salaryCurrency" | "offerDeadline"
>;

/** An application as the API answers it; salary amounts in major units. */
export interface Application {
  id: ApplicationId;
  companyId: CompanyId;
  companyName: string;
  companyTier: Tier | null;
  roleTitle: string;
  level: string | null;
  location: string | null;
  remotePolicy: RemotePolicy | null;
  source: Source | null;
  postingUrl: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  desirability: number | null;
  tags: string[];
  appliedOn: string | null;
  nextAction: string | null;
  nextActionDue: string | null;
  offerDeadline: string | null;
  notes: string | null;
  stage: Stage;
  stageEnteredAt: string;
  daysInStage: number;
  position: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StageHistoryEntry {
  id: string;
  fromStage: Stage | null;
  toStage: Stage;
  at: string;
}
