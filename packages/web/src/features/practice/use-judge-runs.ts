import type { Language, RunBody, RunResult } from "@loopwise/domain";
import { MAX_DURATION_SECONDS } from "@loopwise/domain";
import { useCallback, useState } from "react";
import { useRunCode } from "../../api/practice";
import type { Outcome, ResultsTab, RunMode } from "./ResultsPanel";

interface Context {
  slug: string;
  language: Language | undefined;
  source: () => string;
  stdin: string;
  durationSeconds: () => number;
  interview: boolean;
  /** After the judge answered a run on the examples or a submit. */
  onJudged: (mode: "run" | "submit", result: RunResult) => void;
}

/** Runs, submits and custom runs: one at a time, each outcome kept for its tab. */
export function useJudgeRuns(context: Context) {
  const run = useRunCode(context.slug);
  const [pending, setPending] = useState<RunMode>();
  const [judged, setJudged] = useState<Outcome>();
  const [custom, setCustom] = useState<Outcome>();
  const [tab, setTab] = useState<ResultsTab>("result");

  const { slug, language, source, stdin, durationSeconds, interview, onJudged } = context;
  const execute = useCallback(
    (mode: RunMode) => {
      if (!language || pending) return;
      const code = source();
      const body: RunBody =
        mode === "custom"
          ? { language, source: code, mode: "run", stdin }
          : {
              language,
              source: code,
              problem: slug,
              mode,
              durationSeconds: Math.min(durationSeconds(), MAX_DURATION_SECONDS),
              interview,
            };
      const keep = mode === "custom" ? setCustom : setJudged;
      setPending(mode);
      setTab(mode === "custom" ? "custom" : "result");
      run.mutate(body, {
        onSuccess: (result) => {
          keep({ mode, result });
          if (mode !== "custom") onJudged(mode, result);
        },
        onError: (error) => keep({ mode, error }),
        onSettled: () => setPending(undefined),
      });
    },
    [language, pending, source, stdin, slug, durationSeconds, interview, onJudged, run],
  );

  return { execute, pending, judged, custom, tab, setTab };
}
