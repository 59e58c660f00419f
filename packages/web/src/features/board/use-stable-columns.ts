import { STAGES, type ApplicationSummary, type Stage } from "@loopwise/domain";
import { useMemo, useRef } from "react";

export type Columns = Record<Stage, ApplicationSummary[]>;

export function groupByStage(applications: readonly ApplicationSummary[]): Columns {
  const columns = Object.fromEntries(STAGES.map((stage) => [stage, [] as ApplicationSummary[]])) as Columns;
  for (const application of applications) columns[application.stage].push(application);
  return columns;
}

function sameCards(a: readonly ApplicationSummary[], b: readonly ApplicationSummary[]): boolean {
  return a.length === b.length && a.every((card, i) => card === b[i]);
}

/** Keeps the previous array of any column whose cards did not change, so its memoized column skips rendering. */
export function reuseUnchanged(previous: Columns | undefined, next: Columns): Columns {
  if (!previous) return next;
  for (const stage of STAGES) if (sameCards(previous[stage], next[stage])) next[stage] = previous[stage];
  return next;
}

export function useStableColumns(applications: readonly ApplicationSummary[]): Columns {
  const previous = useRef<Columns | undefined>(undefined);
  return useMemo(() => {
    const columns = reuseUnchanged(previous.current, groupByStage(applications));
    previous.current = columns;
    return columns;
  }, [applications]);
}
