import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const analyticsRoutes = new Hono<AppEnv>();
