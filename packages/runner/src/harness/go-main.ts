import type { Param } from "@loopwise/domain";
import { typeIn } from "../languages-types.js";
import type { Signature } from "./job.js";

/**
 * The typed Go harness for one signature: main.go converts each argument into its Go type (lwArg,
 * from loopwise.go), calls the user's function, or for a design problem `NewName(...)` and its
 * exported methods, and writes the answer as JSON. Everything is package main, with solution.go.
 */

/** allow → Allow: a Go method is exported to be called from main.go's file. */
export const exported = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function parseArgs(params: Param[], indent: string): { locals: string; call: string } {
  const locals = params
    .map((p, i) => `${indent}var a${i} ${typeIn("go", p.type)}\n${indent}lwArg(args, ${i}, &a${i})\n`)
    .join("");
  return { locals, call: params.map((_, i) => `a${i}`).join(", ") };
}

function functionCase(signature: NonNullable<Signature["function"]>): string {
  const { locals, call } = parseArgs(signature.params, "\t");
  const result = signature.returns === "void" ? `\t${signature.name}(${call})\n\treturn "null"\n` : "";
  return (
    `func lwRunCase(c lwRaw) string {\n\targs := lwItems(c)\n\t_ = args\n${locals}` +
    (result || `\treturn lwJSON(${signature.name}(${call}))\n`) +
    `}\n`
  );
}

function classCase(signature: NonNullable<Signature["class"]>): string {
  const ctor = parseArgs(signature.constructor, "\t");
  const methods = signature.methods.map((method) => {
    const { locals, call } = parseArgs(method.params, "\t\t\t");
    const invoke = `instance.${exported(method.name)}(${call})`;
    const answer =
      method.returns === "void"
        ? `\t\t\t${invoke}\n\t\t\tout = append(out, "null")\n`
        : `\t\t\tout = append(out, lwJSON(${invoke}))\n`;
    return `\t\tcase "${method.name}":\n${locals}${answer}`;
  });
  return (
    `func lwRunCase(c lwRaw) string {\n\tcalls := lwItems(c)\n\t_, args := lwCall(calls[0])\n\t_ = args\n${ctor.locals}` +
    `\tinstance := New${signature.name}(${ctor.call})\n\tout := []string{"null"}\n` +
    `\tfor _, raw := range calls[1:] {\n\t\tname, args := lwCall(raw)\n\t\t_ = args\n\t\tswitch name {\n${methods.join("")}` +
    `\t\tdefault:\n\t\t\tpanic("no method " + name + " in the signature")\n\t\t}\n\t}\n\treturn lwJoin(out)\n}\n`
  );
}

export function goMain(signature: Signature): string {
  const runCase = signature.function !== undefined ? functionCase(signature.function) : classCase(signature.class!);
  return `package main\n\n${runCase}\nfunc main() {\n\tlwMain(lwRunCase)\n}\n`;
}
