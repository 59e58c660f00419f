import { Forbidden } from "@loopwise/domain";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A local server on 127.0.0.1 is reachable from any web page the user visits: refuse requests
 * for other host names (DNS rebinding) and state changes sent from another origin (CSRF).
 */
export function requestGuards(allowedHosts: readonly string[] | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const host = c.req.header("host");
    if (allowedHosts && host && !allowedHosts.includes(host.replace(/:\d+$/, "").toLowerCase())) {
      throw new Forbidden(`This server does not answer to host ${host}`);
    }
    const origin = c.req.header("origin");
    if (!SAFE_METHODS.has(c.req.method) && origin && origin !== "null") {
      const originHost = URL.canParse(origin) ? new URL(origin).host : "";
      if (!host || originHost !== host) throw new Forbidden("Cross-origin requests may not change data");
    }
    if (!SAFE_METHODS.has(c.req.method) && origin === "null") {
      throw new Forbidden("Cross-origin requests may not change data");
    }
    await next();
  });
}
