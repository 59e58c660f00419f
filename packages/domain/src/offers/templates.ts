import { z } from "zod";
import { isoDateSchema } from "../fields.js";
import { fromMinorUnits } from "../money.js";
import { currencySchema } from "../pipeline/schemas.js";

/**
 * Messages for the offer stage, written for Loopwise, with only the numbers and names the user
 * gave filled in. None of them names a figure of the user's own making: a counter points to a
 * competing written offer, and the reply to "what are your expectations?" names no figure at all.
 */
export interface Message {
  subject: string;
  body: string;
}

const name = z.string().trim().min(1, { error: "is required" }).max(200);
/** A name that may be left out; a blank one counts as left out. */
const optionalName = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((value) => value || null);
const commonFields = {
  company: name,
  /** Who the message goes to ("Dana"); "Hi there" without one. */
  contactName: optionalName,
  role: optionalName,
  /** The user's name, to sign with. */
  senderName: optionalName,
};
const moneySchema = z.object({
  /** Minor units (rounded to whole ones). */
  amount: z.number().nonnegative().transform(Math.round),
  currency: currencySchema,
});
export type MessageMoney = z.infer<typeof moneySchema>;

/** "$215,000", "€95,500.50": the exact figure, as a written message states it. */
export function messageMoney({ amount, currency }: MessageMoney): string {
  const major = fromMinorUnits(amount, currency);
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: Number.isInteger(major) ? 0 : undefined,
  }).format(major);
}

/** "Friday, December 4, 2026". */
export function messageDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

type Common = { company: string; contactName?: string | null; role?: string | null; senderName?: string | null };

const greeting = (fields: Common) => `Hi ${fields.contactName ?? "there"},`;
const signOff = (fields: Common) => (fields.senderName ? `Best,\n${fields.senderName}` : "Best,");
const theRole = (fields: Common) => (fields.role ? `the ${fields.role} role` : "the role");
const theOffer = (fields: Common) => (fields.role ? `the ${fields.role} offer` : `the offer from ${fields.company}`);
const paragraphs = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join("\n\n");

export const moreTimeSchema = z.strictObject({
  ...commonFields,
  /** The date asked for. */
  until: isoDateSchema,
  currentDeadline: isoDateSchema.nullish(),
  /** One sentence of the user's own, added as written. */
  reason: z.string().trim().max(500).nullish(),
});
export type MoreTimeFields = z.input<typeof moreTimeSchema>;

/** Asks for the decision deadline to move to a date, without pressure and without apology. */
export function requestMoreTime(input: MoreTimeFields): Message {
  const f = moreTimeSchema.parse(input);
  const from = f.currentDeadline ? ` from ${messageDate(f.currentDeadline)}` : "";
  return {
    subject: `Timing of my answer on ${theOffer(f)}`,
    body: paragraphs(
      greeting(f),
      `Thank you again for the offer for ${theRole(f)}. I'm keen on ${f.company}, and I want to give you an answer I've fully thought through.`,
      `I'm finishing a few conversations I'd committed to before your offer arrived, and I'd like to decide with everything in front of me. Could we move my deadline${from} to ${messageDate(f.until)}?${f.reason ? ` ${f.reason}` : ""}`,
      "If that date is hard for your team, let me know what would work and we'll find something. I'm glad to answer any questions in the meantime.",
      signOff(f),
    ),
  };
}

export const COMPETING_FIGURE_KINDS = ["total", "base", "first_year"] as const;
const FIGURE_WORDS: Record<(typeof COMPETING_FIGURE_KINDS)[number], string> = {
  total: "in total yearly compensation",
  base: "in base salary",
  first_year: "in the first year",
};

export const counterSchema = z.strictObject({
  ...commonFields,
  /** Named only when the user chose to name it. */
  competingCompany: optionalName,
  /** The competing offer's figure: written into the message only when `shareFigure` is true. */
  competingFigure: z.object({ money: moneySchema, kind: z.enum(COMPETING_FIGURE_KINDS) }).nullish(),
  shareFigure: z.boolean().default(false),
});
export type CounterFields = z.input<typeof counterSchema>;

/**
 * A counter that leans on a competing written offer and asks for the company's best number,
 * never proposing one: the other offer's figure appears only when the user chose to share it.
 */
export function counterWithCompetingOffer(input: CounterFields): Message {
  const f = counterSchema.parse(input);
  const from = f.competingCompany ? ` from ${f.competingCompany}` : "";
  const figure =
    f.shareFigure && f.competingFigure
      ? `, at ${messageMoney(f.competingFigure.money)} ${FIGURE_WORDS[f.competingFigure.kind]}`
      : "";
  return {
    subject: `About ${theOffer(f)}`,
    body: paragraphs(
      greeting(f),
      `Thank you for the offer, and for the time your team has put into this process. ${f.company} is where I'd most like to land, so I want to be open with you about where things stand.`,
      `I've received a written offer${from} that comes in higher${figure}. I would rather make this work with you than weigh the two on money alone.`,
      "Is there room to improve the package? I'd welcome your best offer, in whatever mix of base, sign-on and equity gives you the most flexibility.",
      "Thank you for looking into it.",
      signOff(f),
    ),
  };
}

