import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const contactRoutes = new Hono<AppEnv>();
