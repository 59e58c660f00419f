// @ts-check
import tseslint from "typescript-eslint";

const npmIo = ["node:*", "hono", "hono/*", "@hono/*", "drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/*"];
const ui = ["react", "react-dom", "react/*", "@mantine/*", "@tanstack/*", "@dnd-kit/*"];

/** Package boundaries (ARCHITECTURE.md): who may import whom. */
const boundary = (files, patterns, extra = {}) => ({
  files,
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          ...patterns.map((group) => ({ group: [group], message: "crosses a package boundary" })),
          ...(extra.typeOnly ?? []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "packages/db/migrations/**",
      "test-results/**",
      ".bench/**",
      "content/problems/*/solutions/**",
      "packages/runner/test/hostile/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  boundary(["packages/domain/**"], ["@loopwise/*", ...npmIo, ...ui]),
  {
    files: ["packages/domain/src/**"],
    rules: {
      // Time and randomness enter through parameters.
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "pass an rng in" },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "pass now in" },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "pass now in" },
      ],
    },
  },
  boundary(
    ["packages/db/**"],
    ["@loopwise/server", "@loopwise/web", "@loopwise/cli", "@loopwise/runner", "hono", "hono/*", ...ui],
  ),
  boundary(["packages/server/**"], ["@loopwise/web", "@loopwise/cli", ...ui]),
  // The judge has no HTTP inside and knows nothing of the database.
  boundary(
    ["packages/runner/**"],
    ["@loopwise/db", "@loopwise/server", "@loopwise/web", "@loopwise/cli", "hono", "hono/*", "@hono/*", ...ui],
  ),
  boundary(
    ["packages/web/**"],
    ["@loopwise/db", "@loopwise/db/*", "@loopwise/cli", "@loopwise/runner", "node:*", "drizzle-orm", "pg"],
    {
      typeOnly: [
        {
          group: ["@loopwise/server"],
          allowTypeImports: true,
          message: "the web app may import the server's types only",
        },
      ],
    },
  ),
);
