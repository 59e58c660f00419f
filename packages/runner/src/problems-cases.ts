import type { ClassCase, FunctionCase, ProblemMeta, TestCase } from "@loopwise/domain";
import { splitType } from "./languages-types.js";

/**
 * Does a case fit its problem's signature: the number of arguments, the calls of a design problem,
 * and each value's type? Authors learn of a mistake from the loader, not from a puzzling verdict.
 */

/** Why `value` is not a `type` (int, string[][], TreeNode, ...), or undefined when it is one. */
export function typeMismatch(value: unknown, type: string): string | undefined {
  const { base, depth } = splitType(type);
  if (depth > 0) {
    if (!Array.isArray(value)) return `is not an array (${type})`;
    for (const [index, item] of value.entries()) {
      const inner = typeMismatch(item, type.slice(0, -2));
      if (inner !== undefined) return `[${index}] ${inner}`;
    }
    return undefined;
  }
  const ints = (items: unknown[]) => items.every((item) => item === null || Number.isInteger(item));
  switch (base) {
    case "int":
      return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 ? undefined : "is not an int";
    case "long":
      return Number.isSafeInteger(value) ? undefined : "is not a long (an integer up to 2^53)";
    case "double":
      return typeof value === "number" ? undefined : "is not a number";
    case "bool":
      return typeof value === "boolean" ? undefined : "is not a bool";
    case "string":
      return typeof value === "string" ? undefined : "is not a string";
    case "ListNode":
      return Array.isArray(value) && value.every(Number.isInteger) ? undefined : "is not a ListNode (an array of ints)";
    case "TreeNode":
      return Array.isArray(value) && ints(value) ? undefined : "is not a TreeNode (a level order of ints and nulls)";
  }
}

function checkFunctionCase(meta: ProblemMeta, testCase: FunctionCase): string | undefined {
  const params = meta.function!.params;
  if (testCase.args.length !== params.length) {
    return `has ${testCase.args.length} arguments; ${meta.function!.name} takes ${params.length}`;
  }
  for (const [index, param] of params.entries()) {
    const wrong = typeMismatch(testCase.args[index], param.type);
    if (wrong !== undefined) return `args[${index}] (${param.name}) ${wrong}`;
  }
  const wrong = typeMismatch(testCase.expected, meta.function!.returns);
  return wrong === undefined ? undefined : `expected ${wrong}`;
}

function checkClassCase(meta: ProblemMeta, testCase: ClassCase): string | undefined {
  const signature = meta.class!;
  if (testCase.expected.length !== testCase.calls.length) {
    return `has ${testCase.calls.length} calls and ${testCase.expected.length} expected values`;
  }
  for (const [index, [name, args]] of testCase.calls.entries()) {
    const first = index === 0;
    if (first !== (name === signature.name)) {
      return first ? `calls[0] must construct ${signature.name}` : `calls[${index}] constructs ${name} again`;
    }
    const method = first
      ? { params: signature.constructor, returns: "void" }
      : signature.methods.find((m) => m.name === name);
    if (method === undefined) return `calls[${index}] calls ${name}, which ${signature.name} does not have`;
    if (args.length !== method.params.length)
      return `calls[${index}] passes ${args.length} arguments to ${name}, which takes ${method.params.length}`;
    for (const [at, param] of method.params.entries()) {
      const wrong = typeMismatch(args[at], param.type);
      if (wrong !== undefined) return `calls[${index}] ${name}'s ${param.name} ${wrong}`;
    }
    const expected = testCase.expected[index];
    const wrong =
      method.returns === "void"
        ? expected === null
          ? undefined
          : "is not null (void)"
        : typeMismatch(expected, method.returns);
    if (wrong !== undefined) return `expected[${index}] ${wrong}`;
  }
  return undefined;
}

export function checkCaseShape(meta: ProblemMeta, testCase: TestCase): string | undefined {
  return meta.class !== undefined
    ? checkClassCase(meta, testCase as ClassCase)
    : checkFunctionCase(meta, testCase as FunctionCase);
}