export const TRADE_LEVERS = ["sign_on", "equity", "level", "start_date", "remote", "vacation"] as const;
export type TradeLever = (typeof TRADE_LEVERS)[number];

export const leverTradeSchema = z.strictObject({
  ...commonFields,
  levers: z
    .array(
      z.strictObject({
        lever: z.enum(TRADE_LEVERS),
        /** sign_on, equity: a figure the user chose to ask for (minor units). */
        money: moneySchema.nullish(),
        /** start_date: the date the user would like. */
        date: isoDateSchema.nullish(),
        /** vacation: days a year the user would like. */
        days: z.number().int().min(1).max(100).nullish(),
        /** remote, level: the user's own words ("two days a week from home", "the senior level"). */
        detail: z.string().trim().max(200).nullish(),
      }),
    )
    .min(1, { error: "pick at least one lever" })
    .max(TRADE_LEVERS.length),
});
export type LeverTradeFields = z.input<typeof leverTradeSchema>;

type LeverLine = z.output<typeof leverTradeSchema>["levers"][number];
function leverLine(lever: LeverLine): string {
  switch (lever.lever) {
    case "sign_on":
      return lever.money ? `a sign-on bonus of ${messageMoney(lever.money)}` : "a sign-on bonus";
    case "equity":
      return lever.money
        ? `an additional equity grant worth ${messageMoney(lever.money)}`
        : "an additional equity grant";
    case "level":
      return lever.detail
        ? `the level: whether my scope fits ${lever.detail}`
        : "the level, and whether my scope fits the next one";
    case "start_date":
      return lever.date ? `a start date of ${messageDate(lever.date)}` : "a later start date";
    case "remote":
      return lever.detail ? `flexibility on where I work: ${lever.detail}` : "flexibility on working remotely";
    case "vacation":
      return lever.days ? `${lever.days} days of paid vacation a year` : "additional paid vacation";
  }
}

/** When the base is capped: asks to move other parts of the package instead, as the user chose them. */
export function leverTrade(input: LeverTradeFields): Message {
  const f = leverTradeSchema.parse(input);
  return {
    subject: `Other parts of ${theOffer(f)}`,
    body: paragraphs(
      greeting(f),
      "Thank you for checking on the base salary. I understand it sits at the top of what the role allows, and I appreciate you being straight with me about it.",
      `Could we look at other parts of the package instead? In particular:\n${f.levers.map((lever) => `- ${leverLine(lever)}`).join("\n")}`,
      `Movement on these would make it much easier for me to say yes to ${f.company}.`,
      signOff(f),
    ),
  };
}

export const expectationsSchema = z.strictObject(commonFields);
export type ExpectationsFields = z.input<typeof expectationsSchema>;

/** The answer to "what are your expectations?": names no figure and asks for the company's range. */
export function expectationsReply(input: ExpectationsFields): Message {
  const f = expectationsSchema.parse(input);
  return {
    subject: f.role ? `Re: the ${f.role} role at ${f.company}` : `Re: the role at ${f.company}`,
    body: paragraphs(
      greeting(f),
      "Thanks for asking. For now I'd like to focus on whether this is the right role for me and the right hire for you; if it is, I'm confident we'll agree on a package that is fair for the scope.",
      "It would help me to hear the range you have in mind for the role. Once there is a written offer, I'll come back to you quickly with any thoughts.",
      signOff(f),
    ),
  };
}

export const acceptSchema = z.strictObject({ ...commonFields, startDate: isoDateSchema.nullish() });
export type AcceptFields = z.input<typeof acceptSchema>;

/** Accepts the offer and asks for the paperwork. */
export function acceptOffer(input: AcceptFields): Message {
  const f = acceptSchema.parse(input);
  return {
    subject: `Accepting ${theOffer(f)}`,
    body: paragraphs(
      greeting(f),
      `I'm happy to accept the offer for ${theRole(f)} at ${f.company}. Thank you for your patience and for everything you did to get here.`,
      f.startDate
        ? `I'm planning to start on ${messageDate(f.startDate)}. Please send the paperwork over when it's ready, and let me know anything you need from me before then.`
        : "Please send the paperwork over when it's ready, and let me know anything you need from me before my start date.",
      "I'm looking forward to working with the team.",
      signOff(f),
    ),
  };
}

export const declineSchema = z.strictObject({
  ...commonFields,
  /** One sentence of the user's own, added as written. */
  reason: z.string().trim().max(500).nullish(),
});
export type DeclineFields = z.input<typeof declineSchema>;

/** Declines warmly and leaves the door open. */
export function declineOffer(input: DeclineFields): Message {
  const f = declineSchema.parse(input);
  return {
    subject: `My answer on ${theOffer(f)}`,
    body: paragraphs(
      greeting(f),
      `Thank you for the offer for ${theRole(f)}, and for the care you and the team took throughout. After a lot of thought, I've decided to accept another offer, so I'll have to decline this one.${f.reason ? ` ${f.reason}` : ""}`,
      `It was a hard choice: I enjoyed meeting everyone at ${f.company}, and I hope our paths cross again. I'd be glad to stay in touch.`,
      signOff(f),
    ),
  };
}
