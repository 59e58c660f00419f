import type { Language, Param } from "@loopwise/domain";
import { exported } from "./harness/go-main.js";
import type { Signature } from "./harness/job.js";
import { snakeCase, typeIn, zeroIn } from "./languages-types.js";

/**
 * Starter code from a signature: what the editor opens with. It loads (or compiles) and runs, and
 * returns a placeholder: a wrong answer, never a crash.
 */

interface Method {
  name: string;
  params: Param[];
  returns: string;
}

type Writer = {
  fn(method: Method): string;
  cls(name: string, ctor: Param[], methods: Method[]): string;
};

const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);
const returnIn = (language: Parameters<typeof zeroIn>[0], type: string) =>
  type === "void" ? "" : `return ${zeroIn(language, type)};`;

function pythonDef(name: string, params: Param[], returns: string | undefined, method: boolean): string {
  const args = params.map((p) => `${snakeCase(p.name)}: ${typeIn("python", p.type)}`);
  const result = returns === undefined ? "" : ` -> ${returns === "void" ? "None" : typeIn("python", returns)}`;
  return `def ${name}(${[...(method ? ["self"] : []), ...args].join(", ")})${result}:\n    pass\n`;
}

const python: Writer = {
  fn: ({ name, params, returns }) => pythonDef(snakeCase(name), params, returns, false),
  cls: (name, ctor, methods) => {
    const parts = [
      pythonDef("__init__", ctor, undefined, true),
      ...methods.map((m) => pythonDef(snakeCase(m.name), m.params, m.returns, true)),
    ];
    return `class ${name}:\n${parts.map((part) => indent(part, "    ")).join("\n")}`;
  },
};

const typescript: Writer = {
  fn: ({ name, params, returns }) => {
    const args = params.map((p) => `${p.name}: ${typeIn("typescript", p.type)}`).join(", ");
    const result = returns === "void" ? "void" : typeIn("typescript", returns);
    const body = returnIn("typescript", returns);
    return `function ${name}(${args}): ${result} ${body ? `{\n  ${body}\n}` : "{}"}\n`;
  },
  cls: (name, ctor, methods) => {
    const init = `constructor(${ctor.map((p) => `${p.name}: ${typeIn("typescript", p.type)}`).join(", ")}) {}\n`;
    const rest = methods.map((m) => typescript.fn(m).replace(/^function /, ""));
    return `class ${name} {\n${[init, ...rest].map((part) => indent(part, "  ")).join("\n")}}\n`;
  },
};

function jsDoc(params: Param[], returns?: string): string {
  const lines = params.map((p) => ` * @param {${typeIn("typescript", p.type)}} ${p.name}`);
  if (returns !== undefined && returns !== "void") lines.push(` * @return {${typeIn("typescript", returns)}}`);
  return lines.length === 0 ? "" : `/**\n${lines.join("\n")}\n */\n`;
}

const javascript: Writer = {
  fn: ({ name, params, returns }) => {
    const body = returnIn("typescript", returns);
    const args = params.map((p) => p.name).join(", ");
    return `${jsDoc(params, returns)}function ${name}(${args}) ${body ? `{\n  ${body}\n}` : "{}"}\n`;
  },
  cls: (name, ctor, methods) => {
    const init = `${jsDoc(ctor)}constructor(${ctor.map((p) => p.name).join(", ")}) {}\n`;
    const rest = methods.map((m) => javascript.fn(m).replace(/^function /m, ""));
    return `class ${name} {\n${[init, ...rest].map((part) => indent(part, "  ")).join("\n")}}\n`;
  },
};

const cppArg = (p: Param) => {
  const type = typeIn("cpp", p.type);
  return `${/^(vector|string)/.test(type) ? `${type}&` : type} ${p.name}`;
};

