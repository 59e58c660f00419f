import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const interviewRoutes = new Hono<AppEnv>();
