import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../src/args.js";
import type { Config } from "../src/config.js";
import { CommandError } from "../src/connection.js";
import { DataFolderBusy, lockDataFolder } from "../src/data-lock.js";
import { startLoopwise, type Running } from "../src/start.js";
import { attempt, cli, run } from "./cli-run.js";
import { testHomes } from "./cli-homes.js";

/** The server's CSV fixtures, read in place: the commands never write to the file they import. */
const fixture = (name: string) => fileURLToPath(new URL(`../../server/test/fixtures/csv/${name}`, import.meta.url));

interface Stored {
  companies: { name: string }[];
  applications: { roleTitle: string; stage: string; appliedOn: string | null }[];
}

/** What the data folder holds, read back through the export command. */
async function stored(config: Config): Promise<Stored> {
  return JSON.parse((await run(config, "export", "--out", "-")).stdout) as Stored;
}

const stagesByRole = (data: Stored) => Object.fromEntries(data.applications.map((a) => [a.roleTitle, a.stage]));

describe("loopwise import of a CSV file, on a data folder no server holds", () => {
  const homes = testHomes();
  afterEach(() => homes.removeAll());

  it("imports a Huntr export: says what it detected and did, shows progress, and adds nothing the second time", async () => {
    const config = await homes.create();
    const file = fixture("huntr.csv");
    const first = await run(config, "import", file);
    expect(first.printed.split("\n")).toEqual([
      `${file}: Huntr export, UTF-8, 7 rows`,
      expect.stringMatching(/^ {2}Its statuses become stages; a plain “Interview”/),
      "Columns:",
      "  Company       →  Company",
      "  Job Title     →  Role",
      "  List          →  Status (stage)",
      "  URL           →  Posting URL",
      "  Location      →  Location",
      "  Salary        →  Salary (text or range)",
      "  Date Added    →  (not imported)",
      "  Date Applied  →  Date applied",
      "  Description   →  Notes",
      "Warning: 1 salary could not be read as a yearly amount; the text is kept in the notes",
      "Imported 6 applications (6 new companies), 1 already there",
      `  into ${config.dataDir}`,
    ]);
    expect(first.progress).toEqual(["Importing 0 of 6 applications…", "Importing 6 of 6 applications…", ""]);
    const data = await stored(config);
    expect(data.companies.map((c) => c.name).sort()).toEqual([
      "Acme, Inc.",
      "Globex",
      "Initech",
      "Umbrella",
      "Zoë Müller GmbH",
      "北京字节跳动",
    ]);
    expect(stagesByRole(data)).toMatchObject({
      "Staff Engineer": "recruiter_screen",
      "Platform Engineer": "interested",
    });

    const again = await run(config, "import", file);
    expect(again.printed).toContain(`Nothing new in ${file}: 7 applications are already in ${config.dataDir}`);
    expect(again.progress).toEqual([]);
    expect((await stored(config)).applications).toHaveLength(6);
  });

  it("--dry-run checks a Teal export and writes nothing; a file not named .csv is read as CSV by its first bytes", async () => {
    const config = await homes.create();
    const file = join(config.home, "teal-export.txt");
    copyFileSync(fixture("teal.csv"), file);
    const dry = await run(config, "import", file, "--dry-run");
    expect(dry.printed).toContain(`${file}: Teal export, UTF-8, 9 rows`);
    expect(dry.printed).toContain("  Job Position  →  Role");
    expect(dry.printed).toContain("  Date Saved    →  (not imported)");
    expect(dry.printed).toContain(
      "  Date Applied  →  Date applied (dates read month/day; --date-order dmy reads them day/month)",
    );
    expect(dry.printed).toContain("  Follow Up     →  Next action due (dates read month/day, as its values show)");
    expect(dry.printed).toMatch(/Warning: Dates in "Date Applied" .* read as month\/day/);
    expect(dry.printed).toContain("Would import 9 applications (9 new companies), 0 already there");
    expect(dry.printed).toContain(`  into ${config.dataDir} (--dry-run: nothing was written)`);
    expect(dry.progress).toEqual([]);
    expect((await stored(config)).applications).toEqual([]);

    const dayFirst = await run(config, "import", file, "--date-order", "dmy");
    expect(dayFirst.printed).toContain("  Date Applied  →  Date applied (dates read day/month, as --date-order says)");
    expect(dayFirst.printed).toContain("Imported 9 applications (9 new companies), 0 already there");
    const fullStack = (await stored(config)).applications.find((a) => a.roleTitle === "Full Stack Engineer");
    expect(fullStack).toMatchObject({ appliedOn: "2025-08-01", stage: "applied" }); // 1/8/2025, day first
  });

  it("refuses a hostile file: every row in error by line, the unknown status with a hint, and nothing written", async () => {
    const config = await homes.create();
    const refused = await attempt(config, "import", fixture("hostile.csv"));
    expect(refused.error).toBeInstanceOf(CommandError);
    expect((refused.error as Error).message).toMatch(/^Nothing was imported: fix the rows above in .*hostile\.csv/);
    expect(refused.lines.slice(refused.lines.indexOf("7 rows have errors:"))).toEqual([
      "7 rows have errors:",
      '  line 4, Date Applied: "31/02/2025" is not a date we can read',
      "  line 5, URL: must be an http(s) URL",
      '  line 6, Status: Unknown status "Phone call": choose a stage for it',
      "  line 7, row: has 7 cells but the header has 6: is a comma not quoted?",
      "  line 8, Company: is required",
      "  line 9, row: contains a NUL character: is this a binary file?",
      "  line 12, row: A quoted cell starts here and is never closed",
      'Unknown statuses: "Phone call".',
      '  Give each a stage with --status, such as --status "Phone call=recruiter_screen"',
      "  (stages: interested, applied, recruiter_screen, technical_screen, onsite, offer, accepted, rejected, withdrawn, no_response)",
    ]);
    expect(refused.progress).toEqual([]);
    expect((await stored(config)).applications).toEqual([]);
  });

  it("lists the first 20 errors and counts the rest", async () => {
    const config = await homes.create();
    const file = join(config.home, "many.csv");
    const rows = Array.from({ length: 25 }, (_, i) => `Co ${i},Engineer,Applied,2025-13-${i + 1}`);
    writeFileSync(
      file,
      ["Company,Role,Status,Date Applied", ...rows, "Fine Co,Engineer,Applied,2025-01-02"].join("\n"),
    );
    const refused = await attempt(config, "import", file);
    expect(refused.error).toBeInstanceOf(CommandError);
    expect(refused.lines).toContain("25 rows have errors:");
    expect(refused.lines.filter((line) => line.startsWith("  line "))).toHaveLength(20);
    expect(refused.lines.at(-1)).toBe("  and 5 more errors");
    expect((await stored(config)).applications).toEqual([]);
  });

  it("--status gives an unknown status its stage", async () => {
    const config = await homes.create();
    const file = join(config.home, "statuses.csv");
    writeFileSync(file, "Company,Role,Status\nAcme,Engineer,Phone call\nGlobex,Designer,Ghosted\n");
    expect((await attempt(config, "import", file)).lines).toContain('Unknown statuses: "Phone call".');
    const imported = await run(config, "import", file, "--status", "PHONE CALL=technical_screen");
    expect(imported.printed).toContain("Imported 2 applications (2 new companies), 0 already there");
    expect(stagesByRole(await stored(config))).toEqual({ Engineer: "technical_screen", Designer: "no_response" });
  });

  it("turns the server's refusals into one-line messages: a mapping without a company, a file over 20 MB", async () => {
    const config = await homes.create();
    await expect(run(config, "import", fixture("missing-company.csv"))).rejects.toThrow(
      /^Could not check .*missing-company\.csv: Invalid mapping: no column is mapped to Company, which every row needs \(the command reads columns by their names: rename the column in the file, or import it in the web app to choose\)$/,
    );
    const big = join(config.home, "big.csv");
    writeFileSync(big, `Company,Role\n${"A".repeat(20 * 1024 * 1024)}\n`);
    await expect(run(config, "import", big)).rejects.toThrow(
      /^Could not read .*big\.csv: The file is over 20 MB; split it into smaller files and import each$/,
    );
    const empty = join(config.home, "empty.csv");
    writeFileSync(empty, "");
    await expect(run(config, "import", empty)).rejects.toThrow(/^Could not read .*empty\.csv: .*the file is empty$/);
  });

  it("refuses the CSV options for a Loopwise JSON export, before reaching the data", async () => {
    const config = await homes.create({ seeded: false });
    // The folder is held, so reaching the data would fail: the refusal must come first.
    const release = await lockDataFolder(config.home);
    try {
      const file = join(config.home, "export.json");
      writeFileSync(file, "\uFEFF  \n{}");
      const refused = await attempt(config, "import", file, "--dry-run", "--status", "X=offer");
      expect(refused.error).toBeInstanceOf(UsageError);
      expect((refused.error as Error).message).toBe(
        `--dry-run and --status are for CSV files; ${file} is a Loopwise JSON export`,
      );
      expect((await attempt(config, "import", file)).error).toBeInstanceOf(DataFolderBusy);
    } finally {
      await release();
    }
  });

  it("runs as a real process: exit 0 and no progress off a terminal, 1 for a file in error, 2 for bad options", async () => {
    const config = await homes.create();
    const imported = await cli(config, config.home, "import", fixture("huntr.csv"));
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("Imported 6 applications (6 new companies), 1 already there");
    expect(imported.stderr).toBe("");
    const hostile = await cli(config, config.home, "import", fixture("hostile.csv"));
    expect(hostile.code).toBe(1);
    expect(hostile.stdout).toContain('  line 4, Date Applied: "31/02/2025" is not a date we can read');
    expect(hostile.stderr).toMatch(/^loopwise: Nothing was imported: fix the rows above/);
    const usage = await cli(config, config.home, "import", fixture("teal.csv"), "--date-order", "ymd");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--date-order must be mdy \(month first\) or dmy \(day first\): got "ymd"/);
    expect(usage.stderr).toContain("Run loopwise --help for usage.");
    expect((await stored(config)).applications).toHaveLength(6);
  }, 90_000);
});

