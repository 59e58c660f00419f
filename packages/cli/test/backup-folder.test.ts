import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { emptyDocument, tempBackupFolders } from "../../../test-support/backups.js";
import { backupFolder, backupName, BACKUPS_KEPT } from "../src/backup-folder.js";
import { scheduleBackups } from "../src/backup-schedule.js";

const document = (n: number) => emptyDocument(new Date(Date.UTC(2025, 0, n)).toISOString());

describe("the backup folder", () => {
  const folders = tempBackupFolders();
  const newFolder = folders.create;
  afterEach(() => folders.removeAll());

  it("writes the export document gzipped, named by its UTC time, and lists it", async () => {
    const folder = backupFolder(newFolder());
    expect(await folder.list()).toEqual([]);
    const at = new Date("2025-03-01T12:34:56.789Z");
    const file = await folder.write(document(1), at);
    expect(file).toEqual({
      name: "loopwise-2025-03-01T12-34-56.789Z.json.gz",
      path: join(folder.folder, "loopwise-2025-03-01T12-34-56.789Z.json.gz"),
      bytes: readFileSync(file.path).length,
      createdAt: "2025-03-01T12:34:56.789Z",
    });
    expect(JSON.parse(gunzipSync(readFileSync(file.path)).toString("utf8"))).toEqual(document(1));
    expect(await folder.list()).toEqual([file]);
    expect(await folder.hasBackupOn("2025-03-01")).toBe(true);
    expect(await folder.hasBackupOn("2025-03-02")).toBe(false);
    expect(readdirSync(folder.folder)).toEqual([file.name]);
  });

  it(`keeps the newest ${BACKUPS_KEPT}`, async () => {
    const folder = backupFolder(newFolder());
    for (let day = 1; day <= 20; day++) await folder.write(document(day), new Date(Date.UTC(2025, 0, day, 3)));
    const kept = await folder.list();
    expect(kept).toHaveLength(14);
    expect(kept[0]!.createdAt).toBe("2025-01-20T03:00:00.000Z");
    expect(kept.at(-1)!.createdAt).toBe("2025-01-07T03:00:00.000Z");
    expect(readdirSync(folder.folder).sort()).toEqual(kept.map((b) => b.name).sort());
  });

  it("gives two backups in the same millisecond different names", async () => {
    const folder = backupFolder(newFolder(), 3);
    const at = new Date("2025-03-01T00:00:00.000Z");
    const first = await folder.write(document(1), at);
    const second = await folder.write(document(2), at);
    expect(second.name).not.toBe(first.name);
    expect((await folder.list()).map((b) => b.name)).toEqual([second.name, first.name]);
  });

  it("never lists a half-written file, and clears one a crash left long ago", async () => {
    const path = newFolder();
    const folder = backupFolder(path);
    await folder.write(document(1), new Date("2025-03-01T00:00:00.000Z"));
    const crashed = join(path, `.${backupName(new Date("2025-03-01T05:00:00.000Z"))}.999.tmp`);
    const fresh = join(path, `.${backupName(new Date("2025-03-02T05:00:00.000Z"))}.998.tmp`);
    writeFileSync(crashed, "half");
    writeFileSync(fresh, "being written");
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(crashed, twoHoursAgo, twoHoursAgo);
    expect((await folder.list()).map((b) => b.name)).toEqual(["loopwise-2025-03-01T00-00-00.000Z.json.gz"]);
    await folder.write(document(2), new Date());
    expect(existsSync(crashed)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe("the daily backup schedule", () => {
  it("backs up at start when today has none, checks again on its timer, and stops cleanly", async () => {
    let now = new Date("2025-03-01T23:00:00.000Z");
    const days = new Set<string>(["2025-02-28"]);
    const written: string[] = [];
    const schedule = scheduleBackups({
      folder: { hasBackupOn: async (day: string) => days.has(day) } as never,
      now: () => now,
      backupNow: async () => {
        written.push(now.toISOString());
        days.add(now.toISOString().slice(0, 10));
      },
      everyMs: 60_000,
    });
    await schedule.check();
    expect(written).toEqual(["2025-03-01T23:00:00.000Z"]);
    await schedule.check();
    expect(written).toHaveLength(1);
    now = new Date("2025-03-02T00:30:00.000Z");
    await schedule.check();
    expect(written).toEqual(["2025-03-01T23:00:00.000Z", "2025-03-02T00:30:00.000Z"]);
    await schedule.stop();
    now = new Date("2025-03-03T00:30:00.000Z");
    await schedule.check();
    expect(written).toHaveLength(2);
  });

  it("logs a failed backup and tries again at the next check", async () => {
    const logged: string[] = [];
    let fail = true;
    let count = 0;
    const schedule = scheduleBackups({
      folder: { hasBackupOn: async () => count > 0 } as never,
      now: () => new Date("2025-03-01T00:00:00.000Z"),
      backupNow: async () => {
        if (fail) throw new Error("disk full");
        count++;
      },
      log: (message) => logged.push(message),
    });
    await schedule.check();
    expect(logged).toEqual([expect.stringContaining("disk full")]);
    fail = false;
    await schedule.check();
    expect(count).toBe(1);
    await schedule.stop();
  });
});
