/** What every calendar builder needs besides the rows. */
export interface IcsContext {
  /** DTSTAMP of every event: when the file was written. */
  now: Date;
  /** Origin of the web app (e.g. http://127.0.0.1:4820), for links back; none when unknown. */
  appUrl?: string;
}

// iCalendar TEXT may hold no control characters but tab and line breaks.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text a calendar can carry: control characters dropped, line breaks as \n. */
export function plainText(text: string): string {
  return text.replace(CONTROL, "").replace(/\r\n?/g, "\n");
}

/** Non-empty parts, one a line. */
export function lines(...parts: (string | null | undefined | false)[]): string {
  return plainText(parts.filter((part): part is string => Boolean(part)).join("\n"));
}

/**
 * A URL for a URI property. ical-generator escapes it as if it were text (`\,` `\;`), which
 * RFC 5545 does not do for URIs, so a calendar would open a broken link; percent-encoding the few
 * characters it escapes keeps the link the same for every reader.
 */
export function uriValue(url: string): string {
  return url.replace(/[,;\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
