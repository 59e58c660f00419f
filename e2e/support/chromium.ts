import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium; nothing is downloaded. Undefined when it is not installed. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => Boolean(p && existsSync(p)));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium is not installed (apt-get install chromium)");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Skips loudly on a developer's machine without Chromium; on CI a missing browser fails. */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  const message =
    "Chromium is missing: the browser journeys are SKIPPED. Install it with: sudo apt-get install chromium";
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: a skip is a failure)`);
  console.warn(`\n${"!".repeat(100)}\n${message}\n${"!".repeat(100)}\n`);
  return false;
}
