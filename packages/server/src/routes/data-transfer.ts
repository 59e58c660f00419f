import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const dataTransferRoutes = new Hono<AppEnv>();
