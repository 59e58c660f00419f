import { useStore } from "../lib/create-store";
import { announcementStore } from "./announce";

/** The one aria-live region that reports moves made from the keyboard or by dragging. */
export function LiveAnnouncer() {
  const { text, n } = useStore(announcementStore);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="announcer">
      {/* An invisible alternating suffix makes screen readers repeat an identical message. */}
      {text}
      {n % 2 ? "\u00a0" : ""}
    </div>
  );
}
