import { z } from "zod";
import { idSchema, isoDateSchema, notesSchema, requiredText, timeZoneSchema } from "../fields.js";
import type { ApplicationId, CompanyId, ContactId, OutreachId, TaskId } from "../ids.js";
import type { TodayPlanAction } from "../timing/plan-query.js";
import type { Interview } from "./interviews.js";

const taskFields = {
  title: requiredText(300),
  notes: notesSchema,
  dueOn: isoDateSchema.nullable().optional(),
  done: z.boolean().optional(),
  companyId: idSchema.nullable().optional(),
  applicationId: idSchema.nullable().optional(),
  contactId: idSchema.nullable().optional(),
};

export const taskInputSchema = z.strictObject(taskFields);
export type TaskInput = z.infer<typeof taskInputSchema>;
export const taskPatchSchema = taskInputSchema.partial();
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const TASK_STATUSES = ["open", "done", "all"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The query string of GET /api/tasks: open ones first by due date, then done ones, latest first. */
export const taskQuerySchema = z.strictObject({
  status: z.enum(TASK_STATUSES, { error: "must be open, done or all" }).default("all"),
  applicationId: idSchema.optional(),
  companyId: idSchema.optional(),
  contactId: idSchema.optional(),
});
export type TaskQuery = z.infer<typeof taskQuerySchema>;

/** A task as the API answers it, with the names of what it is attached to. */
export interface Task {
  id: TaskId;
  title: string;
  notes: string | null;
  dueOn: string | null;
  done: boolean;
  doneAt: string | null;
  company: { id: CompanyId; name: string } | null;
  application: { id: ApplicationId; roleTitle: string; companyName: string } | null;
  contact: { id: ContactId; name: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** The query string of GET /api/today: the viewer's zone says which calendar day "today" is. */
export const todayQuerySchema = z.strictObject({
  tz: z.string({ error: "is required: an IANA time zone such as Europe/Berlin" }).pipe(timeZoneSchema),
});
export type TodayQuery = z.infer<typeof todayQuerySchema>;

/** An outreach whose follow-up is due on or before today and not done. */
export interface FollowUpDue {
  outreachId: OutreachId;
  contactId: ContactId;
  contactName: string;
  companyName: string | null;
  followUpOn: string;
  summary: string;
  daysOverdue: number;
}

/** An application whose offer must be answered within the next week. */
export interface OfferDeadlineDue {
  applicationId: ApplicationId;
  companyName: string;
  roleTitle: string;
  offerDeadline: string;
  daysLeft: number;
}

/** GET /api/today: what is due on the viewer's calendar day `date`. */
export interface TodayAgenda {
  date: string;
  interviews: { today: Interview[]; tomorrow: Interview[] };
  followUps: FollowUpDue[];
  tasks: Task[];
  notesOwed: Interview[];
  offerDeadlines: OfferDeadlineDue[];
  /** The timing plan's top actions due within three days (best first, at most five); none when nothing is plannable. */
  planActions: TodayPlanAction[];
}
