import { Text, useComputedColorScheme } from "@mantine/core";
import { IconCodeOff } from "@tabler/icons-react";
import type { Language, LanguagesAnswer, PracticeAttempt, ProblemDetail, RunResult } from "@loopwise/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { EmptyCard } from "../../components/EmptyCard";
import { CodeEditor, type EditorHandle } from "./CodeEditor";
import { EditorToolbar } from "./EditorToolbar";
import { InterviewSummaryModal } from "./InterviewSummaryModal";
import { ProblemHeader } from "./ProblemHeader";
import { ResultsPanel } from "./ResultsPanel";
import { SandboxNotice } from "./SandboxNotice";
import { SolveClock } from "./SolveClock";
import { StatementPanel } from "./StatementPanel";
import { chooseLanguage, PREFERRED_LANGUAGE_KEY } from "./language-choice";
import { elapsedSeconds, endSession, interviewDeadline, recordResult } from "./solve-session";
import { useCodeDrafts } from "./use-code-drafts";
import { useJudgeRuns } from "./use-judge-runs";
import { useRunShortcuts } from "./use-run-shortcuts";
import { useSolveSession } from "./use-solve-session";
import classes from "./ProblemPage.module.css";

interface Props {
  problem: ProblemDetail;
  languages: LanguagesAnswer;
}

/**
 * /practice/$slug once loaded: statement and notes on the left, the editor and its results on the
 * right. A chunk of its own (CodeMirror and its languages), loaded when a problem first opens.
 */
export default function ProblemWorkspace({ problem, languages }: Props) {
  const { slug } = problem;
  const dark = useComputedColorScheme("light") === "dark";
  const editor = useRef<EditorHandle>(null);
  // Only languages this machine runs and the problem has starter code for.
  const runnable = languages.languages.filter((info) => problem.starters[info.id] !== undefined);
  const [language, setLanguage] = useState<Language | undefined>(() =>
    chooseLanguage(
      runnable.map((info) => info.id),
      problem.lastLanguage,
      localStorage.getItem(PREFERRED_LANGUAGE_KEY),
    ),
  );
  const drafts = useCodeDrafts(problem, language);
  const { session, now, update, restart } = useSolveSession(slug);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const [stdin, setStdin] = useState("");
  const restoring = useRef<string | null>(null);

  const onJudged = useCallback(
    (mode: "run" | "submit", result: RunResult) => {
      update((s, at) => recordResult(s, mode, result.verdict, at));
      // The summary opens when an accepted submit ends the interview, not for one after its end.
      const running = session.interview && session.endedAt === undefined;
      if (running && mode === "submit" && result.verdict === "accepted") setSummaryOpen(true);
    },
    [update, session.interview, session.endedAt],
  );
  const runs = useJudgeRuns({
    slug,
    language,
    source: () => (language ? drafts.codeOf(language) : ""),
    stdin,
    durationSeconds: () => elapsedSeconds(session, Date.now()),
    interview: session.interview,
    onJudged,
  });
  useRunShortcuts(
    () => runs.execute(runs.tab === "custom" ? "custom" : "run"),
    () => runs.execute("submit"),
  );

  // The countdown reaching zero ends the interview, once, at its deadline.
  const overdue = session.interview && session.endedAt === undefined && now >= interviewDeadline(session);
  useEffect(() => {
    if (!overdue) return;
    update((s) => endSession(s, interviewDeadline(s)));
    setSummaryOpen(true);
  }, [overdue, update]);

  // An attempt restored in another language lands after the editor has switched to it.
  useEffect(() => {
    if (restoring.current === null) return;
    editor.current?.replace(restoring.current);
    restoring.current = null;
  }, [language]);

  const pickLanguage = (next: Language) => {
    localStorage.setItem(PREFERRED_LANGUAGE_KEY, next);
    setLanguage(next);
  };
  const restore = (attempt: PracticeAttempt) => {
    if (!runnable.some((info) => info.id === attempt.language)) return;
    if (attempt.language === language) editor.current?.replace(attempt.code);
    else {
      restoring.current = attempt.code;
      pickLanguage(attempt.language);
    }
  };
  const languageName = (id: Language) => languages.languages.find((info) => info.id === id)?.name ?? id;

  return (
    <div className={classes.page}>
      <ProblemHeader
        problem={problem}
        hideDifficulty={session.interview && session.endedAt === undefined}
        clock={
          <SolveClock
            session={session}
            now={now}
            onStartInterview={() => restart(true)}
            onEndInterview={() => {
              update((s, at) => endSession(s, at));
              setSummaryOpen(true);
            }}
            onRestart={() => restart(false)}
          />
        }
      />
      <SandboxNotice answer={languages} />
      <div className={classes.workspace}>
        <div className={classes.side}>
          <StatementPanel problem={problem} languageName={languageName} onRestore={restore} />
        </div>
        <div className={classes.editorColumn}>
          {language ? (
            <>
              <EditorToolbar
                languages={runnable}
                language={language}
                onLanguage={pickLanguage}
                saveState={drafts.saveState}
                onReset={() => editor.current?.replace(problem.starters[language] ?? "")}
                onRun={() => runs.execute("run")}
                onSubmit={() => runs.execute("submit")}
                busy={runs.pending !== undefined}
              />
              <div className={classes.editorBox}>
                <CodeEditor
                  ref={editor}
                  language={language}
                  docKey={`${slug}:${language}`}
                  code={drafts.codeOf(language)}
                  dark={dark}
                  label={`Your solution in ${languageName(language)}`}
                  onChange={(code) => drafts.change(language, code)}
                  onRun={() => runs.execute(runs.tab === "custom" ? "custom" : "run")}
                  onSubmit={() => runs.execute("submit")}
                />
              </div>
              <div className={classes.results}>
                <ResultsPanel
                  tab={runs.tab}
                  onTab={runs.setTab}
                  judged={runs.judged}
                  custom={runs.custom}
                  pending={runs.pending}
                  stdin={stdin}
                  onStdin={setStdin}
                  onRunCustom={() => runs.execute("custom")}
                  onJump={(line) => editor.current?.jumpTo(line)}
                  hiddenCount={problem.hiddenCount}
                />
              </div>
            </>
          ) : (
            <EmptyCard icon={IconCodeOff} title="No language here runs this problem">
              <Text c="dimmed" ta="center" maw={420} fz="sm">
                Loopwise runs Python, JavaScript and TypeScript (and C++ with g++). Install Python 3 or Node.js on this
                machine, then restart Loopwise. The statement and your notes are still here on the left.
              </Text>
            </EmptyCard>
          )}
        </div>
      </div>
      {summaryOpen && (
        <InterviewSummaryModal
          problem={problem}
          session={session}
          now={now}
          onClose={() => setSummaryOpen(false)}
          onAgain={() => {
            setSummaryOpen(false);
            restart(true);
          }}
        />
      )}
    </div>
  );
}
