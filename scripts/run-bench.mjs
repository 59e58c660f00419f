// Runs the benchmarks in bench/<name>/index.ts one after the other, each in its own Node process
// with the tsx loader. Each prints one JSON line on stdout (forwarded here) and its progress on
// stderr. `npm run bench -- pipeline` runs only the named ones. Exits non-zero when one fails.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = join(root, "bench");

const available = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(benchDir, entry.name, "index.ts")))
  .map((entry) => entry.name)
  .sort();

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`bench: no benchmark named ${unknown.join(", ")}; there are: ${available.join(", ") || "none"}`);
  process.exit(2);
}
const selected = wanted.length > 0 ? available.filter((name) => wanted.includes(name)) : available;
if (selected.length === 0) {
  console.error("bench: no benchmarks found in bench/*/index.ts");
  process.exit(2);
}

/** Runs one benchmark; resolves to true when it exited 0 and printed a JSON line. */
function run(name) {
  return new Promise((resolve) => {
    console.error(`bench: ${name}`);
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", join(benchDir, name, "index.ts")], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", (error) => {
      console.error(`bench: ${name} could not start: ${error.message}`);
      resolve(false);
    });
    child.on("close", (code, signal) => {
      const lines = out.split("\n").filter((line) => line.trim() !== "");
      for (const line of lines) process.stdout.write(`${line}\n`);
      if (code !== 0) {
        console.error(`bench: ${name} failed (${signal ?? `exit code ${code}`})`);
        return resolve(false);
      }
      const json = lines.filter((line) => {
        try {
          return typeof JSON.parse(line) === "object";
        } catch {
          return false;
        }
      });
      if (json.length !== 1) {
        console.error(`bench: ${name} printed ${json.length} JSON lines on stdout; expected exactly one`);
        return resolve(false);
      }
      resolve(true);
    });
  });
}

const failed = [];
for (const name of selected) {
  if (!(await run(name))) failed.push(name);
}
if (failed.length > 0) {
  console.error(`bench: ${failed.length} of ${selected.length} failed: ${failed.join(", ")}`);
  process.exit(1);
}