describe("loopwise import of a CSV file, beside a running Loopwise", () => {
  const homes = testHomes();
  const running: Running[] = [];
  afterEach(async () => {
    for (const r of running.splice(0)) await r.stop();
    homes.removeAll();
  });

  it("imports over HTTP: a dry run writes nothing, the import adds the file, a second run adds nothing", async () => {
    const config = await homes.create();
    const server = await startLoopwise(config, { backupCheckMs: false });
    running.push(server);
    const total = async () =>
      ((await (await fetch(`${server.url}/api/applications?archived=include`)).json()) as { total: number }).total;

    const dry = await cli(config, config.home, "import", fixture("teal.csv"), "--dry-run");
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("Would import 9 applications (9 new companies), 0 already there");
    expect(await total()).toBe(0);

    const imported = await cli(config, config.home, "import", fixture("teal.csv"));
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(
      `Imported 9 applications (9 new companies), 0 already there\n  into the running Loopwise at ${server.url}`,
    );
    expect(await total()).toBe(9);

    const again = await cli(config, config.home, "import", fixture("teal.csv"));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`Nothing new in ${fixture("teal.csv")}: 9 applications are already in`);
    expect(await total()).toBe(9);

    const hostile = await cli(config, config.home, "import", fixture("hostile.csv"), "--status", "Phone call=onsite");
    expect(hostile.code).toBe(1);
    expect(hostile.stdout).not.toContain("Unknown statuses");
    expect(hostile.stdout).toContain("6 rows have errors:");
    expect(await total()).toBe(9);
  }, 90_000);
});
