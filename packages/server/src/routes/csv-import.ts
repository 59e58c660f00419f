import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const csvImportRoutes = new Hono<AppEnv>();
