import type { Difficulty, Language, PracticeStatus, Topic, TrackedVerdict } from "@loopwise/domain";

/** The words and colours the practice pages use for the problem bank's identifiers. */

export const TOPIC_LABELS: Record<Topic, string> = {
  "arrays-hashing": "Arrays & hashing",
  "two-pointers": "Two pointers",
  "sliding-window": "Sliding window",
  stack: "Stack",
  "binary-search": "Binary search",
  "linked-list": "Linked list",
  trees: "Trees",
  tries: "Tries",
  heaps: "Heaps",
  backtracking: "Backtracking",
  graphs: "Graphs",
  "shortest-paths": "Shortest paths",
  "dp-1d": "1-D DP",
  "dp-2d": "2-D DP",
  greedy: "Greedy",
  intervals: "Intervals",
  math: "Math",
  "bit-manipulation": "Bit manipulation",
  design: "Design",
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };
export const DIFFICULTY_COLORS: Record<Difficulty, string> = { easy: "teal", medium: "yellow", hard: "red" };

export const STATUS_LABELS: Record<PracticeStatus, string> = { new: "New", attempted: "Attempted", solved: "Solved" };
export const STATUS_COLORS: Record<PracticeStatus, string> = { new: "gray", attempted: "orange", solved: "teal" };

export const TRACKED_VERDICT_LABELS: Record<TrackedVerdict, string> = {
  solved: "Solved",
  solved_with_hints: "Solved with hints",
  failed: "Not solved",
};
export const TRACKED_VERDICT_COLORS: Record<TrackedVerdict, string> = {
  solved: "teal",
  solved_with_hints: "yellow",
  failed: "red",
};

/** Every language's name, for the places that list them all (a tracked attempt's language). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  python: "Python",
  javascript: "JavaScript",
  typescript: "TypeScript",
  cpp: "C++",
  java: "Java",
  go: "Go",
  rust: "Rust",
};

/** The editor's file name per language, shown on its tab ("solution.py"). */
export const LANGUAGE_FILES: Record<Language, string> = {
  python: "solution.py",
  javascript: "solution.js",
  typescript: "solution.ts",
  cpp: "solution.cpp",
  java: "Solution.java",
  go: "solution.go",
  rust: "solution.rs",
};

export function minutesLabel(minutes: number): string {
  return `${minutes} min`;
}
