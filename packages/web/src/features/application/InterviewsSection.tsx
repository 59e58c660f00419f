import type { Application } from "@loopwise/domain";

/** Placeholder until its feature lands. */
export function InterviewsSection(_props: { application: Application }) {
  return null;
}
