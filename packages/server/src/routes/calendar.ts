import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const calendarRoutes = new Hono<AppEnv>();
