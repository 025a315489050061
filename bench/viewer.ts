/**
 * Rendering benchmark of the viewer in headless Chromium: for generated graphs of 1,000 nodes /
 * 3,000 edges and 10,000 nodes / 30,000 edges, the time to the first drawn frame and the frame
 * rate while the camera pans (viewer/app/bench.html, the viewer's own renderer settings; no
 * Neo4j needed). Prints one JSON line per run and a summary; `--screenshot <file>` saves the
 * 10,000-node view.
 *
 *   npm run build && node dist/bench/viewer.js [--runs 3] [--screenshot docs/screenshots/viewer-10k.png]
 */
import { join } from "node:path";
import Fastify from "fastify";
import fastifyStatic from "@fastify/static";
import type { Page } from "playwright-core";
import type { BenchResult } from "../viewer/shared/bench.js";
import { ensureViewerAppBuilt, launchChromium } from "../viewer/testing/chromium.js";

/** The page's own figures plus the mean time sigma spent drawing one frame while panning. */
interface Measurement extends BenchResult {
  frameMs: number;
}

const QUICK = process.argv.includes("--quick");

/** Graphs drawn: 1,000, 10,000 and (not with --quick) 50,000 nodes, three edges a node. */
const SIZES: ReadonlyArray<[number, number]> = [
  [1_000, 3_000],
  [10_000, 30_000],
  ...(QUICK ? [] : [[50_000, 150_000] as [number, number]]),
];

const PAN_MS = 3_000;

/** Drags the stage back and forth for `ms` and counts the frames sigma drew meanwhile. */
async function panWithMouse(page: Page, ms: number): Promise<Pick<Measurement, "panFps" | "panFrames" | "panSeconds" | "frameMs">> {
  const before = Number(await page.evaluate("window.__benchFrames"));
  const renderBefore = Number(await page.evaluate("window.__benchRenderMs"));
  const started = performance.now();
  await page.mouse.move(640, 400);
  await page.mouse.down();
  let step = 0;
  while (performance.now() - started < ms) {
    const t = step++ / 20;
    await page.mouse.move(640 + 200 * Math.sin(t), 400 + 120 * Math.cos(t));
  }
  await page.mouse.up();
  const seconds = (performance.now() - started) / 1000;
  const frames = Number(await page.evaluate("window.__benchFrames")) - before;
  const renderMs = Number(await page.evaluate("window.__benchRenderMs")) - renderBefore;
  return {
    panFps: Math.round((frames / seconds) * 10) / 10,
    panFrames: frames,
    panSeconds: Math.round(seconds * 100) / 100,
    frameMs: frames > 0 ? Math.round((renderMs / frames) * 10) / 10 : 0,
  };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const runs = Number(argument("--runs") ?? (QUICK ? 1 : 3));
  const summary: Array<Array<string | number>> = [];
  const screenshot = argument("--screenshot");
  const appDir = ensureViewerAppBuilt();
  const server = Fastify();
  await server.register(fastifyStatic, { root: appDir });
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await launchChromium();
  try {
    for (const [nodes, edges] of SIZES) {
      const results: Measurement[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`http://127.0.0.1:${port}/bench.html?nodes=${nodes}&edges=${edges}`);
        await page.waitForFunction("window.__benchResult !== undefined", null, { timeout: 120_000 });
        const drawn = await page.evaluate<Measurement | { error: string }>("window.__benchResult");
        if ("error" in drawn) throw new Error(`entente/bench: bench page failed: ${drawn.error}`);
        const pan = await panWithMouse(page, PAN_MS);
        const result = { ...drawn, ...pan };
        results.push(result);
        console.error(JSON.stringify({ run, ...result }));
        if (screenshot && nodes === 10_000 && run === runs - 1) {
          await page.screenshot({ path: screenshot });
          console.error(`screenshot: ${join(process.cwd(), screenshot)}`);
        }
        await page.close();
      }
      summary.push([
        `${nodes.toLocaleString("en")} nodes / ${edges.toLocaleString("en")} edges`,
        `${median(results.map((r) => r.firstDrawMs))} ms`,
        `${median(results.map((r) => r.renderMs))} ms`,
        `${median(results.map((r) => r.panFps))} fps`,
        `${median(results.map((r) => r.frameMs))} ms`,
      ]);
    }
    console.log(`### Viewer rendering (headless Chromium, median of ${runs})\n`);
    console.log("| graph | first draw (from navigation) | renderer + first frame | panning | sigma's drawing per frame |");
    console.log("| --- | --- | --- | --- | --- |");
    for (const row of summary) console.log(`| ${row.join(" | ")} |`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
