import { compInputSchema, projectComp, projectionToMajor } from "@loopwise/domain";
import { Hono } from "hono";
import type { AppEnv } from "../env.js";
import { openApiDocument, type OpenApiDocument } from "../openapi.js";
import { offerRecordOperations } from "../openapi-offer-records.js";
import { offerOperations } from "../openapi-offers.js";
import { valid } from "../validate.js";

/** POST /api/offers/project: the compensation model on any input; nothing is stored. */
export const offerProjectionRoutes = new Hono<AppEnv>().post("/project", valid("json", compInputSchema), (c) =>
  c.json(projectionToMajor(projectComp(c.req.valid("json")))),
);

const documents = new Map<string, OpenApiDocument>();

/** GET /api/openapi.json: the API's OpenAPI 3.1 description (mounted at /api). */
export const openApiRoutes = new Hono<AppEnv>().get("/openapi.json", (c) => {
  const { version } = c.var.deps;
  let document = documents.get(version);
  if (!document) {
    document = openApiDocument(
      {
        title: "Loopwise API",
        version,
        description: "The local Loopwise server's JSON API. Amounts are in major units unless a field says otherwise.",
      },
      [...offerOperations, ...offerRecordOperations],
    );
    documents.set(version, document);
  }
  return c.json(document);
});
