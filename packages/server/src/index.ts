export { createApp, type AppType } from "./app.js";
export { systemClock, type Clock } from "./clock.js";
export type { AppDeps } from "./env.js";
export type { ErrorBody } from "./errors.js";
export type { BankProblem, JudgeRunRequest, JudgeStatus, PracticeJudge } from "./services/practice-judge.js";
export { createRunnerJudge, type RunnerJudgeOptions } from "./services/practice-judge-runner.js";
