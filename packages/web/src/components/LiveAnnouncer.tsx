import { useStore } from "../lib/create-store";
import { announcementStore } from "./announce";

/** The one aria-live region that reports moves made from the keyboard or by dragging. */
export function LiveAnnouncer() {
  const { text, n } = useStore(announcementStore);
  return (
    // Fixed, so this one hidden element takes no line of its own below the app.
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className="visually-hidden"
      style={{ position: "fixed" }}
      data-testid="announcer"
    >
      {/* An invisible alternating suffix makes screen readers repeat an identical message. */}
      {text}
      {n % 2 ? "\u00a0" : ""}
    </div>
  );
}
