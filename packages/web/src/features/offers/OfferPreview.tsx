import { Card, Group, Stack, Text } from "@mantine/core";
import type { Projection } from "@loopwise/domain";
import { lazy, Suspense } from "react";
import { fullMoney, shortMoney } from "../../lib/money";
import classes from "./OfferPreview.module.css";

const PreviewChart = lazy(() => import("./PreviewChart"));

interface Props {
  projection: Projection | null;
  /** The figures are from the last input that could be computed. */
  stale: boolean;
  issueCount: number;
}

function Figure({
  label,
  minor,
  currency,
  strong,
}: {
  label: string;
  minor: number;
  currency: string;
  strong?: boolean;
}) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={strong ? 24 : 18} fw={700} title={fullMoney(minor, currency)} className={classes.figure}>
        {shortMoney(minor, currency)}
      </Text>
    </div>
  );
}

/** What the offer pays as typed: redrawn on every keystroke, never blank while a field is half done. */
export function OfferPreview({ projection, stale, issueCount }: Props) {
  if (!projection) {
    return (
      <Card withBorder radius="md" className={classes.card}>
        <Text fz="sm" c="dimmed">
          Enter a base salary and the year-by-year money appears here.
        </Text>
      </Card>
    );
  }
  const currency = projection.currency;
  const horizon = projection.years.filter((year) => !year.steady).length;
  const year1 = projection.years[0]!.total;
  const gap = year1 - projection.annualized;
  return (
    <Card withBorder radius="md" className={classes.card} data-stale={stale || undefined} aria-live="polite">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Figure label="Year 1" minor={year1} currency={currency} strong />
          <Figure
            label={`${horizon} years`}
            minor={projection.cumulative[horizon - 1]!.total}
            currency={currency}
            strong
          />
        </Group>
        <Text fz="xs" c="dimmed">
          Headline {shortMoney(projection.annualized, currency)} a year
          {gap === 0 ? "" : `; year 1 is ${shortMoney(Math.abs(gap), currency)} ${gap > 0 ? "above" : "below"} it`}
        </Text>
        <Suspense fallback={<div style={{ height: 166 }} />}>
          <PreviewChart projection={projection} />
        </Suspense>
        {stale && (
          <Text fz="xs" c="orange">
            {issueCount > 0
              ? `Fix ${issueCount === 1 ? "one field" : `${issueCount} fields`} to update these figures.`
              : "Updating…"}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
