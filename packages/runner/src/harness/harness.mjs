/**
 * Loopwise's JavaScript and TypeScript harness: started warm inside the sandbox (for TypeScript with
 * esbuild's service already running), it waits for one job on stdin. cases mode loads the solution
 * once and calls it for every case in this process, one JSON line per case on fd 3 (the user's prints
 * stay on stdout); script mode runs the program with the job's stdin. The host compares answers.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import { ListNode, TreeNode, toJson, toNative } from "./node-values.mjs";
import { serveStdin } from "./node-stdin.mjs";
import { startWatchdog } from "./node-watchdog.mjs";
import { sourceLineLookup } from "./source-map.mjs";

const typescript = process.env.LOOPWISE_LANGUAGE === "typescript";
const FILENAME = typescript ? "solution.ts" : "solution.js";
const esbuild = typescript ? createRequire(import.meta.url)(process.env.LOOPWISE_ESBUILD) : undefined;
// Starts esbuild's service now, while the sandbox waits in the pool, not when the job arrives.
const warm = esbuild?.transform("let warm: number = 1", { loader: "ts" });
let lineOf = (line) => line;
// The sandbox's stdout and stderr are sockets, which Node writes asynchronously: a flood would queue
// in memory and be dropped at exit, never reaching the output limit. Blocking writes, as on a pipe.
for (const stream of [process.stdout, process.stderr]) stream._handle?.setBlocking?.(true);
// Started with the harness, so its thread is ready before the job arrives.
const watchdog = startWatchdog(Number(process.env.LOOPWISE_MEMORY_MB));

function emit(record) {
  fs.writeSync(3, JSON.stringify(record) + "\n");
}

const memoryKb = () => process.resourceUsage().maxRSS;

/** Blocks until the job has come and stdin is closed: reading fd 0 directly is ~40 ms faster than process.stdin. */
function readJob() {
  return JSON.parse(fs.readFileSync(0, "utf8"));
}

/** The transpiled (or plain) code, or a compile error record. */
async function transpile(source) {
  if (!typescript) return { code: source };
  await warm;
  try {
    const out = await esbuild.transform(source, {
      loader: "ts",
      sourcefile: FILENAME,
      sourcemap: "external",
      target: "node20",
    });
    const lookup = sourceLineLookup(out.map);
    lineOf = (line, column) => lookup(line, column) ?? line;
    return { code: out.code };
  } catch (error) {
    const lines = (error.errors ?? []).map(
      (e) => `${FILENAME}:${e.location?.line}:${e.location?.column}: error: ${e.text}`,
    );
    return { error: { message: lines.join("\n") || String(error), line: error.errors?.[0]?.location?.line } };
  }
}

const FRAME = new RegExp(`${FILENAME.replace(".", "\\.")}:(\\d+):(\\d+)`);
const SYNTAX_PLACE = new RegExp(`^${FILENAME.replace(".", "\\.")}:(\\d+)()$`, "m");

function describe(error) {
  if (!(error instanceof Error)) return { message: `Uncaught ${String(error)}` };
  const message = `${error.name}: ${error.message}`;
  // V8 writes a syntax error's place as "solution.js:3" on the stack's first line, without a column.
  const frame = FRAME.exec(error.stack ?? "") ?? SYNTAX_PLACE.exec(error.stack ?? "");
  return frame ? { message, line: lineOf(Number(frame[1]), Number(frame[2])) } : { message };
}

/** The stack without the harness's frames (nor the source line Node puts first), TypeScript lines mapped back. */
function userStack(error) {
  if (!(error instanceof Error)) return `Uncaught ${String(error)}`;
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line) && FRAME.test(line));
  const mapped = frames.map((frame) =>
    frame.replace(
      new RegExp(FRAME, "g"),
      (_, line, column) => `${FILENAME}:${lineOf(Number(line), Number(column))}:${column}`,
    ),
  );
  return [`${error.name}: ${error.message}`, ...mapped].join("\n");
}

function load(code) {
  globalThis.ListNode = ListNode;
  globalThis.TreeNode = TreeNode;
  globalThis.require = createRequire("/tmp/solution.js");
  vm.runInThisContext(code, { filename: FILENAME });
}

function invoke(entry, target, testCase) {
  if (entry.kind === "function") {
    const args = testCase.map((arg, i) => toNative(arg, entry.params[i] ?? "int"));
    return toJson(target(...args), entry.returns);
  }
  let instance;
  return testCase.map(([method, args]) => {
    if (instance === undefined) {
      instance = new target(...args.map((arg, i) => toNative(arg, entry.ctor[i] ?? "int")));
      return null;
    }
    const spec = entry.methods[method];
    if (spec === undefined) throw new Error(`no method ${method} in the signature`);
    const result = instance[spec.name](...args.map((arg, i) => toNative(arg, spec.params[i] ?? "int")));
    return spec.returns === "void" ? null : toJson(result, spec.returns);
  });
}

async function runCases(job) {
  const { code, error } = await transpile(job.source);
  if (error) return emit({ t: "compile_error", ...error });
  try {
    load(code);
  } catch (caught) {
    return emit({ t: caught instanceof SyntaxError ? "compile_error" : "load_error", ...describe(caught) });
  }
  const { entry } = job;
  const target = vm.runInThisContext(`typeof ${entry.name} === "undefined" ? undefined : ${entry.name}`);
  if (typeof target !== "function") {
    const what = entry.kind === "function" ? "function" : "class";
    return emit({ t: "compile_error", message: `the solution must define a ${what} named ${entry.name}` });
  }
  for (const [i, testCase] of job.cases.entries()) {
    emit({ t: "start", i });
    const started = performance.now();
    watchdog.arm(i, job.timeLimitMs, job.wallLimitMs);
    try {
      const value = invoke(entry, target, testCase);
      watchdog.disarm();
      const ms = performance.now() - started;
      let line;
      try {
        line = JSON.stringify({ t: "case", i, ms, value: value ?? null });
      } catch (notJson) {
        line = JSON.stringify({ t: "case", i, ms, error: { message: `the answer is not JSON: ${notJson.message}` } });
      }
      fs.writeSync(3, line + "\n");
    } catch (caught) {
      watchdog.disarm();
      const ms = performance.now() - started;
      // "Array buffer allocation failed": a buffer past the sandbox's data limit.
      const memory = caught instanceof RangeError && /allocation failed/i.test(caught.message);
      emit(memory ? { t: "case", i, ms, memory: true } : { t: "case", i, ms, error: describe(caught) });
    }
  }
  emit({ t: "end", memoryKb: memoryKb() });
}

async function runScript(job) {
  serveStdin(job.stdin ?? "");
  const { code, error } = await transpile(job.source);
  if (error) {
    emit({ t: "compile_error", ...error });
    return process.exit(1);
  }
  let failure;
  let compiled = true;
  const fail = (caught) => {
    failure = caught;
    process.stderr.write(userStack(caught) + "\n");
    process.exit(1);
  };
  process.on("uncaughtException", fail);
  process.on("exit", (code) => {
    if (!compiled) return;
    const record = { t: "exit", code, memoryKb: memoryKb() };
    if (failure !== undefined) record.error = describe(failure);
    emit(record);
  });
  try {
    load(code);
  } catch (caught) {
    if (caught instanceof SyntaxError) {
      compiled = false;
      emit({ t: "compile_error", ...describe(caught) });
      process.exit(1);
    }
    fail(caught);
  }
}

const job = readJob();
if (job.mode === "script") await runScript(job);
else {
  await runCases(job);
  process.exit(0);
}
