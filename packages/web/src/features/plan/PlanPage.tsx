import { Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { usePlan, useTimingSettings } from "../../api/timing";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { browserTimeZone } from "../interviews/interview-time";
import { PlanEmpty } from "./PlanEmpty";
import { PlanView } from "./PlanView";
import pageClasses from "../../components/Page.module.css";
import classes from "./PlanPage.module.css";

/** Plan: time the search so the offers land together. */
export function PlanPage() {
  const tz = useMemo(() => browserTimeZone(), []);
  const plan = usePlan(tz);
  const settings = useTimingSettings();
  const error = plan.error ?? settings.error;

  return (
    <div className={pageClasses.page}>
      <div className={classes.content}>
        <Title order={2}>Plan</Title>
        <Text c="dimmed" fz="sm" mb="lg">
          When to apply, book and ask, so your offers are open at the same time: the strongest place to negotiate from.
        </Text>
      </div>
      {error && !(plan.data && settings.data) ? (
        <LoadError
          error={error}
          onRetry={() => {
            void plan.refetch();
            void settings.refetch();
          }}
        />
      ) : !plan.data || !settings.data ? (
        <PageLoader />
      ) : plan.data.input.applications.length === 0 ? (
        <div className={classes.content}>
          <PlanEmpty />
        </div>
      ) : (
        <PlanView answer={plan.data} constraints={settings.data} />
      )}
    </div>
  );
}
