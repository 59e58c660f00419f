import type { PlanInputJson, TimingPlan } from "@loopwise/domain";
import { canMoveStart } from "./what-if";

export interface TimelineSegment {
  stage: string;
  /** From the previous stage's median end (or the row's start) to this stage's median end. */
  from: string;
  to: string;
  /** The uncertainty of this stage's end. */
  p10: string;
  p90: string;
}

export interface TimelineRow {
  id: string;
  name: string;
  desirability: number;
  pOpenInWindow: number;
  /** When the row begins: the planned or pinned start before applying, else when it entered its stage. */
  start: string;
  movable: boolean;
  segments: TimelineSegment[];
  offer: { p10: string; p50: string; p90: string } | null;
  deadline: string | null;
}

/**
 * One row per company the plan covers, in the input's order: a what-if re-plan may reorder the
 * plan's companies, and rows jumping about under a drag would lose the user's place.
 */
export function timelineRows(plan: TimingPlan, input: PlanInputJson): TimelineRow[] {
  const byId = new Map(plan.companies.map((c) => [c.id, c]));
  return input.applications.flatMap((application) => {
    const company = byId.get(application.id);
    if (!company) return [];
    const movable = canMoveStart(application);
    const start = movable ? (company.startOn ?? application.startOn ?? input.today) : application.stageEnteredOn;
    let from = start;
    const segments = company.stages.map((stage) => {
      const segment = {
        stage: stage.stage,
        from,
        to: stage.p50 < from ? from : stage.p50,
        p10: stage.p10,
        p90: stage.p90,
      };
      from = segment.to;
      return segment;
    });
    return [
      {
        id: company.id,
        name: company.name,
        desirability: application.desirability,
        pOpenInWindow: company.pOpenInWindow,
        start,
        movable,
        segments,
        offer: company.offerArrival,
        deadline: application.offer?.deadline ?? null,
      },
    ];
  });
}

/** Every date the timeline must show: today, the window, each row's start, bands and deadline. */
export function timelineDates(rows: readonly TimelineRow[], window: { start: string; end: string }): string[] {
  const dates = [window.start, window.end];
  for (const row of rows) {
    dates.push(row.start);
    for (const segment of row.segments) dates.push(segment.p10, segment.p90, segment.to);
    if (row.offer) dates.push(row.offer.p10, row.offer.p90);
    if (row.deadline) dates.push(row.deadline);
  }
  return dates;
}
