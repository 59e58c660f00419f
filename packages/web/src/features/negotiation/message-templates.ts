import {
  acceptOffer,
  addDaysToDate,
  counterWithCompetingOffer,
  declineOffer,
  expectationsReply,
  leverTrade,
  requestMoreTime,
  type COMPETING_FIGURE_KINDS,
  type Message,
  type Projection,
  type TradeLever,
} from "@loopwise/domain";

export type CompetingFigureKind = (typeof COMPETING_FIGURE_KINDS)[number];

export const MESSAGE_TEMPLATES = ["more_time", "counter", "lever_trade", "expectations", "accept", "decline"] as const;
export type MessageTemplate = (typeof MESSAGE_TEMPLATES)[number];

export const TEMPLATE_LABELS: Record<MessageTemplate, string> = {
  more_time: "Ask for more time",
  counter: "Counter with a competing offer",
  lever_trade: "Trade other levers (base is capped)",
  expectations: "Reply to “what are your expectations?”",
  accept: "Accept the offer",
  decline: "Decline graciously",
};

/** A competing offer as the counter can cite it: its own currency, minor units. */
export interface CompetingOffer {
  offerId: string;
  company: string;
  currency: string;
  figures: Record<CompetingFigureKind, number>;
}

export const FIGURE_LABELS: Record<CompetingFigureKind, string> = {
  total: "Total yearly comp (annualized)",
  base: "Base salary",
  first_year: "First-year total",
};

/** The figures a counter may cite from a competing offer's own projection. */
export function competingOffer(offerId: string, company: string, projection: Projection): CompetingOffer {
  const year1 = projection.years[0]!;
  return {
    offerId,
    company,
    currency: projection.currency,
    figures: { total: projection.annualized, base: year1.base, first_year: year1.total },
  };
}

/** Everything the user chose in the panel; each template reads the fields it needs. */
export interface MessageChoices {
  company: string;
  role: string | null;
  contactName: string;
  senderName: string;
  deadline: string | null;
  startDate: string | null;
  /** more_time */
  until: string | null;
  reason: string;
  /** counter */
  competing: CompetingOffer | null;
  nameCompeting: boolean;
  shareFigure: boolean;
  figureKind: CompetingFigureKind;
  /** lever_trade */
  levers: TradeLever[];
}

/** The date to ask for when nothing better is known: a week past the deadline, or from today. */
export function defaultUntil(deadline: string | null, today: string): string {
  return addDaysToDate(deadline && deadline >= today ? deadline : today, 7);
}

/**
 * The message for a template with the user's names, dates and numbers; null when a choice the
 * template needs is missing (a date to ask for, a lever to trade).
 */
export function buildMessage(template: MessageTemplate, choices: MessageChoices): Message | null {
  const common = {
    company: choices.company,
    role: choices.role || null,
    contactName: choices.contactName.trim() || null,
    senderName: choices.senderName.trim() || null,
  };
  switch (template) {
    case "more_time":
      if (!choices.until) return null;
      return requestMoreTime({
        ...common,
        until: choices.until,
        currentDeadline: choices.deadline,
        reason: choices.reason.trim() || null,
      });
    case "counter": {
      const competing = choices.competing;
      return counterWithCompetingOffer({
        ...common,
        competingCompany: competing && choices.nameCompeting ? competing.company : null,
        competingFigure:
          competing && choices.shareFigure
            ? {
                money: { amount: competing.figures[choices.figureKind], currency: competing.currency },
                kind: choices.figureKind,
              }
            : null,
        shareFigure: choices.shareFigure,
      });
    }
    case "lever_trade":
      if (choices.levers.length === 0) return null;
      return leverTrade({ ...common, levers: choices.levers.map((lever) => ({ lever })) });
    case "expectations":
      return expectationsReply(common);
    case "accept":
      return acceptOffer({ ...common, startDate: choices.startDate });
    case "decline":
      return declineOffer({ ...common, reason: choices.reason.trim() || null });
  }
}

/** What to paste into a mail client: the subject line, a blank line, the body. */
export function messageText(message: Message): string {
  return `Subject: ${message.subject}\n\n${message.body}`;
}
