import { BarsList } from "@mantine/charts";
import { Group, Text } from "@mantine/core";
import { IconArrowDown } from "@tabler/icons-react";
import { stageLabel, type AnalyticsReport, type FunnelStep } from "@loopwise/domain";
import { STAGE_COLORS } from "../../components/stage-colors";
import { percent } from "./analytics-format";
import { ChartCard } from "./ChartCard";
import { FigureTable } from "./FigureTable";

type Props = Pick<AnalyticsReport, "funnel" | "conversions">;

const NOBODY = {
  backgroundColor: "transparent",
  color: "var(--mantine-color-dimmed)",
  outline: "1px dashed var(--mantine-color-default-border)",
  outlineOffset: -1,
};

/** What happened after a step: the share that went on, and where the others stopped. */
function StepOutcome({ step, rate, last }: { step: FunnelStep; rate: number | null; last: boolean }) {
  const stopped = [
    step.stoppedClosed > 0 ? `${step.stoppedClosed} closed here` : null,
    step.stoppedOpen > 0 ? `${step.stoppedOpen} ${last ? "accepted" : "still here"}` : null,
  ].filter(Boolean);
  if (step.reached === 0 || (last && stopped.length === 0)) return null;
  return (
    <Group gap={6} pl="sm" py={2} c="dimmed" fz="xs" wrap="nowrap">
      {!last && <IconArrowDown size={13} aria-hidden />}
      {!last && (
        <Text span fz="xs" fw={600} c="var(--mantine-color-text)">
          {percent(rate)} went on
        </Text>
      )}
      {stopped.length > 0 && (
        <Text span fz="xs">
          {!last && "· "}
          {stopped.join(" · ")}
        </Text>
      )}
    </Group>
  );
}

export function FunnelCard({ funnel, conversions }: Props) {
  const byLabel = new Map(funnel.map((step, i) => [stageLabel(step.stage), i]));
  return (
    <ChartCard
      title="Funnel"
      description="How many applications reached each stage (skipping a stage counts as passing it), and how many went on."
      chart={
        <BarsList
          data={funnel.map((step) => ({
            name: stageLabel(step.stage),
            value: step.reached,
            color: STAGE_COLORS[step.stage],
          }))}
          barsLabel="Stage"
          valueLabel="Reached"
          minBarSize={150}
          barGap={2}
          // A stage nobody reached keeps its name, as an outline rather than a bar.
          getBarProps={(bar) => (bar.value === 0 ? { style: NOBODY } : {})}
          renderBar={(bar, defaultBar) => {
            const i = byLabel.get(bar.name)!;
            return (
              <>
                {defaultBar}
                <StepOutcome step={funnel[i]!} rate={conversions[i]?.rate ?? null} last={i === funnel.length - 1} />
              </>
            );
          }}
        />
      }
      table={
        <FigureTable
          head={["Stage", "Reached", "Went on", "Closed here", "Still here"]}
          rows={funnel.map((step, i) => ({
            key: step.stage,
            cells: [
              stageLabel(step.stage),
              step.reached,
              i < conversions.length ? percent(conversions[i]!.rate) : "–",
              step.stoppedClosed,
              step.stoppedOpen,
            ],
          }))}
        />
      }
    />
  );
}
