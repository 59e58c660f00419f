import type { DecisionCriterion } from "@loopwise/domain";

/** What the Decide tab draws, built from the domain's decision by `decisionView`. */
export interface MatrixOffer {
  id: string;
  company: string;
  role: string;
  /** Weighted total, 0..100. */
  total: number;
  rank: number;
  winner: boolean;
}

export interface MatrixCell {
  offerId: string;
  /** 0..1 after normalising, or null for a missing score. */
  value: number | null;
  /** "$312k", "4 / 5", "2 flags", "not scored". */
  raw: string;
  detail?: string;
  missing: boolean;
  best: boolean;
  /** The 1-5 score, for the scored criteria. */
  score?: number;
}

export interface MatrixRow {
  criterion: DecisionCriterion;
  label: string;
  weight: number;
  scored: boolean;
  cells: MatrixCell[];
}

export interface SensitivityLine {
  key: string;
  text: string;
  /** How small the change is, comparable across lines (0..1, smaller first). */
  size: number;
}

export interface DecisionViewModel {
  offers: MatrixOffer[];
  rows: MatrixRow[];
  sensitivity: SensitivityLine[];
  /** Criteria no weight in 0-10 moves the winner on. */
  robust: string[];
  /** The top two have the same total: no offer is marked the winner. */
  tied: string[] | null;
  /** Scores not given, each counted as a neutral 3 of 5. */
  missingScores: number;
}
