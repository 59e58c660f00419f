import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { emptyTables } from "../../../test-support/backups.js";
import { ID, sampleDocument } from "../../server/test/data-transfer-sample.js";
import { content } from "../../server/test/data-transfer-versions.js";
import { DataFolderBusy } from "../src/data-lock.js";
import { readServerFile, writeServerFile } from "../src/server-file.js";
import { startLoopwise, type Running } from "../src/start.js";
import { cli, run } from "./cli-run.js";
import { testHomes } from "./cli-homes.js";

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("data commands on a data folder no server holds", () => {
  const homes = testHomes();
  afterEach(() => homes.removeAll());

  async function withSample() {
    const config = await homes.create();
    const file = join(config.home, "sample.json");
    writeFileSync(file, JSON.stringify(sampleDocument()));
    return { config, file };
  }

  it("imports a file, says what it added, and adds nothing the second time", async () => {
    const { config, file } = await withSample();
    const first = await run(config, "import", file);
    expect(first.printed).toContain(`Imported ${file} into ${config.dataDir}`);
    expect(first.printed).toContain("added: 2 companies, 2 applications, 5 stage changes, 2 contacts");
    const again = await run(config, "import", file);
    expect(again.printed).toContain("Nothing new");
    expect(again.printed).toContain("already there: 2 companies");
  });

  it("exports JSON that equals what was imported, refusing to overwrite without --force", async () => {
    const { config, file } = await withSample();
    await run(config, "import", file);
    const out = join(config.home, "out.json");
    const exported = await run(config, "export", "--out", out);
    expect(exported.printed).toMatch(/Exported 2 companies, 2 applications.*\n {2}to .*out\.json/);
    expect(content(readJson(out))).toEqual(content(sampleDocument()));

    writeFileSync(out, "keep me");
    await expect(run(config, "export", "--out", out)).rejects.toThrow(/already exists; pass --force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    await run(config, "export", "--out", out, "--force");
    expect(content(readJson(out))).toEqual(content(sampleDocument()));
  });

  it("exports CSV and vCard, and to standard output with --out -", async () => {
    const { config, file } = await withSample();
    await run(config, "import", file);
    const csv = join(config.home, "apps.csv");
    await run(config, "export", "--format", "csv", "--out", csv);
    expect(readFileSync(csv, "utf8")).toMatch(/^\uFEFFCompany,Company tier,Role,/);
    expect(readFileSync(csv, "utf8")).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const contacts = await run(config, "export", "--format", "csv", "--what", "contacts", "--out", "-");
    expect(contacts.stdout).toMatch(/^\uFEFFName,Title,Company/);
    const cards = await run(config, "export", "--format", "vcard", "--out", "-");
    expect(cards.stdout.match(/BEGIN:VCARD/g)).toHaveLength(2);
  });

  it("backs up to the backup folder, and restores from that .json.gz", async () => {
    const { config, file } = await withSample();
    await run(config, "import", file);
    const backup = await run(config, "backup");
    const [, path] = backup.printed.match(/to (\S+\.json\.gz) \(/)!;
    expect(path!.startsWith(config.backupsDir)).toBe(true);
    expect(content(JSON.parse(gunzipSync(readFileSync(path!)).toString("utf8")))).toEqual(content(sampleDocument()));

    const other = join(config.home, "other.json");
    writeFileSync(other, JSON.stringify({ ...sampleDocument(), tasks: [], interviewers: [] }));
    const restored = await run(config, "restore", other);
    expect(restored.printed).toMatch(/Restored .*other\.json into .*: 2 companies/);
    expect(restored.printed).toMatch(/your data from before the restore is in .*\.json\.gz/);
    const now = join(config.home, "now.json");
    await run(config, "export", "--out", now);
    expect(readJson(now).tasks).toEqual([]);

    await run(config, "restore", path!);
    await run(config, "export", "--out", now, "--force");
    expect(content(readJson(now))).toEqual(content(sampleDocument()));
  });

  it("refuses a file that does not validate, naming the fault, and changes nothing", async () => {
    const { config, file } = await withSample();
    await run(config, "import", file);
    const bad = join(config.home, "bad.json.gz");
    const spoiled = sampleDocument();
    spoiled.applications[0]!.companyId = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4eff";
    writeFileSync(bad, gzipSync(JSON.stringify(spoiled)));
    await expect(run(config, "restore", bad)).rejects.toThrow(
      /Could not restore .* \(your data is unchanged\):.*applications\.0\.companyId must be the id of a company/,
    );
    await expect(run(config, "import", join(config.home, "missing.json"))).rejects.toThrow(/Cannot read/);
    // It starts as JSON does, so it is a broken export rather than a CSV file.
    const notJson = join(config.home, "not.json");
    writeFileSync(notJson, '{"format": "loopwise", "companies": [');
    await expect(run(config, "import", notJson)).rejects.toThrow(/Could not import/);
    const out = join(config.home, "after.json");
    await run(config, "export", "--out", out);
    expect(content(readJson(out))).toEqual(content(sampleDocument()));
  });

  it("ignores a server.json whose process is gone", async () => {
    const { config, file } = await withSample();
    writeServerFile(config.home, { pid: 2 ** 22 + 12_345, port: 9, url: "http://127.0.0.1:9" });
    const imported = await run(config, "import", file);
    expect(imported.printed).toContain(`into ${config.dataDir}`);
  });

  it("runs as a real process: exit 0 on success, 1 on a refused file, 2 on bad usage", async () => {
    const { config, file } = await withSample();
    const imported = await cli(config, config.home, "import", file);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("added: 2 companies");
    const exported = await cli(config, config.home, "export");
    expect(exported.code).toBe(0);
    const name = exported.stdout.match(/to (loopwise-export-\d{4}-\d{2}-\d{2}\.json)/)![1]!;
    expect(content(readJson(join(config.home, name)))).toEqual(content(sampleDocument()));
    const again = await cli(config, config.home, "export");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; pass --force/);
    const usage = await cli(config, config.home, "export", "--format", "xml");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format must be json, csv or vcard/);
  }, 90_000);
});

