/**
 * How the viewer benchmark measures a page, the same way for the app and for the bare sigma page,
 * with nothing added to either: a script installed before the page's own counts animation frames
 * and notes the first frame after the page marks itself drawn (body[data-ready=true]); the mouse
 * drags the graph as a person pans; Chromium's own counters give the main thread's CPU time and
 * the JavaScript heap.
 */
import type { CDPSession, Page } from "playwright-core";

/** Runs in the page before its scripts: frame counter and first-draw time on window.__bench. */
const FRAME_PROBE = `(() => {
  const bench = { frames: 0, firstDrawMs: null, error: null };
  window.__bench = bench;
  const tick = () => { bench.frames += 1; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new MutationObserver((_records, observer) => {
    const ready = document.body ? document.body.dataset.ready : undefined;
    if (ready === "true") {
      observer.disconnect();
      // Registered after the page's own frame callbacks: runs once the graph has been drawn.
      requestAnimationFrame(() => { bench.firstDrawMs = performance.now(); });
    } else if (ready === "error") {
      observer.disconnect();
      bench.error = document.body.textContent || "error";
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
})();`;

/** Time given to the page to finish the highlight of a hovered node before a pan is counted. */
const SETTLE_MS = 1_000;
/** The uncounted drag before a page's first counted one. */
const WARM_UP_MS = 1_000;

interface ProbeState {
  frames: number;
  firstDrawMs: number | null;
  error: string | null;
}

export interface Pan {
  fps: number;
  /** Main-thread CPU time per frame drawn while panning. */
  cpuMsPerFrame: number;
}

export interface MeasuredPage {
  page: Page;
  /** From navigation start to the end of the first frame with the graph drawn. */
  firstDrawMs: number;
  /** Main-thread CPU time spent meanwhile. */
  firstDrawCpuMs: number;
  /** The JavaScript heap held once drawn (after a garbage collection), in MiB; WebGL buffers are not in it. */
  heapMiB: number;
  /** The page's graph area (the bare page is given the app's). */
  area: { x: number; y: number; width: number; height: number };
  /** Drags the graph for `ms` and reports the frame rate and CPU per frame meanwhile. */
  pan(ms: number): Promise<Pan>;
  close(): Promise<void>;
}

const probe = (page: Page) => page.evaluate<ProbeState>("window.__bench");

/** One of Chromium's performance metrics for the page (ThreadTime: main-thread CPU seconds so far; JSHeapUsedSize: bytes). */
async function metric(cdp: CDPSession, name: "ThreadTime" | "JSHeapUsedSize"): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`entente/bench: Chromium reports no ${name} metric`);
  return found.value;
}

const threadSeconds = (cdp: CDPSession) => metric(cdp, "ThreadTime");

/** The JavaScript heap the page still holds after a full garbage collection, in MiB. */
async function retainedHeapMiB(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  return (await metric(cdp, "JSHeapUsedSize")) / 2 ** 20;
}

/** Opens `url` in a fresh page and waits for its first drawn frame. */
export async function openMeasuredPage(newPage: () => Promise<Page>, url: string, timeoutMs: number): Promise<MeasuredPage> {
  const page = await newPage();
  await page.addInitScript(FRAME_PROBE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  await page.waitForFunction("window.__bench.firstDrawMs !== null || window.__bench.error !== null", null, { timeout: timeoutMs });
  const drawn = await probe(page);
  const firstDrawCpuMs = (await threadSeconds(cdp)) * 1000;
  if (drawn.error !== null || drawn.firstDrawMs === null) throw new Error(`entente/bench: ${url} failed: ${drawn.error}`);
  const heapMiB = await retainedHeapMiB(cdp);
  const area = await page.evaluate<MeasuredPage["area"]>(
    "(({ x, y, width, height }) => ({ x, y, width, height }))(document.getElementById('graph').getBoundingClientRect())",
  );

  const centerX = area.x + area.width / 2;
  const centerY = area.y + area.height / 2;
  /** Drags the graph in a circle for `ms`; released off the graph, where the browser's click selects no node. */
  const drag = async (ms: number): Promise<void> => {
    const started = performance.now();
    await page.mouse.down();
    for (let step = 0; performance.now() - started < ms; step++) {
      const t = step / 20;
      await page.mouse.move(centerX + (area.width / 6) * Math.sin(t), centerY + (area.height / 6) * Math.cos(t));
    }
    await page.mouse.move(area.x + area.width + 20, centerY);
    await page.mouse.up();
  };

  let warm = false;
  const pan = async (ms: number): Promise<Pan> => {
    // Before the page's first counted drag, an uncounted one: the first frames drawn while moving
    // (shaders, picking buffers, JIT) cost more than the rest and would weigh on whichever page had
    // not moved yet. Not before later ones, which the app's layout (stopping after 6 s) must not outlast.
    if (!warm) {
      await page.mouse.move(centerX, centerY);
      await drag(WARM_UP_MS);
      warm = true;
    }
    // Onto the graph again, and let what hovering there draws be done before counting.
    await page.mouse.move(centerX, centerY);
    await page.waitForTimeout(SETTLE_MS);
    const before = await probe(page);
    const cpuBefore = await threadSeconds(cdp);
    const started = performance.now();
    await drag(ms);
    const seconds = (performance.now() - started) / 1000;
    const frames = (await probe(page)).frames - before.frames;
    const cpuMs = ((await threadSeconds(cdp)) - cpuBefore) * 1000;
    return { fps: frames / seconds, cpuMsPerFrame: frames > 0 ? cpuMs / frames : 0 };
  };

  return { page, firstDrawMs: drawn.firstDrawMs, firstDrawCpuMs, heapMiB, area, pan, close: () => page.close() };
}
