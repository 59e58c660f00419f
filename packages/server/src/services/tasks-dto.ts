import type { TaskRow } from "@loopwise/db";
import type { ApplicationId, CompanyId, ContactId, Task, TaskId } from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";

export function toTask(row: TaskRow): Task {
  return {
    id: row.id as TaskId,
    title: row.title,
    notes: row.notes,
    dueOn: row.dueOn,
    done: row.doneAt !== null,
    doneAt: row.doneAt === null ? null : isoTimestamp(row.doneAt),
    company: row.companyId ? { id: row.companyId as CompanyId, name: row.companyName ?? "" } : null,
    application: row.applicationId
      ? {
          id: row.applicationId as ApplicationId,
          roleTitle: row.applicationRoleTitle ?? "",
          companyName: row.applicationCompanyName ?? "",
        }
      : null,
    contact: row.contactId ? { id: row.contactId as ContactId, name: row.contactName ?? "" } : null,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}
