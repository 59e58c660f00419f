import type { ExportDocument } from "@loopwise/domain";

/** Ids of the sample's practice rows, by name. */
export const PRACTICE_ID = {
  tracked: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eb1",
  bankAttempt: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eb2",
  trackedAttempt: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eb3",
} as const;

/** The practice tables of the sample (version 4): an attempt at a bank problem and one at a tracked problem. */
export function samplePractice(): Pick<
  ExportDocument,
  "trackedProblems" | "practiceAttempts" | "practiceProgress" | "practiceDrafts"
> {
  return {
    trackedProblems: [
      {
        id: PRACTICE_ID.tracked,
        name: "Pairs that add up — from the ‘weekly’ contest",
        url: "https://example.com/contest/7/pairs",
        difficulty: "medium",
        topics: ["arrays-hashing", "two-pointers"],
        notes: "Sort, then walk in from both ends: O(n log n).",
        createdAt: "2025-02-10T08:00:00.000Z",
        updatedAt: "2025-02-11T08:00:00.123456Z",
      },
    ],
    practiceAttempts: [
      {
        id: PRACTICE_ID.bankAttempt,
        slug: "lamp-post-gaps",
        trackedProblemId: null,
        mode: "submit",
        language: "python",
        code: `def widest_gap(posts):\n    return 0  # =HYPERLINK("http://x","y")\n`,
        verdict: "wrong_answer",
        timeMs: 12,
        passed: 1,
        total: 6,
        durationSeconds: 300,
        interview: true,
        notes: null,
        createdAt: "2025-02-12T10:00:00.000001Z",
      },
      {
        id: PRACTICE_ID.trackedAttempt,
        slug: null,
        trackedProblemId: PRACTICE_ID.tracked,
        mode: null,
        language: "cpp",
        code: null,
        verdict: "solved_with_hints",
        timeMs: null,
        passed: null,
        total: null,
        durationSeconds: 1_500,
        interview: false,
        notes: "Needed the hint: sort first.",
        createdAt: "2025-02-12T11:00:00.000Z",
      },
    ],
    practiceProgress: [
      {
        slug: "lamp-post-gaps",
        status: "attempted",
        lastLanguage: "python",
        notes: "## Approach\nOne pass over neighbours: O(n) time, O(1) space.",
        updatedAt: "2025-02-12T10:00:00.000001Z",
      },
    ],
    practiceDrafts: [
      {
        slug: "lamp-post-gaps",
        language: "python",
        code: "def widest_gap(posts):\n    pass\n",
        updatedAt: "2025-02-12T09:59:00.000Z",
      },
      {
        slug: "lamp-post-gaps",
        language: "typescript",
        code: "function widestGap(posts: number[]): number {\n  return -1; // ünïcode\n}\n",
        updatedAt: "2025-02-12T09:58:00.000Z",
      },
    ],
  };
}
