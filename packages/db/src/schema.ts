/*
 * The schema, one file per area; drizzle-kit reads this one (drizzle.config.ts), and the app imports
 * its tables from here.
 */
import { users } from "./schema-base.js";
import { compDataPoints, negotiationEvents, offerPreferences, offers } from "./schema-offers.js";
import { applicationContacts, contacts, interviewers, interviews, outreach, tasks } from "./schema-people.js";
import { applications, companies, stageHistory, timingSettings } from "./schema-pipeline.js";
import { practiceAttempts, practiceDrafts, practiceProgress, trackedProblems } from "./schema-practice.js";

export { users } from "./schema-base.js";
export { compDataPoints, negotiationEvents, offerPreferences, offers } from "./schema-offers.js";
export { applicationContacts, contacts, interviewers, interviews, outreach, tasks } from "./schema-people.js";
export { applications, companies, stageHistory, timingSettings } from "./schema-pipeline.js";
export { practiceAttempts, practiceDrafts, practiceProgress, trackedProblems } from "./schema-practice.js";

export const schema = {
  users,
  companies,
  applications,
  stageHistory,
  contacts,
  applicationContacts,
  outreach,
  interviews,
  interviewers,
  tasks,
  offers,
  negotiationEvents,
  compDataPoints,
  offerPreferences,
  timingSettings,
  practiceProgress,
  practiceDrafts,
  trackedProblems,
  practiceAttempts,
};
export type Schema = typeof schema;
