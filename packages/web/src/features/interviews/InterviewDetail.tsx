import { Tabs } from "@mantine/core";
import { IconCalendarEvent, IconListDetails, IconNotes } from "@tabler/icons-react";
import type { Interview } from "@loopwise/domain";
import { useRef } from "react";
import { InterviewDetailsPanel } from "./InterviewDetailsPanel";
import { InterviewHeader } from "./InterviewHeader";
import { InterviewNotesPanel } from "./InterviewNotesPanel";
import type { InterviewTab } from "./interview-search";
import { LoopSessions } from "./LoopSessions";
import classes from "./InterviewDetail.module.css";

interface Props {
  interview: Interview;
  tab: InterviewTab | undefined;
  onTabChange: (tab: InterviewTab) => void;
  onOpen: (id: string, tab?: InterviewTab) => void;
  onClose: () => void;
  onDeleted: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** One interview: notes and outcome after it, its schedule and preparation before, a loop's sessions. */
export function InterviewDetail({ interview, tab, onTabChange, onOpen, onClose, onDeleted, onDirtyChange }: Props) {
  const isLoop = interview.kind === "onsite_loop";
  const ended = Date.parse(interview.endsAt) <= Date.now();
  const fallback: InterviewTab = ended ? "notes" : "details";
  const current = tab === "sessions" && !isLoop ? fallback : (tab ?? fallback);
  // Both forms stay mounted across tabs, so a draft survives a look at the other tab.
  const dirty = useRef({ notes: false, details: false });
  const report = (panel: "notes" | "details") => (value: boolean) => {
    dirty.current[panel] = value;
    onDirtyChange(dirty.current.notes || dirty.current.details);
  };
  return (
    <div className={classes.root}>
      <Tabs value={current} onChange={(value) => value && onTabChange(value as InterviewTab)} className={classes.root}>
        <div className={classes.header}>
          <InterviewHeader interview={interview} onOpen={onOpen} onClose={onClose} />
          <Tabs.List mt="sm" style={{ borderBottom: 0 }}>
            <Tabs.Tab value="notes" leftSection={<IconNotes size={16} />}>
              Notes &amp; outcome
            </Tabs.Tab>
            <Tabs.Tab value="details" leftSection={<IconListDetails size={16} />}>
              Schedule &amp; prep
            </Tabs.Tab>
            {isLoop && (
              <Tabs.Tab value="sessions" leftSection={<IconCalendarEvent size={16} />}>
                Sessions ({interview.sessionIds.length})
              </Tabs.Tab>
            )}
          </Tabs.List>
        </div>
        <div className={classes.body}>
          <Tabs.Panel value="notes">
            <InterviewNotesPanel interview={interview} onDirtyChange={report("notes")} />
          </Tabs.Panel>
          <Tabs.Panel value="details">
            <InterviewDetailsPanel interview={interview} onDirtyChange={report("details")} onDeleted={onDeleted} />
          </Tabs.Panel>
          {isLoop && (
            <Tabs.Panel value="sessions">
              <LoopSessions loop={interview} onOpen={onOpen} />
            </Tabs.Panel>
          )}
        </div>
      </Tabs>
    </div>
  );
}
