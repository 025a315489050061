/**
 * Takes the viewer's screenshot for the docs from a running viewer (`npm run demo` or
 * `entente serve`): the path from Sanae Takaichi to Italy, with her panel open.
 *
 *   node dist/bench/viewer-screenshot.js http://127.0.0.1:7400/ docs/screenshots/viewer.png
 */
import type { Page } from "playwright-core";
import { launchChromium } from "../viewer/testing/chromium.js";

async function choose(page: Page, text: string): Promise<void> {
  await page.fill("#search", text);
  const hit = page.locator("#search-results button.hit").first();
  await hit.waitFor({ timeout: 10_000 });
  const name = (await hit.locator(".hit-name").textContent()) ?? "";
  await hit.click();
  await page.locator("[data-testid=panel-title]", { hasText: name }).waitFor();
}

async function main(): Promise<void> {
  const [url, output] = process.argv.slice(2);
  if (!url || !output) throw new Error("entente/bench: usage: viewer-screenshot <viewer URL> <output.png>");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    await choose(page, "Italie");
    await page.click("#panel [data-action=path-to]");
    await choose(page, "Takaichi");
    await page.click("#panel [data-action=path-from]");
    await page.locator("#path-result", { hasText: "→" }).waitFor();
    await page.waitForTimeout(7_000); // let ForceAtlas2 settle
    await page.screenshot({ path: output });
    console.log(`${output}: ${await page.textContent("#path-result")}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
