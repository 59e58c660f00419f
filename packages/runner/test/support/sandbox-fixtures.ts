import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { SandboxLimits, SandboxOutcome, SandboxSpec } from "../../src/sandbox-types.js";

/**
 * Tight limits, so a hostile program meets them within a second of CPU. The wall limit is far above
 * the CPU budget: on a busy machine (other suites on 2 cores) a process may get a tenth of a core.
 */
export const testLimits = (overrides: Partial<SandboxLimits> = {}): SandboxLimits => ({
  cpuMs: 1_000,
  wallMs: 20_000,
  memoryMb: 256,
  addressSpace: true,
  processes: 16,
  fileSizeKb: 1024,
  openFiles: 32,
  outputBytes: 64 * 1024,
  tmpMb: 4,
  ...overrides,
});

export type HostileLanguage = "python" | "javascript" | "cpp" | "go" | "bash";

const NODE_HEAP_MB = 64;

let tools: string | undefined;
/** The Go toolchain's compile and link, as the judge finds them. */
function goTools(): string {
  return (tools ??= execFileSync("go", ["env", "GOTOOLDIR"], { encoding: "utf8" }).trim());
}

/** How each language runs a single file placed at /sandbox/main.<ext>. */
const RUNNERS: Record<HostileLanguage, { file: string; argv: string[]; limits: Partial<SandboxLimits> }> = {
  python: { file: "main.py", argv: ["/usr/bin/python3", "/sandbox/main.py"], limits: {} },
  javascript: {
    file: "main.js",
    argv: [process.execPath, `--max-old-space-size=${NODE_HEAP_MB}`, "/sandbox/main.js"],
    limits: { addressSpace: false, memoryMb: NODE_HEAP_MB },
  },
  // The compiler runs in the same sandbox, under the same limits, as the program it builds.
  cpp: {
    file: "main.cpp",
    argv: ["/bin/sh", "-c", 'g++ -O2 -o /tmp/a /sandbox/main.cpp && exec /tmp/a "$@"', "sh"],
    limits: { cpuMs: 2_000, memoryMb: 1024, tmpMb: 32, fileSizeKb: 32 * 1024 },
  },
  bash: { file: "main.sh", argv: ["/bin/bash", "/sandbox/main.sh"], limits: {} },
  // The Go runtime reserves ~700 MB of address space at start: RLIMIT_DATA caps it instead.
  go: {
    file: "main.go",
    argv: [
      "/bin/sh",
      "-c",
      `${goTools()}/compile -p main -o /tmp/a.o /sandbox/main.go && ${goTools()}/link -o /tmp/a /tmp/a.o && exec /tmp/a "$@"`,
      "sh",
    ],
    limits: { cpuMs: 2_000, memoryMb: 768, addressSpace: false, tmpMb: 32, fileSizeKb: 32 * 1024 },
  },
};

const EXTENSIONS: Record<string, HostileLanguage> = {
  py: "python",
  js: "javascript",
  cpp: "cpp",
  go: "go",
  sh: "bash",
};

export function languageOf(fileName: string): HostileLanguage {
  const language = EXTENSIONS[fileName.split(".").pop() ?? ""];
  if (language === undefined) throw new Error(`no runner for ${fileName}`);
  return language;
}

/** The spec that runs one program of test/hostile with its language's runner. */
export function hostileSpec(
  fileName: string,
  options: { args?: string[]; limits?: Partial<SandboxLimits>; env?: Record<string, string>; stdin?: string } = {},
): SandboxSpec {
  const runner = RUNNERS[languageOf(fileName)];
  const source = readFileSync(new URL(`../hostile/${fileName}`, import.meta.url), "utf8");
  return {
    argv: [...runner.argv, ...(options.args ?? [])],
    files: { [runner.file]: source },
    env: options.env,
    stdin: options.stdin,
    limits: testLimits({ ...runner.limits, ...options.limits }),
  };
}

/** The JSON a hostile program printed; a failure to parse shows the whole outcome, to say why. */
export function reportOf(outcome: SandboxOutcome): Record<string, unknown> {
  try {
    return JSON.parse(outcome.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`the program printed no JSON report: ${JSON.stringify(outcome)}`);
  }
}
