import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const applicationContactRoutes = new Hono<AppEnv>();
