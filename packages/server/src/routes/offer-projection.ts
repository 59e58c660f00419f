import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const offerProjectionRoutes = new Hono<AppEnv>();
