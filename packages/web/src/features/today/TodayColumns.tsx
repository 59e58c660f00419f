import { Anchor } from "@mantine/core";
import { IconAlarm, IconCalendarEvent, IconCalendarDue, IconChecklist, IconNotes, IconSend } from "@tabler/icons-react";
import type { TodayAgenda } from "@loopwise/domain";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { InterviewTab } from "../interviews/interview-search";
import { InterviewRow } from "../interviews/InterviewRow";
import { FollowUpRow } from "./FollowUpRow";
import { NotesOwedRow } from "./NotesOwedRow";
import { OfferDeadlineRow } from "./OfferDeadlineRow";
import { PlanActionsSection } from "./PlanActionsSection";
import { TaskRow } from "./TaskRow";
import { TodaySection } from "./TodaySection";
import classes from "./TodayPage.module.css";

interface Props {
  day: TodayAgenda;
  zone: string;
  now: number;
  onOpen: (id: string, tab?: InterviewTab) => void;
  newTask: ReactNode;
}

/** The day's sections: what happens (interviews, notes, the plan's timing) on the left, what to do on the right. */
export function TodayColumns({ day, zone, now, onOpen, newTask }: Props) {
  const agendaLink = (
    <Anchor component={Link} to="/interviews" fz="xs">
      Agenda
    </Anchor>
  );
  return (
    <div className={classes.grid}>
      <div className={classes.column}>
        <TodaySection
          title="Interviews today"
          icon={<IconCalendarEvent size={18} />}
          count={day.interviews.today.length}
          empty="No interviews today."
          action={agendaLink}
        >
          {day.interviews.today.map((i) => (
            <InterviewRow key={i.id} interview={i} zone={zone} now={now} onOpen={onOpen} />
          ))}
        </TodaySection>
        <TodaySection
          title="Tomorrow"
          icon={<IconCalendarDue size={18} />}
          count={day.interviews.tomorrow.length}
          empty="Nothing scheduled for tomorrow."
          color="gray"
        >
          {day.interviews.tomorrow.map((i) => (
            <InterviewRow key={i.id} interview={i} zone={zone} now={now} onOpen={onOpen} />
          ))}
        </TodaySection>
        <TodaySection
          title="Notes owed"
          icon={<IconNotes size={18} />}
          count={day.notesOwed.length}
          empty="All caught up: every finished interview has its notes."
          color="orange"
        >
          {day.notesOwed.map((i) => (
            <NotesOwedRow key={i.id} interview={i} now={now} onOpen={() => onOpen(i.id, "notes")} />
          ))}
        </TodaySection>
        <PlanActionsSection actions={day.planActions} today={day.date} />
      </div>
      <div className={classes.column}>
        <TodaySection
          title="Tasks due"
          icon={<IconChecklist size={18} />}
          count={day.tasks.length}
          empty="No task due today. Add one above."
          top={<div style={{ marginBottom: 8 }}>{newTask}</div>}
        >
          {day.tasks.map((task) => (
            <TaskRow key={task.id} task={task} today={day.date} />
          ))}
        </TodaySection>
        <TodaySection
          title="Follow-ups due"
          icon={<IconSend size={18} />}
          count={day.followUps.length}
          empty="No follow-ups due. Log outreach on a contact to be reminded here."
          color="teal"
        >
          {day.followUps.map((f) => (
            <FollowUpRow key={f.outreachId} followUp={f} />
          ))}
        </TodaySection>
        <TodaySection
          title="Offer deadlines"
          icon={<IconAlarm size={18} />}
          count={day.offerDeadlines.length}
          empty="No offer to answer this week."
          color="red"
        >
          {day.offerDeadlines.map((o) => (
            <OfferDeadlineRow key={o.applicationId} offer={o} />
          ))}
        </TodaySection>
      </div>
    </div>
  );
}
