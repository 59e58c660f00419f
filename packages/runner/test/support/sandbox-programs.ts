import type { SandboxSpec } from "../../src/sandbox-types.js";
import { testLimits } from "./sandbox-fixtures.js";

/** Small Python programs for the API, pool and queue tests: each waits for its stdin, like a harness. */
export function pythonSpec(code: string, overrides: Partial<SandboxSpec> = {}): SandboxSpec {
  return { argv: ["/usr/bin/python3", "-c", code], files: {}, limits: testLimits(), ...overrides };
}

/** Reads stdin, then echoes it upper-cased to stdout and reports on fd 3. */
export const ECHO = "import os, sys\ntext = sys.stdin.read()\nprint(text.upper())\nos.write(3, b'done')";
