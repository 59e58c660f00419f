/**
 * Ready-to-edit messages for the actions that ask someone something. Plain, polite, honest: they
 * never invent a competing offer, and leave the recruiter's name and the signature to the user.
 */
export interface DraftMessage {
  subject: string;
  body: string;
}

/** "Saturday 12 December": how a person writes a date in a message. */
export function spokenDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
}

export function extensionMessage(company: string, deadline: string, asked: string): DraftMessage {
  return {
    subject: `Offer timeline — ${company}`,
    body: [
      "Hi [recruiter's name],",
      "",
      `Thank you again for the offer. I'm excited about the role and the team, and I want to give you a considered answer rather than a rushed one.`,
      "",
      `I'm finishing a few conversations I committed to before your offer arrived. Would it be possible to move the deadline from ${spokenDate(deadline)} to ${spokenDate(asked)}? I'll keep you posted as things move, and I'm happy to talk through any open questions in the meantime.`,
      "",
      "Best regards,",
      "[Your name]",
    ].join("\n"),
  };
}

export function stallMessage(company: string, from: string): DraftMessage {
  return {
    subject: `Scheduling the next round — ${company}`,
    body: [
      "Hi [recruiter's name],",
      "",
      `Thank you for moving me forward; I'm looking forward to the next conversation with ${company}.`,
      "",
      `My calendar is tight for the next little while. Could we schedule the next round for the week of ${spokenDate(from)} or a little later? If that is hard on your side, tell me and I'll make something work.`,
      "",
      "Best,",
      "[Your name]",
    ].join("\n"),
  };
}

export function expediteMessage(company: string, decideBy: string): DraftMessage {
  return {
    subject: `Timeline question — ${company}`,
    body: [
      "Hi [recruiter's name],",
      "",
      `I'm enjoying the process with ${company}, and it is one of the places I most want to join.`,
      "",
      `Other processes of mine are further along, and I expect to make a decision around ${spokenDate(decideBy)}. Is there a way to move the next steps forward so that ${company} can be part of that decision? I'm flexible on interview times and can make myself available at short notice.`,
      "",
      "Best,",
      "[Your name]",
    ].join("\n"),
  };
}
