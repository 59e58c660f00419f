import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSuite } from "../../../test-support/server-harness.js";

describe("serving the built web app", () => {
  const root = mkdtempSync(join(tmpdir(), "loopwise-web-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>Loopwise</title>");
  writeFileSync(join(root, "assets", "app-1234.js"), "console.log('app')");
  writeFileSync(join(tmpdir(), "loopwise-secret.txt"), "not for the browser");
  const suite = apiSuite("pglite", { webRoot: root });
  let get: (path: string) => Promise<Response>;
  beforeAll(() => {
    get = (path) => suite.api.request(path);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("answers / with the app shell", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Loopwise</title>");
  });

  it("serves hashed assets with a long cache lifetime", async () => {
    const res = await get("/assets/app-1234.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toBe("console.log('app')");
  });

  it("answers a client-side route after a reload with the app shell", async () => {
    const res = await get("/applications/6d8787c7-3dc1-4c42-8de7-2b540fd7083d?from=table");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Loopwise</title>");
  });

  it("keeps unknown API paths JSON 404s, not the app shell", async () => {
    const res = await get("/api/nothing");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });

  it("never serves a file outside the web root", async () => {
    for (const path of [
      "/../loopwise-secret.txt",
      "/%2e%2e/loopwise-secret.txt",
      "/assets/..%2f..%2floopwise-secret.txt",
    ]) {
      const text = await (await get(path)).text();
      expect(text, path).not.toContain("not for the browser");
    }
  });
});
