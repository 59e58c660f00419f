import { VESTING_PRESETS } from "@loopwise/domain";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../src/env.js";
import { openApiDocument } from "../src/openapi.js";
import { offerRecordOperations } from "../src/openapi-offer-records.js";
import { offerOperations } from "../src/openapi-offers.js";
import { openApiRoutes } from "../src/routes/offer-projection.js";
import { offerPreferenceRoutes } from "../src/routes/offer-preferences.js";
import { offerRoutes } from "../src/routes/offers.js";

/** The OpenAPI description: what GET /api/openapi.json serves, and that it matches the routes served. */

describe("GET /api/openapi.json", () => {
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("deps", { version: "9.9.9" } as AppEnv["Variables"]["deps"]);
      await next();
    })
    .route("/api", openApiRoutes);

  it("describes POST /api/offers/project: request, response, 400, and every preset", async () => {
    const response = await app.request("/api/openapi.json");
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe("9.9.9");
    const operation = doc.paths["/api/offers/project"].post;
    expect(operation.operationId).toBe("projectOffer");
    const request = operation.requestBody.content["application/json"].schema;
    expect(request.required).toEqual(["currency", "base"]);
    expect(request.properties.base).toMatchObject({ type: "number", minimum: 0 });
    expect(request.properties.years.default).toBe(4);
    expect(request).not.toHaveProperty("$schema");
    const ok = operation.responses["200"].content["application/json"].schema;
    expect(Object.keys(ok.properties).sort()).toEqual([
      "annualized",
      "clawback",
      "cumulative",
      "currency",
      "notes",
      "options",
      "scenarios",
      "vestingEvents",
      "years",
    ]);
    const bad = operation.responses["400"].content["application/json"].schema;
    expect(bad.properties.error.properties.fields.type).toBe("object");
    for (const [name, preset] of Object.entries(VESTING_PRESETS)) {
      expect(operation.description).toContain(`\`${name}\`: ${preset.label}. ${preset.description}`);
    }
    expect(JSON.stringify(request)).toContain("4y-cliff-monthly");
    // The offer records' routes are described in the same document.
    for (const described of offerRecordOperations) {
      expect(doc.paths[described.path][described.method].operationId).toBe(described.operationId);
    }
  });

  it("refuses to describe one route twice", () => {
    const twice = [...offerOperations, ...offerOperations];
    expect(() => openApiDocument({ title: "test", version: "0" }, twice)).toThrow(/described twice/);
  });
});

describe("the OpenAPI description of the offer routes", () => {
  it("has one operation per route, and no operation without a route", () => {
    const served = new Set(
      [
        ...offerRoutes.routes.map((r) => ["/api/offers", r] as const),
        ...offerPreferenceRoutes.routes.map((r) => ["/api/offer-preferences", r] as const),
      ].map(
        ([prefix, r]) =>
          `${r.method.toLowerCase()} ${prefix}${r.path === "/" ? "" : r.path.replace(/:(\w+)/g, "{$1}")}`,
      ),
    );
    const documented = offerRecordOperations.map((op) => `${op.method} ${op.path}`);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...served].sort());
  });

  it("builds into JSON Schema: offers answer the Offer shape, bodies their input schemas", () => {
    const document = openApiDocument({ title: "test", version: "0" }, offerRecordOperations);
    const list = document.paths["/api/offers"]!.get as {
      responses: Record<
        string,
        { content: { "application/json": { schema: { properties: Record<string, unknown> } } } }
      >;
    };
    const offers = list.responses["200"]!.content["application/json"].schema.properties.offers as {
      items: { required: string[] };
    };
    expect(offers.items.required).toEqual(
      expect.arrayContaining(["id", "comp", "deadline", "redFlags", "negotiation"]),
    );
    const post = document.paths["/api/offers"]!.post as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(post.requestBody.content["application/json"]!.schema.required).toEqual(
      expect.arrayContaining(["applicationId", "comp"]),
    );
  });
});
