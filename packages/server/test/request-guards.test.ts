import { createTestDb, type TestDatabase } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../../test-support/server-harness.js";

const json = { "content-type": "application/json" };

describe("request guards", () => {
  let database: TestDatabase;
  let user: UserId;
  beforeAll(async () => {
    database = await createTestDb("pglite");
    user = database.userId;
  });
  afterAll(() => database?.close());

  const companyCount = async () =>
    ((await database.rawQuery("select count(*)::int as n from companies")) as { n: number }[])[0]!.n;

  describe("cross-origin state changes (CSRF)", () => {
    const api = () => testApp(database, () => user);

    it.each(["POST", "PATCH", "DELETE"])("a %s from another origin is 403 and changes nothing", async (method) => {
      const { call } = api();
      const created = await call(
        "POST",
        "/api/companies",
        { name: `Target ${method}` },
        { headers: { host: "localhost:4870" } },
      );
      expect(created.status).toBe(201);
      const before = await companyCount();
      const path = method === "POST" ? "/api/companies" : `/api/companies/${created.body.company.id}`;
      const res = await call(method, path, method === "DELETE" ? undefined : { name: "Evil" }, {
        headers: { host: "localhost:4870", origin: "https://evil.example" },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
      expect(await companyCount()).toBe(before);
      expect((await call("GET", `/api/companies/${created.body.company.id}`)).body.company.name).toBe(
        `Target ${method}`,
      );
    });

    it("a POST with Origin: null (a sandboxed page or a file) is 403", async () => {
      const res = await api().call("POST", "/api/sample", undefined, {
        headers: { host: "localhost:4870", origin: "null" },
      });
      expect(res.status).toBe(403);
    });

    it("a POST from another port of the same host is another origin: 403", async () => {
      const res = await api().call(
        "POST",
        "/api/companies",
        { name: "Port" },
        {
          headers: { host: "localhost:4870", origin: "http://localhost:3000" },
        },
      );
      expect(res.status).toBe(403);
    });

    it("a POST from the app's own origin, or with no Origin (curl), goes through", async () => {
      const { call } = api();
      const same = await call(
        "POST",
        "/api/companies",
        { name: "Same origin" },
        {
          headers: { host: "localhost:4870", origin: "http://localhost:4870" },
        },
      );
      expect(same.status).toBe(201);
      expect((await call("POST", "/api/companies", { name: "No origin" })).status).toBe(201);
    });

    it("a GET from another origin is allowed (reading is the browser's CORS business)", async () => {
      const res = await api().call("GET", "/api/health", undefined, {
        headers: { host: "localhost:4870", origin: "https://evil.example" },
      });
      expect(res.status).toBe(200);
    });
  });

  describe("host names (DNS rebinding)", () => {
    const api = () => testApp(database, () => user, { allowedHosts: ["127.0.0.1", "localhost", "[::1]"] });

    it.each(["evil.example", "evil.example:4870", "127.0.0.1.evil.example", "localhost.evil.example"])(
      "Host %s is 403, even for a GET",
      async (host) => {
        const res = await api().call("GET", "/api/health", undefined, { headers: { host } });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe("forbidden");
      },
    );

    it("a write through a foreign Host is 403 and changes nothing", async () => {
      const before = await companyCount();
      const res = await api().call(
        "POST",
        "/api/companies",
        { name: "Rebound" },
        { headers: { host: "evil.example" } },
      );
      expect(res.status).toBe(403);
      expect(await companyCount()).toBe(before);
    });

    it.each(["127.0.0.1:4870", "localhost:4870", "LOCALHOST:4870", "localhost", "[::1]:4870"])(
      "Host %s is answered",
      async (host) => {
        const res = await api().call("GET", "/api/health", undefined, { headers: { host } });
        expect(res.status).toBe(200);
      },
    );

    it("without a list of hosts, any host is answered", async () => {
      const res = await testApp(database, () => user).call("GET", "/api/health", undefined, {
        headers: { host: "anything.example" },
      });
      expect(res.status).toBe(200);
    });
  });

  it("a body over 1 MB is a 413, not a 500", async () => {
    const res = await testApp(database, () => user).call("POST", "/api/companies", undefined, {
      raw: JSON.stringify({ name: "Big", notes: "x".repeat(1_100_000) }),
      headers: json,
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("too_large");
  });
});
