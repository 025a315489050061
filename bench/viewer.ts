/**
 * The viewer's drawing against bare sigma, side by side in one headless Chromium: for graphs of
 * 1,000, 10,000 and 50,000 nodes (three edges a node; --quick: the first two), the app itself
 * (its first view from the overview API, answered from a generated graph: bench/viewer-server.ts)
 * and a bare page where graphology and sigma alone draw the same graph with the same settings
 * (viewer/app/bench/bare.ts). Time to first draw, the JavaScript heap held once drawn, frames/s and
 * main-thread CPU per frame while the mouse pans; the app's overhead is the ratio. The app pans twice: while ForceAtlas2 still lays the
 * graph out after loading (work bare sigma does not do), and once the layout has stopped.
 *
 *   npm run build && node dist/bench/viewer.js [--quick] [--runs N]
 */
import type { Browser } from "playwright-core";
import { ensureViewerAppBuilt, launchChromium } from "../viewer/testing/chromium.js";
import { count, median, quickMode, ratio, table } from "./common.js";
import { openMeasuredPage, type Pan } from "./viewer-measure.js";
import { startBenchViewerServer } from "./viewer-server.js";

const SIZES = quickMode() ? [1_000, 10_000] : [1_000, 10_000, 50_000];
const PAN_MS = quickMode() ? 2_000 : 3_000;
const VIEWPORT = { width: 1280, height: 800 };
/** How long a page may take to draw (50,000 nodes on a loaded machine) and the app's layout to stop. */
const DRAW_TIMEOUT_MS = 180_000;
const LAYOUT_TIMEOUT_MS = 60_000;

interface AppRun {
  firstDrawMs: number;
  firstDrawCpuMs: number;
  heapMiB: number;
  layingOut: Pan;
  atRest: Pan;
  area: { width: number; height: number };
}

interface BareRun {
  firstDrawMs: number;
  firstDrawCpuMs: number;
  heapMiB: number;
  pan: Pan;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const newPage = (browser: Browser) => () => browser.newPage({ viewport: VIEWPORT });

const LAYING_OUT = "document.getElementById('graph-stats').textContent.includes('laying out')";

/**
 * The app's first view of `nodes` nodes. Its layout is stopped at once with the Layout button, as
 * a person may, so that it pans the graph as placed on arrival (the bare page's picture: how
 * nodes overlap changes what software WebGL costs); then the button starts the layout again and
 * the app pans while ForceAtlas2 moves every node.
 */
async function measureApp(browser: Browser, origin: string, nodes: number): Promise<AppRun> {
  const page = await openMeasuredPage(newPage(browser), `${origin}/index.html?ov=${nodes}`, DRAW_TIMEOUT_MS);
  try {
    const { page: app } = page;
    if (await app.evaluate<boolean>(LAYING_OUT)) await app.click("#layout-toggle");
    await app.waitForFunction(`!(${LAYING_OUT})`, null, { timeout: LAYOUT_TIMEOUT_MS });
    const atRest = await page.pan(PAN_MS);
    await app.click("#layout-toggle");
    await app.waitForFunction(LAYING_OUT, null, { timeout: LAYOUT_TIMEOUT_MS });
    const layingOut = await page.pan(PAN_MS);
    return {
      firstDrawMs: page.firstDrawMs,
      firstDrawCpuMs: page.firstDrawCpuMs,
      heapMiB: page.heapMiB,
      layingOut,
      atRest,
      area: page.area,
    };
  } finally {
    await page.close();
  }
}

/** The bare page drawing the same graph in a container of the app's graph area. */
async function measureBare(browser: Browser, origin: string, nodes: number, area: AppRun["area"]): Promise<BareRun> {
  const url = `${origin}/bare/bare.html?nodes=${nodes}&w=${Math.round(area.width)}&h=${Math.round(area.height)}`;
  const page = await openMeasuredPage(newPage(browser), url, DRAW_TIMEOUT_MS);
  try {
    return { firstDrawMs: page.firstDrawMs, firstDrawCpuMs: page.firstDrawCpuMs, heapMiB: page.heapMiB, pan: await page.pan(PAN_MS) };
  } finally {
    await page.close();
  }
}

const ms = (value: number) => `${count(value)} ms`;
const fps = (value: number) => `${value.toFixed(1)} fps`;
const cpu = (value: number) => `${value.toFixed(1)} ms`;
const mib = (value: number) => `${value.toFixed(1)} MiB`;

async function main(): Promise<void> {
  const runs = Number(argument("--runs") ?? (quickMode() ? 1 : 3));
  const appDir = ensureViewerAppBuilt();
  const server = await startBenchViewerServer(appDir, SIZES);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    // Without a browser, the server would keep the process alive: closed before the error goes up.
    await server.close();
    throw error;
  }
  const drawRows: string[][] = [];
  const panRows: string[][] = [];
  try {
    for (const nodes of SIZES) {
      const apps: AppRun[] = [];
      const bares: BareRun[] = [];
      // Interleaved, so that a change in the machine's load touches both pages alike.
      for (let run = 0; run < runs; run++) {
        const app = await measureApp(browser, server.origin, nodes);
        const bare = await measureBare(browser, server.origin, nodes, app.area);
        console.error(JSON.stringify({ nodes, run, app, bare }));
        apps.push(app);
        bares.push(bare);
      }
      const graph = `${count(nodes)} nodes / ${count(nodes * 3)} edges`;
      const appDraw = median(apps.map((r) => r.firstDrawMs));
      const bareDraw = median(bares.map((r) => r.firstDrawMs));
      const appDrawCpu = median(apps.map((r) => r.firstDrawCpuMs));
      const bareDrawCpu = median(bares.map((r) => r.firstDrawCpuMs));
      const appHeap = median(apps.map((r) => r.heapMiB));
      const bareHeap = median(bares.map((r) => r.heapMiB));
      drawRows.push([
        graph,
        ms(appDraw),
        ms(bareDraw),
        ratio(appDraw / bareDraw),
        `${ms(appDrawCpu)} / ${ms(bareDrawCpu)} (${ratio(appDrawCpu / bareDrawCpu)})`,
        `${mib(appHeap)} / ${mib(bareHeap)} (${ratio(appHeap / bareHeap)})`,
      ]);
      const appFps = median(apps.map((r) => r.atRest.fps));
      const bareFps = median(bares.map((r) => r.pan.fps));
      const appCpu = median(apps.map((r) => r.atRest.cpuMsPerFrame));
      const bareCpu = median(bares.map((r) => r.pan.cpuMsPerFrame));
      panRows.push([
        graph,
        fps(appFps),
        fps(bareFps),
        ratio(bareFps / appFps),
        `${cpu(appCpu)} / ${cpu(bareCpu)} (${ratio(appCpu / bareCpu)})`,
        `${fps(median(apps.map((r) => r.layingOut.fps)))}, ${cpu(median(apps.map((r) => r.layingOut.cpuMsPerFrame)))}`,
      ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`### Viewer against bare sigma (headless Chromium, software WebGL, median of ${runs})\n`);
  console.log(
    table(
      ["graph", "first draw: app", "bare sigma", "app ÷ bare", "main-thread CPU meanwhile: app / bare", "JS heap once drawn: app / bare"],
      drawRows,
    ),
  );
  console.log();
  console.log(
    table(
      [
        "graph",
        "panning: app (layout stopped)",
        "bare sigma",
        "bare ÷ app",
        "main-thread CPU per frame: app / bare",
        "app while ForceAtlas2 runs: fps, CPU per frame",
      ],
      panRows,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
