import { z, type ZodType } from "zod";

/**
 * A small OpenAPI 3.1 builder over the zod schemas the routes already validate with: each
 * operation names its body and response schemas, and `openApiDocument` turns them into JSON
 * Schema (2020-12, what OpenAPI 3.1 uses) with zod 4's `z.toJSONSchema`. Add a route by adding an
 * `ApiOperation` to the list a document is built from.
 */
export interface ApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path, e.g. "/api/offers/project" or "/api/offers/{id}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** The JSON body, described as the client sends it (defaults optional). */
  body?: ZodType;
  responses: Record<number, { description: string; schema?: ZodType }>;
}

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema> };
}

function jsonSchema(schema: ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    // Refinements (sums, cross-field checks) are not expressible; the description says them.
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

/** The error body every route answers with on a 4xx (see errors.ts `ErrorBody`). */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "invalid, not_found, conflict, forbidden, too_many, too_large" }),
      message: z.string().meta({ description: "A sentence naming what is wrong." }),
      fields: z.record(z.string(), z.string()).optional().meta({
        description: 'Each field at fault by its dotted path ("equity.0.schedule.events") and what is wrong.',
      }),
    }),
  })
  .meta({ title: "Error" });

export function openApiDocument(info: OpenApiDocument["info"], operations: ApiOperation[]): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  const schemas: Record<string, JsonSchema> = { Error: jsonSchema(errorBodySchema, "output") };
  for (const operation of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(operation.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema && {
          content: { "application/json": { schema: jsonSchema(response.schema, "output") } },
        }),
      };
    }
    const path = (paths[operation.path] ??= {});
    if (path[operation.method]) throw new Error(`openapi: ${operation.method} ${operation.path} is described twice`);
    path[operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description && { description: operation.description }),
      ...(operation.tags && { tags: operation.tags }),
      ...(operation.body && {
        requestBody: {
          required: true,
          content: { "application/json": { schema: jsonSchema(operation.body, "input") } },
        },
      }),
      responses,
    };
  }
  return { openapi: "3.1.0", info, paths, components: { schemas } };
}

/** The bad-input answer every validated route can give. */
export const badInputResponse = {
  description: "Bad input: `error.fields` names each field at fault by its dotted path.",
  schema: errorBodySchema,
};

/** Checks at compile time that a response schema describes exactly the type the route answers. */
export type Describes<Schema extends ZodType, T> = [z.infer<Schema>] extends [T]
  ? [T] extends [z.infer<Schema>]
    ? true
    : false
  : false;
