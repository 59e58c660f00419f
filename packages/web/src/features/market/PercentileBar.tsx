import { Group, Text, Tooltip } from "@mantine/core";
import { compactMoney, exactMoney } from "../../lib/money";
import { barLayout } from "./market-scope";
import classes from "./PercentileBar.module.css";

interface Props {
  currency: string;
  offer: number;
  p25: number;
  p50: number;
  p75: number;
  min: number;
  max: number;
}

/** The points' range, their middle half (p25-p75) with the median, and the offer as a marker. */
export function PercentileBar({ currency, offer, p25, p50, p75, min, max }: Props) {
  const at = barLayout({ p25, p50, p75, offer, min, max });
  const money = (value: number) => compactMoney(value, currency);
  return (
    <div>
      <div
        className={classes.track}
        role="img"
        aria-label={`Offer ${exactMoney(offer, currency)}; middle half of the points ${exactMoney(p25, currency)} to ${exactMoney(p75, currency)}, median ${exactMoney(p50, currency)}`}
      >
        <div className={classes.range} style={{ left: `${at.min}%`, width: `${at.max - at.min}%` }} />
        <Tooltip label={`25th to 75th percentile: ${money(p25)} to ${money(p75)}`}>
          <div
            className={classes.band}
            style={{ left: `${at.bandStart}%`, width: `${Math.max(at.bandEnd - at.bandStart, 0.5)}%` }}
          />
        </Tooltip>
        <Tooltip label={`Median ${exactMoney(p50, currency)}`}>
          <div className={classes.median} style={{ left: `${at.median}%` }} />
        </Tooltip>
        <Tooltip label={`This offer: ${exactMoney(offer, currency)}`}>
          <div className={classes.offer} style={{ left: `${at.offer}%` }} />
        </Tooltip>
      </div>
      <Group justify="space-between" fz="xs" c="dimmed">
        <Text fz="xs" c="dimmed">
          {money(Math.min(min, offer))}
        </Text>
        <Text fz="xs" c="dimmed">
          p25 {money(p25)} · median {money(p50)} · p75 {money(p75)}
        </Text>
        <Text fz="xs" c="dimmed">
          {money(Math.max(max, offer))}
        </Text>
      </Group>
    </div>
  );
}
