import { Button, Card, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCalendarPlus, IconHistory } from "@tabler/icons-react";
import type { Interview } from "@loopwise/domain";
import type { UseQueryResult } from "@tanstack/react-query";
import { useMemo } from "react";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { AgendaDays } from "./AgendaDays";
import type { InterviewTab } from "./interview-search";
import { browserTimeZone } from "./interview-time";

interface Props {
  view: "upcoming" | "past";
  query: UseQueryResult<Interview[]>;
  now: number;
  onOpen: (id: string, tab?: InterviewTab) => void;
  onSchedule: () => void;
}

/** The agenda of one tab: upcoming soonest first, past latest first; or what to do when it is empty. */
export function InterviewList({ view, query, now, onOpen, onSchedule }: Props) {
  const zone = browserTimeZone();
  const interviews = useMemo(
    () => (view === "past" ? [...(query.data ?? [])].reverse() : (query.data ?? [])),
    [query.data, view],
  );
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoader />;
  if (interviews.length === 0) return <EmptyList view={view} onSchedule={onSchedule} />;
  return <AgendaDays interviews={interviews} zone={zone} now={now} onOpen={onOpen} />;
}

function EmptyList({ view, onSchedule }: Pick<Props, "view" | "onSchedule">) {
  const upcoming = view === "upcoming";
  return (
    <Card withBorder radius="lg" p="xl">
      <Stack align="center" gap="xs">
        <ThemeIcon size={48} radius="xl" variant="light">
          {upcoming ? <IconCalendarPlus size={26} /> : <IconHistory size={26} />}
        </ThemeIcon>
        <Title order={3} fz="lg">
          {upcoming ? "Nothing scheduled" : "No past interviews yet"}
        </Title>
        <Text c="dimmed" fz="sm" ta="center" maw={420}>
          {upcoming
            ? "When a recruiter books a call or an onsite, add it here: it shows on Today, reminds you to write notes afterwards, and goes into your calendar."
            : "Interviews move here once they end, with a flag on each one whose notes you still owe."}
        </Text>
        {upcoming && (
          <Button mt="xs" leftSection={<IconCalendarPlus size={16} />} onClick={onSchedule}>
            Schedule interview
          </Button>
        )}
      </Stack>
    </Card>
  );
}
