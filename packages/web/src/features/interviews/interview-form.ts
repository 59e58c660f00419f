import type { InterviewInput, InterviewKind } from "@loopwise/domain";
import { scheduleToInstants, splitPlace, type ScheduleFields } from "./interview-time";

/** The schedule form as the user fills it in: wall-clock fields in the interview's own zone. */
export interface ScheduleDraft extends Omit<ScheduleFields, "date"> {
  applicationId: string | null;
  kind: InterviewKind;
  date: string | null;
  /** A place, or a video link. */
  place: string;
  interviewerIds: string[];
  prepare: string;
}

export function emptyDraft(
  today: string,
  timeZone: string,
  preset: Partial<Pick<ScheduleDraft, "applicationId" | "kind">> = {},
): ScheduleDraft {
  return {
    applicationId: preset.applicationId ?? null,
    kind: preset.kind ?? "phone_screen",
    date: today,
    time: "",
    durationMinutes: 60,
    timeZone,
    place: "",
    interviewerIds: [],
    prepare: "",
  };
}

/** What must be filled in before the server is asked, keyed by the form's fields. */
export function draftErrors(draft: ScheduleDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.applicationId) errors.applicationId = "Pick the application this interview is for";
  if (!draft.date) errors.date = "Pick a date";
  if (!/^\d{2}:\d{2}$/.test(draft.time)) errors.time = "Pick a start time";
  if (!Number.isInteger(draft.durationMinutes) || draft.durationMinutes < 5 || draft.durationMinutes > 24 * 60) {
    errors.durationMinutes = "Between 5 minutes and 24 hours";
  }
  if (!draft.timeZone) errors.timeZone = "Pick a time zone";
  return errors;
}

/** The request body for a complete draft (check `draftErrors` first). */
export function draftToInput(draft: ScheduleDraft, parentId: string | null = null): InterviewInput {
  const { startsAt, endsAt } = scheduleToInstants({ ...draft, date: draft.date! });
  return {
    applicationId: draft.applicationId!,
    kind: draft.kind,
    parentId,
    startsAt,
    endsAt,
    timeZone: draft.timeZone,
    ...splitPlace(draft.place),
    interviewerIds: draft.interviewerIds,
    prepare: draft.prepare.trim() || null,
  };
}

/** The form field a server 400 is about: instants are edited through the start time and duration. */
export const TIME_FIELDS_TO_FORM: Readonly<Record<string, string>> = { startsAt: "time", endsAt: "durationMinutes" };

/** The schedule form has one field for a place or a video link. */
export const SCHEDULE_FIELDS_TO_FORM: Readonly<Record<string, string>> = {
  ...TIME_FIELDS_TO_FORM,
  location: "place",
  videoUrl: "place",
};

/** Server field errors re-keyed to a form's fields (the first message per form field wins). */
export function formErrorsFrom(
  fields: Record<string, string>,
  mapping: Readonly<Record<string, string>> = SCHEDULE_FIELDS_TO_FORM,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const name = mapping[field] ?? field.split(".")[0]!;
    errors[name] ??= message.charAt(0).toUpperCase() + message.slice(1);
  }
  return errors;
}
