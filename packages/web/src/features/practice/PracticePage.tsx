import { Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { IconCode, IconFilterOff } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { practiceKeys, useLanguages, useProblems } from "../../api/practice";
import { EmptyCard } from "../../components/EmptyCard";
import { LoadError } from "../../components/LoadError";
import { ProblemFilters } from "./ProblemFilters";
import { ProblemTable } from "./ProblemTable";
import { ProgressSummary } from "./ProgressSummary";
import { SandboxNotice } from "./SandboxNotice";
import { TrackedSection } from "./TrackedSection";
import { toProblemQuery, type PracticeSearch } from "./practice-search";
import pageClasses from "../../components/Page.module.css";
import classes from "./PracticePage.module.css";

/** /practice: the problem bank with the user's progress, filters in the URL, and problems tracked elsewhere. */
export function PracticePage() {
  const search = useSearch({ from: "/practice" });
  const navigate = useNavigate({ from: "/practice" });
  const queryClient = useQueryClient();
  const list = useProblems(toProblemQuery(search));
  const languages = useLanguages();

  const patch = (changes: Partial<PracticeSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...changes }), replace: true });
  const clear = () => void navigate({ search: {}, replace: true });

  return (
    <div className={pageClasses.page}>
      <div className={classes.content}>
        <Title order={2}>Practice</Title>
        <Text c="dimmed" fz="sm" mb="lg">
          Original problems judged on this machine. Pick one by topic, solve it beside the statement, and see what
          passed.
        </Text>
        {languages.data && <SandboxNotice answer={languages.data} />}
        {list.error && !list.data ? (
          <LoadError
            error={list.error}
            onRetry={() => void queryClient.invalidateQueries({ queryKey: practiceKeys.lists })}
          />
        ) : !list.data ? (
          <Center h="40vh">
            <Stack align="center" gap="xs">
              <Loader type="dots" aria-label="Loading the problem bank" />
              <Text fz="sm" c="dimmed">
                Loading the problem bank…
              </Text>
            </Stack>
          </Center>
        ) : list.data.summary.total === 0 ? (
          <EmptyCard icon={IconCode} title="The problem bank is empty">
            <Text c="dimmed" ta="center" maw={460}>
              Loopwise found no problems in its content folder. Reinstall it, or check that content/problems is next to
              the server.
            </Text>
          </EmptyCard>
        ) : (
          <>
            <ProgressSummary summary={list.data.summary} topic={search.topic} onTopic={(topic) => patch({ topic })} />
            <ProblemFilters
              search={search}
              onChange={patch}
              onClear={clear}
              shown={list.data.problems.length}
              total={list.data.summary.total}
            />
            {list.data.problems.length === 0 ? (
              <EmptyCard icon={IconFilterOff} title="No problem matches these filters">
                <Text c="dimmed" ta="center">
                  Change a filter above, or clear them to see the whole bank.
                </Text>
                <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={clear}>
                  Clear filters
                </Button>
              </EmptyCard>
            ) : (
              <ProblemTable problems={list.data.problems} />
            )}
          </>
        )}
        <TrackedSection />
      </div>
    </div>
  );
}
