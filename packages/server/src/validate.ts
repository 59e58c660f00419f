import { zValidator } from "@hono/zod-validator";
import { Invalid } from "@loopwise/domain";
import type { MiddlewareHandler, ValidationTargets } from "hono";
import type { ZodType } from "zod";
import { invalidFrom } from "./errors.js";

const WHERE: Partial<Record<keyof ValidationTargets, string>> = {
  json: "body",
  query: "query",
  param: "path",
};

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/** zod validation of one part of the request; a failure is a 400 that names the fields. */
export function valid<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  const validator = zValidator(target, schema, (result) => {
    if (!result.success) throw invalidFrom(result.error, WHERE[target] ?? target);
  });
  if (target !== "json") return validator;
  // Hono reads a body of another type as {}: a PATCH would answer 200 and change nothing.
  const requireJson: MiddlewareHandler = async (c, next) => {
    if (!JSON_TYPE.test(c.req.header("content-type") ?? "")) {
      throw new Invalid("Send the body as JSON (Content-Type: application/json)", {
        body: "must be sent as application/json",
      });
    }
    await next();
  };
  return (async (c, next) => requireJson(c, () => validator(c, next))) as typeof validator;
}
