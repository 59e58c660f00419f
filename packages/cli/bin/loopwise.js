#!/usr/bin/env node
// The installed `loopwise` command: runs the built bundle, or says how to build it.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/loopwise.js", import.meta.url);
if (!existsSync(bundle)) {
  console.error("loopwise: not built yet. Run `npm start` (or `npm run build`) in the Loopwise folder first.");
  process.exit(1);
}
await import(bundle.href);
