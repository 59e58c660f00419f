import type { PlanInputJson } from "@loopwise/domain";

export interface DateWindow {
  start: string;
  end: string;
}

/**
 * What the user changed by dragging, kept apart from the input so it can be laid again over a
 * fresh input when the pipeline changes: pinned starts per application and a fixed window.
 */
export interface WhatIfChanges {
  starts: Readonly<Record<string, string>>;
  window: DateWindow | null;
}

export const NO_CHANGES: WhatIfChanges = { starts: {}, window: null };

export function hasChanges(changes: WhatIfChanges): boolean {
  return changes.window !== null || Object.keys(changes.starts).length > 0;
}

/** Only an application not yet sent can be given a start (the planner refuses the others). */
export function canMoveStart(application: { stage: string }): boolean {
  return application.stage === "interested";
}

/** The input with the changes laid over it; `trials` replaces the input's count when given. */
export function applyChanges(input: PlanInputJson, changes: WhatIfChanges, trials?: number): PlanInputJson {
  const applications = input.applications.map((application) => {
    const startOn = changes.starts[application.id];
    return startOn && canMoveStart(application) ? { ...application, startOn } : application;
  });
  const constraints = changes.window
    ? { ...input.constraints, decisionWindow: { ...changes.window } }
    : input.constraints;
  return {
    ...input,
    applications,
    ...(constraints ? { constraints } : {}),
    ...(trials ? { trials } : {}),
  };
}

/** Pins an application's start on `date`, never before today; a no-op for one already sent. */
export function moveStart(changes: WhatIfChanges, input: PlanInputJson, id: string, date: string): WhatIfChanges {
  const application = input.applications.find((a) => a.id === id);
  if (!application || !canMoveStart(application)) return changes;
  const startOn = date < input.today ? input.today : date;
  if (changes.starts[id] === startOn) return changes;
  return { ...changes, starts: { ...changes.starts, [id]: startOn } };
}

/**
 * Moves one edge of the decision window to `date`, starting from `current` (the window shown).
 * The start never goes before today and the two edges keep at least one day between them.
 */
export function moveWindowEdge(
  changes: WhatIfChanges,
  current: DateWindow,
  edge: "start" | "end",
  date: string,
  today: string,
): WhatIfChanges {
  let { start, end } = changes.window ?? current;
  if (edge === "start") {
    start = date < today ? today : date;
    if (start > end) start = end;
  } else {
    end = date < start ? start : date;
  }
  if (changes.window?.start === start && changes.window.end === end) return changes;
  return { ...changes, window: { start, end } };
}
