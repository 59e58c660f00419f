import type { ApplicationContactRow, ContactLinkRow, ContactRow, OutreachRow } from "@loopwise/db";
import {
  CONTACT_ROLES,
  type ApplicationContact,
  type ApplicationId,
  type CompanyId,
  type Contact,
  type ContactId,
  type ContactLink,
  type ContactRole,
  type ContactSummary,
  type Outreach,
  type OutreachChannel,
  type OutreachId,
  type ReferralStatus,
  type Stage,
} from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";

/** Roles in the order the domain lists them, whatever order the database gave. */
function orderedRoles(roles: readonly string[]): ContactRole[] {
  return CONTACT_ROLES.filter((role) => roles.includes(role));
}

export function toContactSummary(row: ContactRow): ContactSummary {
  return {
    id: row.id as ContactId,
    name: row.name,
    title: row.title,
    companyId: row.companyId as CompanyId | null,
    companyName: row.companyName,
    email: row.email,
    phone: row.phone,
    profileUrl: row.profileUrl,
    howWeMet: row.howWeMet,
    roles: orderedRoles(row.roles),
    lastOutreachOn: row.lastOutreachOn,
    nextFollowUpOn: row.nextFollowUpOn,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

export function toContactLink(row: ContactLinkRow): ContactLink {
  return {
    id: row.id,
    applicationId: row.applicationId as ApplicationId,
    companyName: row.companyName,
    roleTitle: row.roleTitle,
    stage: row.stage as Stage,
    archived: row.archived,
    role: row.role as ContactRole,
    referralStatus: row.referralStatus as ReferralStatus | null,
  };
}

export function toContact(row: ContactRow, links: readonly ContactLinkRow[]): Contact {
  return { ...toContactSummary(row), notes: row.notes, links: links.map(toContactLink) };
}

export function toApplicationContact(row: ApplicationContactRow): ApplicationContact {
  return {
    id: row.id,
    contact: {
      id: row.contactId as ContactId,
      name: row.contactName,
      title: row.contactTitle,
      email: row.contactEmail,
      companyName: row.contactCompanyName,
    },
    role: row.role as ContactRole,
    referralStatus: row.referralStatus as ReferralStatus | null,
  };
}

export function toOutreach(row: OutreachRow): Outreach {
  return {
    id: row.id as OutreachId,
    contactId: row.contactId as ContactId,
    on: row.on,
    channel: row.channel as OutreachChannel,
    summary: row.summary,
    replied: row.replied,
    followUpOn: row.followUpOn,
    followUpDone: row.followUpDone,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}
