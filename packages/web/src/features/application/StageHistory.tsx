import { Skeleton, Text, Timeline } from "@mantine/core";
import { IconArrowRight, IconFlag } from "@tabler/icons-react";
import { daysInStage, stageLabel, type StageHistoryEntry } from "@loopwise/domain";
import { useHistory } from "../../api/use-applications";
import { STAGE_COLORS } from "../../components/stage-colors";
import { daysLabel, longDateTime } from "../../lib/dates";

/** Every move of an application, oldest first, with how long it stayed in each stage. */
export function StageHistory({ id }: { id: string }) {
  const history = useHistory(id);
  if (history.isPending) return <Skeleton h={120} aria-label="Loading the moves" />;
  if (history.isError)
    return (
      <Text c="red" fz="sm">
        {history.error.message}
      </Text>
    );
  const entries = history.data;
  const now = new Date();

  return (
    <Timeline active={entries.length - 1} bulletSize={22} lineWidth={2} aria-label="Stage history" role="list">
      {entries.map((entry, i) => (
        <Timeline.Item
          key={entry.id}
          role="listitem"
          color={STAGE_COLORS[entry.toStage]}
          bullet={i === 0 ? <IconFlag size={12} /> : <IconArrowRight size={12} />}
          title={<HistoryTitle entry={entry} />}
        >
          <Text c="dimmed" fz="xs">
            {longDateTime(entry.at)}
          </Text>
          <Text fz="xs" mt={2}>
            {stayText(entry, entries[i + 1], now)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function HistoryTitle({ entry }: { entry: StageHistoryEntry }) {
  return (
    <Text fz="sm" fw={600}>
      {entry.fromStage
        ? `${stageLabel(entry.fromStage)} → ${stageLabel(entry.toStage)}`
        : `Added as ${stageLabel(entry.toStage)}`}
    </Text>
  );
}

/** How long it stayed (until the next move, or until now), counted as the server counts days in stage. */
function stayText(entry: StageHistoryEntry, next: StageHistoryEntry | undefined, now: Date): string {
  const days = daysLabel(daysInStage(entry.at, next ? new Date(next.at) : now));
  return `${days} in ${stageLabel(entry.toStage)}${next ? "" : " so far"}`;
}
