import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const offerRoutes = new Hono<AppEnv>();
