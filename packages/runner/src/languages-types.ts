/**
 * A signature's value types (`int`, `string[]`, `TreeNode`, ...) in each language's own spelling:
 * what the starter code declares and what the C++ harness parses.
 */

/** busiestHour → busiest_hour, maxXORPair → max_xor_pair: the spelling of Python and Rust names. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

type Base = "int" | "long" | "double" | "bool" | "string" | "ListNode" | "TreeNode";

export function splitType(type: string): { base: Base; depth: number } {
  const base = type.replace(/(\[\])+$/, "") as Base;
  return { base, depth: (type.length - base.length) / 2 };
}

interface Spelling {
  base: Record<Base, string>;
  array(inner: string): string;
  /** What starter code returns: a value of the type, and never a right answer worth having. */
  zero: Record<Base, string>;
  emptyArray(spelled: string): string;
}

const c = { int: "0", long: "0", double: "0.0", bool: "false", string: '""' };

const spellings = {
  python: {
    base: {
      int: "int",
      long: "int",
      double: "float",
      bool: "bool",
      string: "str",
      ListNode: "ListNode | None",
      TreeNode: "TreeNode | None",
    },
    array: (inner) => `list[${inner}]`,
    zero: { ...c, bool: "False", ListNode: "None", TreeNode: "None" },
    emptyArray: () => "[]",
  },
  typescript: {
    base: {
      int: "number",
      long: "number",
      double: "number",
      bool: "boolean",
      string: "string",
      ListNode: "ListNode | null",
      TreeNode: "TreeNode | null",
    },
    array: (inner) => (inner.includes("|") ? `(${inner})[]` : `${inner}[]`),
    zero: { ...c, double: "0", ListNode: "null", TreeNode: "null" },
    emptyArray: () => "[]",
  },
  cpp: {
    base: {
      int: "int",
      long: "long long",
      double: "double",
      bool: "bool",
      string: "string",
      ListNode: "ListNode*",
      TreeNode: "TreeNode*",
    },
    array: (inner) => `vector<${inner}>`,
    zero: { ...c, ListNode: "nullptr", TreeNode: "nullptr" },
    emptyArray: () => "{}",
  },
  java: {
    base: {
      int: "int",
      long: "long",
      double: "double",
      bool: "boolean",
      string: "String",
      ListNode: "ListNode",
      TreeNode: "TreeNode",
    },
    array: (inner) => `${inner}[]`,
    zero: { ...c, long: "0L", ListNode: "null", TreeNode: "null" },
    emptyArray: (spelled) => `new ${spelled.replace("[]", "[0]")}`,
  },
  rust: {
    base: {
      int: "i32",
      long: "i64",
      double: "f64",
      bool: "bool",
      string: "String",
      ListNode: "Option<Box<ListNode>>",
      TreeNode: "Option<Rc<RefCell<TreeNode>>>",
    },
    array: (inner) => `Vec<${inner}>`,
    zero: { ...c, string: "String::new()", ListNode: "None", TreeNode: "None" },
    emptyArray: () => "vec![]",
  },
  go: {
    base: {
      int: "int",
      long: "int64",
      double: "float64",
      bool: "bool",
      string: "string",
      ListNode: "*ListNode",
      TreeNode: "*TreeNode",
    },
    array: (inner) => `[]${inner}`,
    zero: { ...c, double: "0", ListNode: "nil", TreeNode: "nil" },
    emptyArray: () => "nil",
  },
} satisfies Record<string, Spelling>;

export type TypedLanguage = keyof typeof spellings;

export function typeIn(language: TypedLanguage, type: string): string {
  const { base, depth } = splitType(type);
  const spelling: Spelling = spellings[language];
  let spelled = spelling.base[base];
  for (let level = 0; level < depth; level++) spelled = spelling.array(spelled);
  return spelled;
}

export function zeroIn(language: TypedLanguage, type: string): string {
  const { base, depth } = splitType(type);
  const spelling: Spelling = spellings[language];
  return depth > 0 ? spelling.emptyArray(typeIn(language, type)) : spelling.zero[base];
}
