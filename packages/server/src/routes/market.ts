import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const marketRoutes = new Hono<AppEnv>();
