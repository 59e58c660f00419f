import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Reporter, SerializedError, TestModule } from "vitest/node";
import { banner, NOTICES_ENV, type SkipNotice } from "./skip-notices.js";

/**
 * Runs after the default reporter and prints, as the very last line, `N passed, N failed`
 * (and `, N skipped` when some were). A test file that failed before its tests ran (an import or
 * `beforeAll` error) and an unhandled error each count as one failure, so a broken run can never
 * read `0 failed`.
 */
export default class SummaryReporter implements Reporter {
  private noticeDir: string | undefined;

  onInit(): void {
    this.noticeDir = mkdtempSync(join(tmpdir(), "loopwise-notices-"));
    process.env[NOTICES_ENV] = join(this.noticeDir, "notices.jsonl");
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failedHere++;
        else skipped++;
      }
      if (failedHere === 0 && (module.state() === "failed" || module.errors().length > 0)) failedHere = 1;
      failed += failedHere;
    }
    const notices = this.readNotices();
    if (notices.length > 0) process.stdout.write(`\n${notices.map(banner).join("\n")}\n`);
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`);
  }

  private readNotices(): SkipNotice[] {
    const file = process.env[NOTICES_ENV];
    if (!file || !this.noticeDir) return [];
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      // No part was skipped: nobody wrote the file.
    }
    rmSync(this.noticeDir, { recursive: true, force: true });
    const seen = new Set<string>();
    return text
      .split("\n")
      .filter((line) => line && !seen.has(line) && seen.add(line))
      .map((line) => JSON.parse(line) as SkipNotice);
  }
}
