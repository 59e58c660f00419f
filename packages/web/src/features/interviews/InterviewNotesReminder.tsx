import { Button, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconNotes } from "@tabler/icons-react";
import type { Interview } from "@loopwise/domain";
import { useEffect, useState } from "react";
import { useInterviews } from "../../api/interviews";
import { DISMISS } from "../../components/notify";
import { useOpenInterviewNotes } from "./interview-search";
import { parseReminded, remember, REMINDER_PROMPT, reminderQuestion, remindersDue } from "./notes-reminder";

const STORAGE_KEY = "loopwise-notes-reminded";
const CHECK_EVERY_MS = 15_000;
const REFETCH_EVERY_MS = 3 * 60_000;
/** The list reaches back this far, enough for any interview that can still be fresh. */
const LOOK_BACK_MS = 2 * 86_400_000;

/**
 * Mounted once in the layout: when an interview ends (or ended less than half an hour before the
 * app was opened), asks once for its notes, in the app and, if allowed, on the desktop.
 */
export function InterviewNotesReminder() {
  const [from] = useState(() => new Date(Date.now() - LOOK_BACK_MS).toISOString());
  const list = useInterviews({ from }, { refetchInterval: REFETCH_EVERY_MS });
  const openNotes = useOpenInterviewNotes();

  useEffect(() => {
    const interviews = list.data;
    if (!interviews) return;
    const check = () => {
      const now = Date.now();
      const reminded = parseReminded(localStorage.getItem(STORAGE_KEY));
      const due = remindersDue(interviews, now, reminded);
      if (due.length === 0) return;
      // Written before showing, so a second check (another tab, a re-render) never shows it again.
      localStorage.setItem(STORAGE_KEY, JSON.stringify(remember(reminded, due, now)));
      for (const interview of due) remind(interview, openNotes);
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [list.data, openNotes]);

  return null;
}

function remind(interview: Interview, openNotes: (id: string) => void) {
  const id = `notes-reminder-${interview.id}`;
  const question = reminderQuestion(interview);
  const open = () => {
    notifications.hide(id);
    openNotes(interview.id);
  };
  notifications.show({
    id,
    title: question,
    color: "orange",
    icon: <IconNotes size={18} />,
    autoClose: false,
    closeButtonProps: DISMISS,
    message: (
      <>
        <Text fz="sm">{REMINDER_PROMPT}</Text>
        <Button size="compact-sm" mt={6} variant="light" color="orange" onClick={open}>
          Write notes
        </Button>
      </>
    ),
  });
  if (typeof Notification !== "undefined" && Notification.permission === "granted") {
    const desktop = new Notification(question, { body: REMINDER_PROMPT, tag: id });
    desktop.onclick = () => {
      window.focus();
      desktop.close();
      open();
    };
  }
}