const cpp: Writer = {
  fn: ({ name, params, returns }) => {
    const body = returnIn("cpp", returns);
    const result = returns === "void" ? "void" : typeIn("cpp", returns);
    return `${result} ${name}(${params.map(cppArg).join(", ")}) {\n${body ? `    ${body}\n` : ""}}\n`;
  },
  cls: (name, ctor, methods) => {
    const init = `${name}(${ctor.map(cppArg).join(", ")}) {\n}\n`;
    const parts = [init, ...methods.map(cpp.fn)].map((part) => indent(part, "    "));
    return `class ${name} {\npublic:\n${parts.join("\n")}};\n`;
  },
};

const javaMethod = ({ name, params, returns }: Method) => {
  const body = returnIn("java", returns);
  const args = params.map((p) => `${typeIn("java", p.type)} ${p.name}`).join(", ");
  const result = returns === "void" ? "void" : typeIn("java", returns);
  return `public ${result} ${name}(${args}) {\n${body ? `    ${body}\n` : ""}}\n`;
};

const java: Writer = {
  fn: (method) => `class Solution {\n${indent(javaMethod(method), "    ")}}\n`,
  cls: (name, ctor, methods) => {
    const init = `public ${name}(${ctor.map((p) => `${typeIn("java", p.type)} ${p.name}`).join(", ")}) {\n}\n`;
    return `class ${name} {\n${[init, ...methods.map(javaMethod)].map((part) => indent(part, "    ")).join("\n")}}\n`;
  },
};

const rustArgs = (params: Param[]) => params.map((p) => `${snakeCase(p.name)}: ${typeIn("rust", p.type)}`);
const rustFn = ({ name, params, returns }: Method, self?: string) => {
  const result = returns === "void" ? "" : ` -> ${typeIn("rust", returns)}`;
  const args = [...(self === undefined ? [] : [self]), ...rustArgs(params)].join(", ");
  return `fn ${snakeCase(name)}(${args})${result} {\n${returns === "void" ? "" : `    ${zeroIn("rust", returns)}\n`}}\n`;
};

const rust: Writer = {
  fn: (method) => rustFn(method),
  cls: (name, ctor, methods) => {
    const init = `fn new(${rustArgs(ctor).join(", ")}) -> Self {\n    ${name} {}\n}\n`;
    const parts = [init, ...methods.map((m) => rustFn(m, "&mut self"))].map((part) => indent(part, "    "));
    return `struct ${name} {}\n\nimpl ${name} {\n${parts.join("\n")}}\n`;
  },
};

const goArgs = (params: Param[]) => params.map((p) => `${p.name} ${typeIn("go", p.type)}`).join(", ");
const goFn = ({ name, params, returns }: Method, receiver = "") => {
  const result = returns === "void" ? "" : ` ${typeIn("go", returns)}`;
  const body = returnIn("go", returns).replace(/;$/, "");
  return `func ${receiver}${name}(${goArgs(params)})${result} {\n${body ? `\t${body}\n` : ""}}\n`;
};

/** No package clause: the judge adds `package main` where a solution has none (see languages-go.ts). */
const go: Writer = {
  fn: (method) => goFn(method),
  cls: (name, ctor, methods) => {
    const init = `func New${name}(${goArgs(ctor)}) *${name} {\n\treturn &${name}{}\n}\n`;
    const parts = methods.map((m) => goFn({ ...m, name: exported(m.name) }, `(this *${name}) `));
    return [`type ${name} struct {\n}\n`, init, ...parts].join("\n");
  },
};

const WRITERS: Partial<Record<Language, Writer>> = { python, typescript, javascript, cpp, java, rust, go };

/** The languages starter code exists for. */
export const STARTER_LANGUAGES = Object.keys(WRITERS) as Language[];

export function starterCode(language: Language, signature: Signature): string {
  const writer = WRITERS[language];
  if (writer === undefined) throw new Error(`no starter code for ${language}`);
  if (signature.function !== undefined) return writer.fn(signature.function);
  if (signature.class === undefined) throw new Error("a signature needs a function or a class");
  return writer.cls(signature.class.name, signature.class.constructor, signature.class.methods);
}
