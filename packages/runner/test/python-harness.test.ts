import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectLanguages } from "../src/languages.js";
import { PYTHON, python } from "../src/languages-python.js";

/** The Python harness's own parts, checked on the host's interpreter (the one the sandbox runs). */

const HARNESS = fileURLToPath(new URL("../src/harness/", import.meta.url));

describe("lw_json", () => {
  it("reads and writes as the json package does (compact, no NaN), through _json, not by falling back", () => {
    const script = `
import sys
import lw_json
assert "json" not in sys.modules, "lw_json imported the json package"
import json
values = [0, -1, 2**70, 1.5, -0.0, 1e300, 5e-324, "", "é😀\\u2028\\"\\\\", "\\ud800", None, True, False,
          [], {}, [1, [2, [3]]], {"a": {"b": [None, 1.25]}}, {"": ""}]
for value in values:
    expected = json.dumps(value, allow_nan=False, separators=(",", ":"))
    assert lw_json.dumps(value) == expected, (value, lw_json.dumps(value), expected)
    assert lw_json.loads(" \\n" + expected) == json.loads(expected), value
for bad in [float("nan"), float("inf"), [float("-inf")]]:
    try:
        lw_json.dumps(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"wrote {bad!r}")
try:
    lw_json.dumps({"a": object()})
except TypeError:
    pass
else:
    raise AssertionError("wrote an object")
print("ok")
`;
    const out = execFileSync(PYTHON, ["-B", "-S", "-c", script], { cwd: HARNESS, env: { PYTHONPATH: HARNESS } });
    expect(out.toString()).toBe("ok\n");
  });
});

describe("the Python plan", () => {
  it("after detection, binds the harness with its modules' bytecode, shared by every run", async () => {
    expect((await detectLanguages()).has("python")).toBe(true);
    const { spec } = python.plan({ mode: "script", source: "", timeLimitMs: 1000, memoryMb: 64 });
    expect(spec.sharedFiles).toBe(true);
    const cached = Object.keys(spec.files).filter((name) => name.startsWith("__pycache__/"));
    expect(cached.map((name) => name.replace(/\.cpython-\d+\.pyc$/, "")).sort()).toEqual([
      "__pycache__/lw_harness",
      "__pycache__/lw_json",
      "__pycache__/lw_values",
    ]);
  });
});
