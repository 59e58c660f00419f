import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const todayRoutes = new Hono<AppEnv>();
