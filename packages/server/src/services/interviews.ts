import {
  deleteInterview,
  foreignContactIds,
  getInterview,
  insertInterview,
  listInterviews,
  ownsApplication,
  replaceInterviewers,
  updateInterview,
  type Db,
  type InterviewRow,
  type InterviewValues,
} from "@loopwise/db";
import {
  Invalid,
  NotFound,
  type ApplicationId,
  type InterviewId,
  type InterviewInput,
  type InterviewKind,
  type InterviewPatch,
  type InterviewQuery,
  type RedFlag,
  RED_FLAGS,
  type UserId,
} from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";
import { toInterview } from "./interviews-dto.js";

/** A request whose field is at fault, worded like the validator's own failures. */
function invalid(field: string, message: string): Invalid {
  return new Invalid(`Invalid body: ${field} ${message}`, { [field]: message });
}

/** Red flags are a set: stored once each, in the order RED_FLAGS lists them. */
function flagSet(flags: readonly RedFlag[]): RedFlag[] {
  return RED_FLAGS.filter((flag) => flags.includes(flag));
}

export async function list(db: Db, userId: UserId, query: InterviewQuery, now: Date) {
  const at = now.toISOString();
  const rows = await listInterviews(db, userId, {
    from: query.from,
    to: query.to,
    applicationId: query.applicationId,
    endedBy: query.status === "past" ? at : undefined,
    notEndedBy: query.status === "upcoming" ? at : undefined,
  });
  return rows.map(toInterview);
}

export async function get(db: Db, userId: UserId, id: InterviewId) {
  return toInterview(await getInterview(db, userId, id));
}

export async function create(db: Db, userId: UserId, input: InterviewInput, now: Date) {
  const id = await db.transaction(async (tx) => {
    const { interviewerIds, ...values } = input;
    if (!(await ownsApplication(tx, userId, input.applicationId as ApplicationId))) {
      throw invalid("applicationId", "names no application of yours");
    }
    if (input.parentId) {
      if (input.kind === "onsite_loop") throw invalid("parentId", "cannot be set on an onsite loop itself");
      await checkParent(tx, userId, input.parentId, input.applicationId);
    }
    await checkInterviewers(tx, userId, interviewerIds);
    const stored = { ...values, redFlags: flagSet(values.redFlags ?? []) } as InterviewValues;
    const id = await insertInterview(tx, userId, stored, now.toISOString());
    if (interviewerIds?.length) await replaceInterviewers(tx, userId, id, interviewerIds);
    return id;
  });
  return get(db, userId, id);
}

export async function update(db: Db, userId: UserId, id: InterviewId, patch: InterviewPatch, now: Date) {
  await db.transaction(async (tx) => {
    const existing = await getInterview(tx, userId, id);
    const { interviewerIds, ...values } = patch;
    checkMovedEnd(patch, existing);
    const kind: InterviewKind = patch.kind ?? (existing.kind as InterviewKind);
    const parentId = patch.parentId !== undefined ? patch.parentId : existing.parentId;
    if (kind === "onsite_loop" && parentId) {
      throw patch.parentId
        ? invalid("parentId", "cannot be set on an onsite loop itself")
        : invalid("kind", "cannot be an onsite loop: this interview is a session of one");
    }
    if (kind !== "onsite_loop" && existing.sessionIds.length > 0) {
      throw invalid("kind", "must stay an onsite loop while it has sessions");
    }
    if (patch.parentId) {
      if (patch.parentId === id) throw invalid("parentId", "cannot name the interview itself");
      await checkParent(tx, userId, patch.parentId, existing.applicationId);
    }
    await checkInterviewers(tx, userId, interviewerIds);
    const stored = values.redFlags ? { ...values, redFlags: flagSet(values.redFlags) } : values;
    await updateInterview(tx, userId, id, stored, now.toISOString());
    if (interviewerIds) await replaceInterviewers(tx, userId, id, interviewerIds);
  });
  return get(db, userId, id);
}

export async function remove(db: Db, userId: UserId, id: InterviewId) {
  await deleteInterview(db, userId, id);
}

/** A patch that moves one end only is checked against the stored other end. */
function checkMovedEnd(patch: InterviewPatch, existing: InterviewRow) {
  if (patch.startsAt !== undefined && patch.endsAt === undefined) {
    if (Date.parse(patch.startsAt) >= Date.parse(existing.endsAt)) {
      throw invalid("startsAt", `must be before the interview's end (${isoTimestamp(existing.endsAt)})`);
    }
  }
  if (patch.endsAt !== undefined && patch.startsAt === undefined) {
    if (Date.parse(patch.endsAt) <= Date.parse(existing.startsAt)) {
      throw invalid("endsAt", `must be after the interview's start (${isoTimestamp(existing.startsAt)})`);
    }
  }
}

/** A session must name an onsite loop of the same application, owned by the same user. */
async function checkParent(db: Db, userId: UserId, parentId: string, applicationId: string) {
  let parent: InterviewRow;
  try {
    parent = await getInterview(db, userId, parentId as InterviewId);
  } catch (error) {
    if (error instanceof NotFound) throw invalid("parentId", "names no interview of yours");
    throw error;
  }
  if (parent.kind !== "onsite_loop") throw invalid("parentId", "must name an onsite loop");
  if (parent.applicationId !== applicationId) {
    throw invalid("parentId", "must name an onsite loop of the same application");
  }
}

async function checkInterviewers(db: Db, userId: UserId, ids: readonly string[] | undefined) {
  if (!ids?.length) return;
  const foreign = await foreignContactIds(db, userId, [...new Set(ids)]);
  if (foreign.length > 0) throw invalid("interviewerIds", `names no contact of yours: ${foreign.join(", ")}`);
}
