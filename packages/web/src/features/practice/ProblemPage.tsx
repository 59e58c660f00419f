import { Button, Text } from "@mantine/core";
import { IconArrowLeft, IconMoodEmpty } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { isApiError } from "../../api/client";
import { practiceKeys, useLanguages, useProblem } from "../../api/practice";
import { EmptyCard } from "../../components/EmptyCard";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import pageClasses from "../../components/Page.module.css";

const route = getRouteApi("/practice/$slug");
const ProblemWorkspace = lazy(() => import("./ProblemWorkspace"));

/** /practice/$slug: waits for the problem and the languages, then hands over to the workspace. */
export function ProblemPage() {
  const { slug } = route.useParams();
  const problem = useProblem(slug);
  const languages = useLanguages();
  const queryClient = useQueryClient();

  if (isApiError(problem.error) && problem.error.status === 404) {
    return (
      <div className={pageClasses.page}>
        <EmptyCard icon={IconMoodEmpty} title="No such problem">
          <Text c="dimmed" ta="center">
            There is no problem called “{slug}” in the bank. It may have been renamed.
          </Text>
          <Button component={Link} to="/practice" variant="light" leftSection={<IconArrowLeft size={16} />}>
            All problems
          </Button>
        </EmptyCard>
      </div>
    );
  }
  const error = problem.error ?? languages.error;
  if (error && !(problem.data && languages.data)) {
    return (
      <div className={pageClasses.page}>
        <LoadError error={error} onRetry={() => void queryClient.invalidateQueries({ queryKey: practiceKeys.all })} />
      </div>
    );
  }
  if (!problem.data || !languages.data) return <PageLoader />;
  // A new key per problem: moving to another problem starts a fresh workspace (editor, clock, results).
  return (
    <Suspense fallback={<PageLoader />}>
      <ProblemWorkspace key={slug} problem={problem.data} languages={languages.data} />
    </Suspense>
  );
}
