import type { Application } from "@loopwise/domain";

/** Placeholder until its feature lands. */
export function PeopleSection(_props: { application: Application }) {
  return null;
}
