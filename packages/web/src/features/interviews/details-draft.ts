import type { Interview, InterviewKind, InterviewPatch } from "@loopwise/domain";
import { instantsToSchedule, scheduleToInstants } from "./interview-time";

/** An interview's editable schedule and preparation, as the details form holds them. */
export interface DetailsDraft {
  kind: InterviewKind;
  title: string;
  date: string | null;
  time: string;
  durationMinutes: number;
  timeZone: string;
  location: string;
  videoUrl: string;
  interviewerIds: string[];
  prepare: string;
}

export function toDetailsDraft(interview: Interview): DetailsDraft {
  return {
    kind: interview.kind,
    title: interview.title ?? "",
    ...instantsToSchedule(interview.startsAt, interview.endsAt, interview.timeZone),
    location: interview.location ?? "",
    videoUrl: interview.videoUrl ?? "",
    interviewerIds: interview.interviewers.map((p) => p.id),
    prepare: interview.prepare ?? "",
  };
}

/** The whole draft as a PATCH; both ends are always sent, so they are checked together. */
export function detailsPatch(draft: DetailsDraft): InterviewPatch {
  const { startsAt, endsAt } = scheduleToInstants({ ...draft, date: draft.date ?? "" });
  return {
    kind: draft.kind,
    title: draft.title.trim() || null,
    startsAt,
    endsAt,
    timeZone: draft.timeZone,
    location: draft.location.trim() || null,
    videoUrl: draft.videoUrl.trim() || null,
    interviewerIds: draft.interviewerIds,
    prepare: draft.prepare.trim() || null,
  };
}

/** Whether the draft differs from what is stored (trimming aside). */
export function detailsDirty(draft: DetailsDraft, interview: Interview): boolean {
  const saved = toDetailsDraft(interview);
  const norm = (d: DetailsDraft) =>
    JSON.stringify({
      ...d,
      title: d.title.trim(),
      location: d.location.trim(),
      videoUrl: d.videoUrl.trim(),
      prepare: d.prepare.trim(),
      interviewerIds: [...d.interviewerIds].sort(),
    });
  return norm(draft) !== norm(saved);
}
