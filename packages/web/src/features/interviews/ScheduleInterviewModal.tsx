import { Modal } from "@mantine/core";
import type { InterviewKind } from "@loopwise/domain";
import { useOverlay } from "../../components/overlay-store";
import { useLastDefined } from "../../lib/use-last-defined";
import { ScheduleForm } from "./ScheduleForm";

/** What the schedule dialog starts from: nothing, an application, or an onsite loop to add a session to. */
export interface SchedulePreset {
  applicationId?: string;
  kind?: InterviewKind;
  /** Adding a session: the loop, whose application the session shares. */
  loop?: { id: string; applicationId: string; date: string; timeZone: string };
}

interface Props {
  /** Open with this preset; null when closed. */
  preset: SchedulePreset | null;
  onClose: () => void;
  onScheduled?: (id: string) => void;
}

export function ScheduleInterviewModal({ preset, onClose, onScheduled }: Props) {
  // Keeps its form while it animates out.
  const shown = useLastDefined(preset);
  const onTop = useOverlay(preset !== null);
  return (
    <Modal
      opened={preset !== null}
      onClose={onClose}
      closeOnEscape={onTop}
      title={shown?.loop ? "Add a session" : "Schedule interview"}
      size="lg"
    >
      {shown && <ScheduleForm preset={shown} onDone={onClose} onScheduled={onScheduled} />}
    </Modal>
  );
}
