// Regenerates the README's screenshots: a fresh Loopwise with the sample search, in Chromium.
// Run after `npm run build`: node --import tsx scripts/screenshots.ts
import { launchChromium } from "../e2e/support/chromium.js";
import { startFreshLoopwise } from "../e2e/support/loopwise.js";

const out = new URL("../docs/screenshots/", import.meta.url).pathname;
const loopwise = await startFreshLoopwise();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(loopwise.url);
  await page.getByRole("button", { name: "Load a sample search" }).click();
  await page.getByTestId("card").first().waitFor();
  // Keep the "loaded" notification out of the picture.
  await page.getByText("Sample search loaded").waitFor();
  await page.locator(".mantine-Notification-closeButton").click();
  await page.getByText("Sample search loaded").waitFor({ state: "detached" });
  await page.screenshot({ path: `${out}board.png` });
  await page.getByRole("button", { name: "Switch to dark mode" }).click();
  await page.screenshot({ path: `${out}board-dark.png` });
  await page.getByRole("link", { name: /^Table/ }).click();
  await page.getByTestId("row").first().waitFor();
  await page.screenshot({ path: `${out}table-dark.png` });
} finally {
  await browser.close();
  await loopwise.cleanup();
}
