import type { Param } from "@loopwise/domain";
import { typeIn } from "../languages-types.js";
import type { Signature } from "./job.js";

/**
 * The typed C++ harness for one signature: main.cpp includes loopwise.hpp (JSON, ListNode, TreeNode,
 * the loop over cases), then the user's solution.cpp, then a `run_case` that parses each argument
 * into its C++ type, calls the solution and writes the answer as JSON.
 */

/** Locals for the arguments (lvalues, so `vector<int>&` parameters bind), and the call's argument list. */
function parseArgs(params: Param[], from: string, indent: string): { locals: string; call: string } {
  const locals = params
    .map(
      (p, i) =>
        `${indent}${typeIn("cpp", p.type)} a${i} = loopwise::From<${typeIn("cpp", p.type)}>::get(${from}.at(${i}));\n`,
    )
    .join("");
  return { locals, call: params.map((_, i) => `a${i}`).join(", ") };
}

function functionCase(signature: NonNullable<Signature["function"]>): string {
  const { locals, call } = parseArgs(signature.params, "args", "    ");
  return (
    `static string run_case(const loopwise::Json& args) {\n${locals}` +
    `    ${typeIn("cpp", signature.returns)} result = ${signature.name}(${call});\n` +
    `    return loopwise::to_json(result);\n}\n`
  );
}

function classCase(signature: NonNullable<Signature["class"]>): string {
  const ctor = parseArgs(signature.constructor, "args", "            ");
  const methods = signature.methods.map((method) => {
    const { locals, call } = parseArgs(method.params, "args", "            ");
    const invoke =
      method.returns === "void"
        ? `            instance->${method.name}(${call});\n            out += "null";\n`
        : `            ${typeIn("cpp", method.returns)} result = instance->${method.name}(${call});\n            out += loopwise::to_json(result);\n`;
    return `        } else if (name == "${method.name}") {\n${locals}${invoke}`;
  });
  return (
    `static string run_case(const loopwise::Json& calls) {\n` +
    `    unique_ptr<${signature.name}> instance;\n    string out = "[";\n` +
    `    for (size_t k = 0; k < calls.items.size(); k++) {\n` +
    `        const string& name = calls.at(k).at(0).text;\n        const loopwise::Json& args = calls.at(k).at(1);\n` +
    `        if (k > 0) out += ",";\n` +
    `        if (k == 0) {\n${ctor.locals}            instance.reset(new ${signature.name}(${ctor.call}));\n            out += "null";\n` +
    methods.join("") +
    `        } else {\n            throw runtime_error("no method " + name + " in the signature");\n        }\n    }\n    return out + "]";\n}\n`
  );
}

export function cppMain(signature: Signature): string {
  const runCase = signature.function !== undefined ? functionCase(signature.function) : classCase(signature.class!);
  return `#include "loopwise.hpp"\n#include "solution.cpp"\n\n${runCase}\nint main() { return loopwise::main(run_case); }\n`;
}
