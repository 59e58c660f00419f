import type { Param } from "@loopwise/domain";
import { snakeCase, typeIn } from "../languages-types.js";
import type { Signature } from "./job.js";

/**
 * The typed Rust harness for one signature: main.rs uses loopwise.rs (JSON, ListNode, TreeNode,
 * the loop over cases), includes the user's solution.rs at the crate's root (so its errors name
 * solution.rs and its lines), and a `run_case` that converts each argument with FromJson, calls
 * the solution and writes the answer with ToJson.
 */

function parseArgs(params: Param[], indent: string): { locals: string; call: string } {
  const locals = params
    .map((p, i) => `${indent}let a${i}: ${typeIn("rust", p.type)} = FromJson::from_json(args.at(${i}));\n`)
    .join("");
  return { locals, call: params.map((_, i) => `a${i}`).join(", ") };
}

function functionCase(signature: NonNullable<Signature["function"]>): string {
  const { locals, call } = parseArgs(signature.params, "    ");
  return (
    `fn run_case(args: &Json) -> String {\n${locals}` +
    `    let result: ${typeIn("rust", signature.returns)} = ${snakeCase(signature.name)}(${call});\n` +
    `    result.to_json()\n}\n`
  );
}

function classCase(signature: NonNullable<Signature["class"]>): string {
  const ctor = parseArgs(signature.constructor, "            ");
  const methods = signature.methods.map((method) => {
    const { locals, call } = parseArgs(method.params, "                ");
    const type = method.returns === "void" ? "()" : typeIn("rust", method.returns);
    return (
      `            "${method.name}" => {\n${locals}` +
      `                let result: ${type} = instance.${snakeCase(method.name)}(${call});\n` +
      `                out.push(result.to_json());\n            }\n`
    );
  });
  return (
    `fn run_case(calls: &Json) -> String {\n` +
    `    let mut out: Vec<String> = Vec::new();\n` +
    `    let args = calls.at(0).at(1);\n${ctor.locals}` +
    `    let mut instance = ${signature.name}::new(${ctor.call});\n    out.push("null".into());\n` +
    `    for call in &calls.items()[1..] {\n` +
    `        let name = if let Json::Text(name) = call.at(0) { name.as_str() } else { "" };\n` +
    `        let args = call.at(1);\n        match name {\n${methods.join("")}` +
    `            _ => panic!("no method {} in the signature", name),\n        }\n    }\n` +
    `    format!("[{}]", out.join(","))\n}\n`
  );
}

export function rustMain(signature: Signature): string {
  const runCase = signature.function !== undefined ? functionCase(signature.function) : classCase(signature.class!);
  return (
    `#![allow(dead_code, unused_imports, unused_variables, unused_mut, non_snake_case)]\n` +
    `#[path = "/sandbox/loopwise.rs"]\nmod loopwise;\nuse loopwise::*;\ninclude!("/sandbox/solution.rs");\n\n` +
    `${runCase}\nfn main() {\n    loopwise::main(run_case);\n}\n`
  );
}
