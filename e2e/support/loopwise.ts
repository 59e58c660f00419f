import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveConfig } from "../../packages/cli/src/config.js";
import { startLoopwise, type Running } from "../../packages/cli/src/start.js";

const WEB_ROOT = fileURLToPath(new URL("../../packages/web/dist", import.meta.url));

/** A real Loopwise on a fresh, empty home and a free port, serving the built web app. */
export async function startFreshLoopwise(): Promise<Running & { home: string; cleanup(): Promise<void> }> {
  if (!existsSync(join(WEB_ROOT, "index.html"))) throw new Error("the web app is not built: run npm run build");
  const home = mkdtempSync(join(tmpdir(), "loopwise-e2e-"));
  const running = await startLoopwise(resolveConfig({ port: "0", home, open: false }, {}), { webRoot: WEB_ROOT });
  return {
    ...running,
    home,
    async cleanup() {
      await running.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
