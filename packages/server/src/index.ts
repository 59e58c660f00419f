export { createApp, type AppType } from "./app.js";
export { systemClock, type Clock } from "./clock.js";
export type { AppDeps } from "./env.js";
export type { ErrorBody } from "./errors.js";
