import { createServer, type AddressInfo } from "node:net";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminQuery, databaseUrl, dropDatabase, quoteIdent } from "@loopwise/db/testing";
import { afterEach, describe, expect, inject, it } from "vitest";
import { resolveConfig } from "../src/config.js";
import { DataFolderBusy, lockDataFolder } from "../src/data-lock.js";
import { startLoopwise, type Running } from "../src/start.js";

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
  .version;

describe("startLoopwise", () => {
  const homes: string[] = [];
  const running: Running[] = [];
  const config = (home: string, port = "0") => resolveConfig({ port, home, open: false }, {});
  const newHome = () => {
    const home = mkdtempSync(join(tmpdir(), "loopwise-start-"));
    homes.push(home);
    return home;
  };
  afterEach(async () => {
    for (const r of running.splice(0)) await r.stop().catch(() => undefined);
    for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  });

  it("answers /api/health over real HTTP on the port it chose", async () => {
    const first = await startLoopwise(config(newHome()));
    running.push(first);
    expect(first.port).toBeGreaterThan(0);
    expect(first.url).toBe(`http://127.0.0.1:${first.port}`);
    const res = await fetch(`${first.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: VERSION, database: "pglite" });
  });

  it("refuses a second start on the same home while the first runs, and allows it after; the data stays", async () => {
    const home = newHome();
    const first = await startLoopwise(config(home));
    running.push(first);
    const created = await fetch(`${first.url}/api/companies`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Acme" }),
    });
    expect(created.status).toBe(201);

    await expect(startLoopwise(config(home))).rejects.toBeInstanceOf(DataFolderBusy);
    // The refused start did not disturb the first.
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);

    await first.stop();
    running.pop();
    await expect(fetch(`${first.url}/api/health`)).rejects.toThrow();

    const second = await startLoopwise(config(home));
    running.push(second);
    const companies = (await (await fetch(`${second.url}/api/companies`)).json()) as { companies: { name: string }[] };
    expect(companies.companies.map((c) => c.name)).toEqual(["Acme"]);
  });

  it("stops with keep-alive connections open, and releases the data folder", async () => {
    const home = newHome();
    const first = await startLoopwise(config(home));
    // fetch keeps its connection alive: stop() must not wait for it to time out.
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    await first.stop();
    expect(existsSync(join(home, "loopwise.lock"))).toBe(false);
    const release = await lockDataFolder(home);
    await release();
  });

  it("releases the data folder when it cannot listen", async () => {
    const home = newHome();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      await expect(startLoopwise(config(home, String(port)))).rejects.toThrow(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
    const release = await lockDataFolder(home);
    await release();
  });

  it("writes a backup at start when today has none, and again once the UTC day turns", async () => {
    const home = newHome();
    let now = new Date("2025-03-01T22:00:00.000Z");
    const clock = { now: () => now };
    const first = await startLoopwise(config(home), { clock });
    running.push(first);
    await first.backups!.check();
    const backups = join(home, "backups");
    expect(readdirSync(backups)).toEqual(["loopwise-2025-03-01T22-00-00.000Z.json.gz"]);
    await first.stop();
    running.pop();

    now = new Date("2025-03-01T23:30:00.000Z");
    const second = await startLoopwise(config(home), { clock });
    running.push(second);
    await second.backups!.check();
    expect(readdirSync(backups)).toHaveLength(1);
    now = new Date("2025-03-02T00:10:00.000Z");
    await second.backups!.check();
    expect(readdirSync(backups).sort()).toEqual([
      "loopwise-2025-03-01T22-00-00.000Z.json.gz",
      "loopwise-2025-03-02T00-10-00.000Z.json.gz",
    ]);
    const listed = (await (await fetch(`${second.url}/api/backups`)).json()) as { folder: string; keep: number };
    expect(listed).toMatchObject({ enabled: true, folder: backups, keep: 14 });
  });

  const postgres = inject("postgres");
  it.skipIf(!postgres)("runs on PostgreSQL when DATABASE_URL is set, with no data folder lock", async () => {
    const target = postgres!;
    const name = `${target.prefix}cli_${process.pid}`;
    await adminQuery(target.adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
    try {
      const home = newHome();
      const withUrl = resolveConfig(
        { port: "0", home, open: false },
        { DATABASE_URL: databaseUrl(target.adminUrl, name) },
      );
      const server = await startLoopwise(withUrl);
      running.push(server);
      // Backups and server.json are local mode's: PostgreSQL is backed up with pg_dump.
      expect(server.backups).toBeUndefined();
      expect(existsSync(join(home, "server.json"))).toBe(false);
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({
        ok: true,
        version: VERSION,
        database: "postgres",
      });
      // A second instance on the same server is fine: PostgreSQL has many writers.
      const other = await startLoopwise(withUrl);
      running.push(other);
      expect((await fetch(`${other.url}/api/health`)).status).toBe(200);
      for (const r of running.splice(0)) await r.stop();
    } finally {
      await dropDatabase(target.adminUrl, name);
    }
  });
});
