import type { Param } from "@loopwise/domain";
import { splitType, typeIn } from "../languages-types.js";
import type { Signature } from "./job.js";

/**
 * The typed Java harness for one signature: Main.java parses each argument into its Java type,
 * calls the user's Solution (or their class for a design problem) and writes the answer as JSON,
 * with LoopwiseJson.java's reader and writer and Loopwise.java's case loop.
 */

const SCALAR: Record<string, string> = {
  int: "toInt",
  long: "toLong",
  double: "toDouble",
  bool: "toBool",
  string: "str",
  ListNode: "list",
  TreeNode: "tree",
};
const PRIMITIVE_ARRAY: Record<string, string> = { int: "ints", long: "longs", double: "doubles", bool: "bools" };

/** A Java expression turning the JSON value `from` into the Java value of `type`. */
export function javaFrom(type: string, from: string): string {
  const { base, depth } = splitType(type);
  if (depth === 0) return `LoopwiseJson.${SCALAR[base]}(${from})`;
  if (depth === 1 && PRIMITIVE_ARRAY[base] !== undefined) return `LoopwiseJson.${PRIMITIVE_ARRAY[base]}(${from})`;
  const item = `x${depth}`;
  return `LoopwiseJson.array(${from}, ${typeIn("java", type)}::new, ${item} -> ${javaFrom(type.slice(0, -2), item)})`;
}

/** The JSON of a value of `type`: an empty list or tree is [], not null. */
const writeAs = (type: string, value: string) =>
  type === "ListNode" || type === "TreeNode" ? `LoopwiseJson.writeNode(${value})` : `LoopwiseJson.write(${value})`;

function parseArgs(params: Param[], indent: string): { locals: string; call: string } {
  const locals = params
    .map((p, i) => `${indent}${typeIn("java", p.type)} a${i} = ${javaFrom(p.type, `args.at(${i})`)};\n`)
    .join("");
  return { locals, call: params.map((_, i) => `a${i}`).join(", ") };
}

function functionCase(signature: NonNullable<Signature["function"]>): string {
  const { locals, call } = parseArgs(signature.params, "        ");
  return (
    `    static String runCase(LoopwiseJson args) throws Throwable {\n${locals}` +
    `        ${typeIn("java", signature.returns)} result = new Solution().${signature.name}(${call});\n` +
    `        return ${writeAs(signature.returns, "result")};\n    }\n`
  );
}

function classCase(signature: NonNullable<Signature["class"]>): string {
  const ctor = parseArgs(signature.constructor, "                ");
  const methods = signature.methods.map((method) => {
    const { locals, call } = parseArgs(method.params, "                ");
    const invoke =
      method.returns === "void"
        ? `                instance.${method.name}(${call});\n                out.append("null");\n`
        : `                out.append(${writeAs(method.returns, `instance.${method.name}(${call})`)});\n`;
    return `            } else if (name.equals("${method.name}")) {\n${locals}${invoke}`;
  });
  return (
    `    static String runCase(LoopwiseJson calls) throws Throwable {\n` +
    `        ${signature.name} instance = null;\n        StringBuilder out = new StringBuilder("[");\n` +
    `        for (int k = 0; k < calls.items.size(); k++) {\n` +
    `            String name = calls.at(k).at(0).text;\n            LoopwiseJson args = calls.at(k).at(1);\n` +
    `            if (k > 0) out.append(",");\n` +
    `            if (k == 0) {\n${ctor.locals}                instance = new ${signature.name}(${ctor.call});\n                out.append("null");\n` +
    methods.join("") +
    `            } else {\n                throw new IllegalStateException("no method " + name + " in the signature");\n            }\n` +
    `        }\n        return out.append("]").toString();\n    }\n`
  );
}

export function javaMain(signature: Signature): string {
  const runCase = signature.function !== undefined ? functionCase(signature.function) : classCase(signature.class!);
  return `public class Main {\n${runCase}\n    public static void main(String[] argv) throws Exception {\n        Loopwise.main(Main::runCase);\n    }\n}\n`;
}
