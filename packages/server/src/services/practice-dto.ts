import type { DraftRow, PracticeAttemptRow, TrackedProblemRow } from "@loopwise/db";
import type {
  Difficulty,
  Language,
  PracticeAttempt,
  PracticeAttemptId,
  PracticeDraft,
  PracticeStatus,
  Topic,
  TrackedAttempt,
  TrackedProblem,
  TrackedProblemId,
  TrackedVerdict,
  Verdict,
} from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";

/** Practice rows as the API answers them; the database's checks hold the text columns to the domain's lists. */

export function toPracticeAttempt(row: PracticeAttemptRow): PracticeAttempt {
  return {
    id: row.id as PracticeAttemptId,
    slug: row.slug!,
    mode: row.mode as PracticeAttempt["mode"],
    language: row.language as Language,
    code: row.code ?? "",
    verdict: row.verdict as Verdict,
    timeMs: row.timeMs,
    passed: row.passed,
    total: row.total,
    durationSeconds: row.durationSeconds,
    interview: row.interview,
    createdAt: isoTimestamp(row.createdAt),
  };
}

export function toDraft(row: DraftRow): PracticeDraft {
  return { language: row.language as Language, code: row.code, updatedAt: isoTimestamp(row.updatedAt) };
}

export function toTrackedAttempt(row: PracticeAttemptRow): TrackedAttempt {
  return {
    id: row.id as PracticeAttemptId,
    trackedProblemId: row.trackedProblemId as TrackedProblemId,
    verdict: row.verdict as TrackedVerdict,
    language: row.language as Language | null,
    durationSeconds: row.durationSeconds,
    interview: row.interview,
    notes: row.notes,
    createdAt: isoTimestamp(row.createdAt),
  };
}

export function toTrackedProblem(row: TrackedProblemRow, last: PracticeAttemptRow | undefined): TrackedProblem {
  const status: PracticeStatus = row.solved ? "solved" : row.attemptCount > 0 ? "attempted" : "new";
  return {
    id: row.id as TrackedProblemId,
    name: row.name,
    url: row.url,
    difficulty: row.difficulty as Difficulty | null,
    topics: row.topics as Topic[],
    notes: row.notes,
    status,
    attemptCount: row.attemptCount,
    lastAttempt: last ? toTrackedAttempt(last) : null,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}
