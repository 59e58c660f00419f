// Bundles the CLI and the workspace packages it uses into one file, so `loopwise` starts without
// a TypeScript loader; npm dependencies stay external and load from node_modules.
import { build } from "esbuild";
import { cpSync, rmSync } from "node:fs";

const out = new URL("../packages/cli/dist/", import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });

await build({
  entryPoints: [new URL("../packages/cli/src/main.ts", import.meta.url).pathname],
  outfile: `${out}loopwise.js`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [
    {
      name: "external-npm-packages",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("@loopwise/") ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});

cpSync(new URL("../packages/db/migrations", import.meta.url).pathname, `${out}migrations`, { recursive: true });
