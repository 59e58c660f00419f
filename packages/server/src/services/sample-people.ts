import {
  createApplicationContact,
  createContact,
  createOutreach,
  insertInterview,
  insertTask,
  replaceInterviewers,
  type Db,
} from "@loopwise/db";
import { samplePeople, type ApplicationId, type ContactId, type InterviewId, type UserId } from "@loopwise/domain";

/** Where the sample's names point once its companies and applications exist. */
export interface SampleIds {
  companies: ReadonlyMap<string, string>;
  /** The sample has one application per company. */
  applications: ReadonlyMap<string, ApplicationId>;
}

/** Writes the people, outreach, interviews and tasks of the sample search, in the caller's transaction. */
export async function loadSamplePeople(tx: Db, userId: UserId, ids: SampleIds, now: Date, timeZone: string) {
  const sample = samplePeople(now, timeZone);
  const at = now.toISOString();
  const lookup = <T>(map: ReadonlyMap<string, T>, key: string): T => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`sample: nothing named ${key}`);
    return found;
  };

  const contacts = new Map<string, ContactId>();
  for (const { key, companyName, ...input } of sample.contacts) {
    const companyId = companyName ? lookup(ids.companies, companyName) : null;
    contacts.set(key, await createContact(tx, userId, { ...input, companyId }, at));
  }
  for (const link of sample.links) {
    await createApplicationContact(
      tx,
      userId,
      lookup(ids.applications, link.companyName),
      { contactId: lookup(contacts, link.contactKey), role: link.role, referralStatus: link.referralStatus ?? null },
      at,
    );
  }
  for (const entry of sample.outreach) {
    await createOutreach(tx, userId, lookup(contacts, entry.contactKey), entry.input, at);
  }
  const interviews = new Map<string, InterviewId>();
  for (const interview of sample.interviews) {
    const id = await insertInterview(
      tx,
      userId,
      {
        ...interview.input,
        applicationId: lookup(ids.applications, interview.companyName),
        parentId: interview.parentKey ? lookup(interviews, interview.parentKey) : null,
      },
      at,
    );
    interviews.set(interview.key, id);
    const interviewers = interview.interviewerKeys.map((key) => lookup(contacts, key));
    if (interviewers.length > 0) await replaceInterviewers(tx, userId, id, interviewers);
  }
  for (const task of sample.tasks) {
    await insertTask(
      tx,
      userId,
      {
        ...task.input,
        companyId: task.companyName ? lookup(ids.companies, task.companyName) : null,
        contactId: task.contactKey ? lookup(contacts, task.contactKey) : null,
      },
      at,
    );
  }
  return { contacts: contacts.size, interviews: interviews.size, tasks: sample.tasks.length };
}
