import type { InterviewRow } from "@loopwise/db";
import type {
  ApplicationId,
  ContactId,
  Interview,
  InterviewId,
  InterviewKind,
  InterviewOutcome,
  RedFlag,
} from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";

export function toInterview(row: InterviewRow): Interview {
  return {
    id: row.id as InterviewId,
    applicationId: row.applicationId as ApplicationId,
    companyName: row.companyName,
    roleTitle: row.roleTitle,
    parentId: row.parentId as InterviewId | null,
    kind: row.kind as InterviewKind,
    title: row.title,
    startsAt: isoTimestamp(row.startsAt),
    endsAt: isoTimestamp(row.endsAt),
    timeZone: row.timeZone,
    location: row.location,
    videoUrl: row.videoUrl,
    prepare: row.prepare,
    notes: row.notes,
    selfRating: row.selfRating,
    outcome: row.outcome as InterviewOutcome,
    redFlags: row.redFlags as RedFlag[],
    interviewers: row.interviewers.map((person) => ({ id: person.id as ContactId, name: person.name })),
    sessionIds: row.sessionIds as InterviewId[],
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}