describe("data commands beside a running Loopwise", () => {
  const homes = testHomes();
  const running: Running[] = [];
  afterEach(async () => {
    for (const r of running.splice(0)) await r.stop();
    homes.removeAll();
  });

  it("talk to it over HTTP: import, export, backup and restore while it holds the data folder", async () => {
    const config = await homes.create();
    const server = await startLoopwise(config, { backupCheckMs: false });
    running.push(server);
    expect(readServerFile(config.home)).toEqual({ pid: process.pid, port: server.port, url: server.url });
    const file = join(config.home, "sample.json");
    writeFileSync(file, JSON.stringify(sampleDocument()));

    const imported = await cli(config, config.home, "import", file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`into the running Loopwise at ${server.url}`);
    const board = (await (await fetch(`${server.url}/api/applications?archived=include`)).json()) as {
      applications: { id: string }[];
    };
    expect(board.applications.map((a) => a.id).sort()).toEqual([ID.engineer, ID.manager]);

    const exported = await cli(config, config.home, "export", "--out", "out.json");
    expect(exported.code, exported.stderr).toBe(0);
    expect(content(readJson(join(config.home, "out.json")))).toEqual(content(sampleDocument()));

    const backup = await cli(config, config.home, "backup");
    expect(backup.code, backup.stderr).toBe(0);
    const [, path] = backup.stdout.match(/to (\S+\.json\.gz) \(/)!;
    expect(existsSync(path!)).toBe(true);

    const empty = join(config.home, "empty.json");
    writeFileSync(empty, JSON.stringify({ ...sampleDocument(), ...emptyTables() }));
    const restored = await cli(config, config.home, "restore", empty);
    expect(restored.code, restored.stderr).toBe(0);
    const after = (await (await fetch(`${server.url}/api/export`)).json()) as { applications: unknown[] };
    expect(after.applications).toEqual([]);

    // Without the server's answer, the folder is busy: the command does not open it behind its back.
    writeServerFile(config.home, { pid: process.pid, port: 9, url: "http://127.0.0.1:9" });
    await expect(run(config, "backup")).rejects.toBeInstanceOf(DataFolderBusy);
  }, 90_000);

  it("stopping removes server.json", async () => {
    const config = await homes.create();
    const server = await startLoopwise(config, { backupCheckMs: false });
    expect(existsSync(join(config.home, "server.json"))).toBe(true);
    await server.stop();
    expect(existsSync(join(config.home, "server.json"))).toBe(false);
  });
});
