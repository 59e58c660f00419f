import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { AnalyticsTotals } from "@loopwise/domain";
import { percent } from "./analytics-format";

function Stat({ label, value, detail }: { label: string; value: string | number; detail: string }) {
  return (
    <Paper withBorder radius="lg" p="md">
      <Text fz="xs" tt="uppercase" fw={700} c="dimmed" lts={0.4}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} style={{ fontVariantNumeric: "tabular-nums" }}>
        {value}
      </Text>
      <Text fz="xs" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

/** The headline figures of the range. */
export function TotalsStrip({ totals }: { totals: AnalyticsTotals }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
      <Stat
        label="Applications"
        value={totals.applications}
        detail={`${totals.active} active · ${totals.closed} closed${totals.accepted ? ` · ${totals.accepted} accepted` : ""}`}
      />
      <Stat
        label="Response rate"
        value={percent(totals.responseRate)}
        detail={`${totals.responded} of ${totals.applied} sent heard back`}
      />
      <Stat label="Offers" value={totals.offers} detail={`${percent(totals.offerRate)} of applications sent`} />
      <Stat label="Interviews held" value={totals.interviews} detail="in these weeks" />
      <Stat label="Outreach" value={totals.outreach} detail="messages and calls logged" />
    </SimpleGrid>
  );
}
