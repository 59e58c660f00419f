import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const offerPreferenceRoutes = new Hono<AppEnv>();
