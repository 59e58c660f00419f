import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps, AppEnv } from "./env.js";
import { errorResponse, notFoundResponse } from "./errors.js";
import { requestGuards } from "./middleware/request-guards.js";
import { analyticsRoutes } from "./routes/analytics.js";
import { applicationContactRoutes } from "./routes/application-contacts.js";
import { applicationRoutes } from "./routes/applications.js";
import { calendarRoutes } from "./routes/calendar.js";
import { companyRoutes } from "./routes/companies.js";
import { contactRoutes } from "./routes/contacts.js";
import { csvImportRoutes } from "./routes/csv-import.js";
import { dataTransferRoutes } from "./routes/data-transfer.js";
import { interviewRoutes } from "./routes/interviews.js";
import { marketRoutes } from "./routes/market.js";
import { offerPreferenceRoutes } from "./routes/offer-preferences.js";
import { offerProjectionRoutes, openApiRoutes } from "./routes/offer-projection.js";
import { offerRoutes } from "./routes/offers.js";
import { problemRoutes } from "./routes/practice.js";
import { languageRoutes, runRoutes } from "./routes/practice-runs.js";
import { trackedProblemRoutes } from "./routes/practice-tracked.js";
import { systemRoutes } from "./routes/system.js";
import { taskRoutes } from "./routes/tasks.js";
import { timingOverrideRoutes, timingRoutes } from "./routes/timing.js";
import { todayRoutes } from "./routes/today.js";

const MAX_BODY_BYTES = 1024 * 1024;
/** Imports and restores carry whole files; their routes set their own, larger limit. */
const CALENDAR_FEED_PATH = /^\/api\/calendar\/feed\//;
const LARGE_BODY_PATHS = /^\/api\/(import|restore|market\/import)(\/|$)/;

const smallBodies = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => c.json({ error: { code: "too_large", message: "The request body is over 1 MB" } }, 413),
});

/** The API alone: its type is what the web client is typed against. */
function createApi(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("deps", deps);
      // A calendar app fetching the feed has no session: the secret in its URL names the user.
      if (!CALENDAR_FEED_PATH.test(c.req.path)) c.set("userId", await deps.resolveUser(c));
      await next();
    })
    .use(async (c, next) => (LARGE_BODY_PATHS.test(c.req.path) ? next() : smallBodies(c, next)))
    .route("/", systemRoutes)
    .route("/companies", companyRoutes)
    .route("/applications", applicationRoutes)
    .route("/applications", applicationContactRoutes)
    .route("/contacts", contactRoutes)
    .route("/interviews", interviewRoutes)
    .route("/tasks", taskRoutes)
    .route("/today", todayRoutes)
    .route("/calendar", calendarRoutes)
    .route("/analytics", analyticsRoutes)
    .route("/import/csv", csvImportRoutes)
    .route("/offers", offerProjectionRoutes)
    .route("/offers", offerRoutes)
    .route("/offer-preferences", offerPreferenceRoutes)
    .route("/market", marketRoutes)
    .route("/timing", timingRoutes)
    .route("/applications", timingOverrideRoutes)
    .route("/languages", languageRoutes)
    .route("/problems", problemRoutes)
    .route("/runs", runRoutes)
    .route("/tracked-problems", trackedProblemRoutes)
    .route("/", openApiRoutes)
    .route("/", dataTransferRoutes);
}

export type AppType = ReturnType<typeof createApi>;

/** The whole HTTP application: API under /api, and the built web app at / when given. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.onError(errorResponse);
  app.notFound(notFoundResponse);
  app.use(requestGuards(deps.allowedHosts));
  app.use(secureHeaders({ crossOriginEmbedderPolicy: false }));
  const api = createApi(deps);
  api.onError(errorResponse);
  api.notFound(notFoundResponse);
  app.route("/api", api);
  // An unknown API path is a JSON 404, never the web app's shell below.
  app.all("/api/*", notFoundResponse);
  if (deps.webRoot) {
    const root = deps.webRoot;
    app.use("/assets/*", async (c, next) => {
      c.header("Cache-Control", "public, max-age=31536000, immutable");
      await next();
    });
    app.get("*", serveStatic({ root }));
    // Client-side routes load the app shell; the router takes it from there.
    app.get("*", serveStatic({ root, path: "index.html" }));
  }
  return app;
}
