import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const taskRoutes = new Hono<AppEnv>();
