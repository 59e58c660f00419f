import { z } from "zod";
import { idSchema, isoDateSchema, notesSchema, optionalText, requiredText, urlSchema } from "../fields.js";
import type { ApplicationId, CompanyId, ContactId, OutreachId } from "../ids.js";
import type { Stage } from "../pipeline/stages.js";

export const CONTACT_ROLES = ["referrer", "recruiter", "hiring_manager", "interviewer", "peer"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  referrer: "Referrer",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  interviewer: "Interviewer",
  peer: "Peer",
};

export const REFERRAL_STATUSES = ["to_ask", "asked", "agreed", "submitted"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  to_ask: "To ask",
  asked: "Asked",
  agreed: "Agreed",
  submitted: "Submitted",
};

export const OUTREACH_CHANNELS = ["email", "linkedin", "phone", "text", "in_person", "other"] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];
export const OUTREACH_CHANNEL_LABELS: Record<OutreachChannel, string> = {
  email: "Email",
  linkedin: "LinkedIn",
  phone: "Phone",
  text: "Text message",
  in_person: "In person",
  other: "Other",
};

const contactFields = {
  name: requiredText(200),
  title: optionalText(200),
  companyId: idSchema.nullable().optional(),
  email: z.email({ error: "must be an email address" }).max(320).nullable().optional(),
  phone: optionalText(60),
  profileUrl: urlSchema.nullable().optional(),
  howWeMet: optionalText(500),
  notes: notesSchema,
};

export const contactInputSchema = z.strictObject(contactFields);
export type ContactInput = z.infer<typeof contactInputSchema>;
export const contactPatchSchema = contactInputSchema.partial();
export type ContactPatch = z.infer<typeof contactPatchSchema>;

function referralOnlyForReferrer(
  value: { role?: ContactRole; referralStatus?: ReferralStatus | null },
  ctx: z.RefinementCtx,
) {
  if (value.referralStatus != null && value.role !== undefined && value.role !== "referrer") {
    ctx.addIssue({ code: "custom", path: ["referralStatus"], message: "applies only to a referrer" });
  }
}

/** Links a person to an application in a role. */
export const applicationContactInputSchema = z
  .strictObject({
    contactId: idSchema,
    role: z.enum(CONTACT_ROLES),
    referralStatus: z.enum(REFERRAL_STATUSES).nullable().optional(),
  })
  .superRefine(referralOnlyForReferrer);
export type ApplicationContactInput = z.infer<typeof applicationContactInputSchema>;

export const applicationContactPatchSchema = z.strictObject({
  referralStatus: z.enum(REFERRAL_STATUSES).nullable(),
});
export type ApplicationContactPatch = z.infer<typeof applicationContactPatchSchema>;

const outreachFields = {
  on: isoDateSchema,
  channel: z.enum(OUTREACH_CHANNELS),
  summary: requiredText(2_000),
  replied: z.boolean().optional(),
  followUpOn: isoDateSchema.nullable().optional(),
  followUpDone: z.boolean().optional(),
};

function followUpNotBefore(value: { on?: string; followUpOn?: string | null }, ctx: z.RefinementCtx) {
  if (value.on && value.followUpOn && value.followUpOn < value.on) {
    ctx.addIssue({ code: "custom", path: ["followUpOn"], message: "must not be before the outreach date" });
  }
}

export const outreachInputSchema = z.strictObject(outreachFields).superRefine(followUpNotBefore);
export type OutreachInput = z.infer<typeof outreachInputSchema>;
export const outreachPatchSchema = z.strictObject(outreachFields).partial().superRefine(followUpNotBefore);
export type OutreachPatch = z.infer<typeof outreachPatchSchema>;

/** The query string of GET /api/contacts. */
export const contactQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  companyId: idSchema.optional(),
});
export type ContactQuery = z.infer<typeof contactQuerySchema>;

/** A contact as the list answers it, with what the table shows about the relationship. */
export interface ContactSummary {
  id: ContactId;
  name: string;
  title: string | null;
  companyId: CompanyId | null;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  profileUrl: string | null;
  howWeMet: string | null;
  /** Every role the person has across their application links, in CONTACT_ROLES order. */
  roles: ContactRole[];
  /** The date of the latest outreach entry. */
  lastOutreachOn: string | null;
  /** The earliest follow-up not yet done. */
  nextFollowUpOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One application a contact is linked to, as the contact's detail lists it. */
export interface ContactLink {
  id: string;
  applicationId: ApplicationId;
  companyName: string;
  roleTitle: string;
  stage: Stage;
  archived: boolean;
  role: ContactRole;
  referralStatus: ReferralStatus | null;
}

/** A contact as the detail answers it. */
export interface Contact extends ContactSummary {
  notes: string | null;
  links: ContactLink[];
}

/** One person on an application, as the application's people list answers it. */
export interface ApplicationContact {
  id: string;
  contact: { id: ContactId; name: string; title: string | null; email: string | null; companyName: string | null };
  role: ContactRole;
  referralStatus: ReferralStatus | null;
}

/** One entry of a contact's outreach log. */
export interface Outreach {
  id: OutreachId;
  contactId: ContactId;
  on: string;
  channel: OutreachChannel;
  summary: string;
  replied: boolean;
  followUpOn: string | null;
  followUpDone: boolean;
  createdAt: string;
  updatedAt: string;
}
