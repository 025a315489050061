/**
 * The viewer end to end: the real server over the real Neo4j with the project's articles
 * (data/articles) ingested by the real pipeline (plus the viewer's fixture articles, which add a name holding
 * markup), driven in Debian's Chromium. One page walks through what an analyst does; the browser
 * must log no error other than the one refused write the test provokes on purpose.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { projectRoot } from "../../src/config.js";
import { ingestPaths } from "../../ingest/ingest-paths.js";
import { loadExtractions } from "../../src/store/load.js";
import { createViewerServer, type ViewerServer } from "../../viewer/server/server.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { XSS_NAME, viewerFixtureExtractions } from "./fixtures/viewer-graph.js";
import { ensureViewerAppBuilt, launchChromium } from "../../viewer/testing/chromium.js";
import { graphFromJson } from "../support/graph-json.js";

let conn: Neo4jConnection;
let server: ViewerServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** A second page, for the timeline. */
let timeline: Page;
/** The page waits on Neo4j and the layout: on a busy machine, give answers time to arrive. */
const PATIENCE = { timeout: 20_000, interval: 100 };
const ARTICLES = join(projectRoot(), "data", "articles");
/** data/articles: six article files and a .jsonl of two records. */
const ARTICLE_DOCUMENTS = 8;
const consoleErrors: string[] = [];
/** Nodes the Cypher console drew into the view: a reopened URL brings the query back to the console without running it. */
let drawnByCypher = 0;
const dialogs: string[] = [];

function watch(target: Page): void {
  target.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  target.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  target.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

async function openViewer(target: Page, search = ""): Promise<void> {
  await target.goto(`${server.url}${search}`);
  await target.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
}

async function nodeCount(target: Page): Promise<number> {
  return Number(await target.getAttribute("#graph-stats", "data-nodes"));
}

async function searchAndChoose(target: Page, text: string, name: string): Promise<void> {
  await target.fill("#search", text);
  const hit = target.locator("#search-results button.hit", { has: target.locator(".hit-name", { hasText: name }) }).first();
  await hit.waitFor({ timeout: PATIENCE.timeout });
  await hit.click();
  await target.locator("[data-testid=panel-title]", { hasText: name }).waitFor({ timeout: PATIENCE.timeout });
}

beforeAll(async () => {
  const appDir = ensureViewerAppBuilt();
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  const articles = await ingestPaths(conn, [ARTICLES]);
  expect(articles.rejected).toEqual([]);
  expect(articles.loaded).toBe(ARTICLE_DOCUMENTS);
  await loadExtractions(conn, viewerFixtureExtractions());
  server = await createViewerServer({ conn, port: 0, appDir });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  page = await context.newPage();
  watch(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await conn?.close();
});

describe("viewer in Chromium", () => {
  it("draws the graph on a sigma canvas", async () => {
    // Start from the single most connected node so that later steps visibly add to the view.
    await openViewer(page, "?ov=1");
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(1);
    expect(await nodeCount(page)).toBe(1);
    const box = await page.locator("#graph canvas").first().boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(300);
  });

  it("searches Takaichi and opens her panel with the evidence quote and the article", async () => {
    await searchAndChoose(page, "Takaichi", "Sanae Takaichi");
    const panel = page.locator("#panel");
    // Quotes from the project's articles, each cited with its article (its title, or its first sentence when it has none) and date.
    await panel.locator("figure.evidence").first().waitFor();
    const articleQuotes = await panel.locator("figure.evidence").evaluateAll((figures) =>
      figures
        .map((f) => ({
          quote: f.querySelector("blockquote")?.textContent ?? "",
          cite: f.querySelector("cite")?.textContent ?? "",
          document: f.querySelector("cite")?.getAttribute("data-document") ?? "",
        }))
        .filter((q) => q.document !== "" && !q.document.startsWith("doc:viewer-fixture")),
    );
    expect(articleQuotes.some((q) => q.quote.includes("Takaichi") && /\d{4}-\d{2}(-\d{2})?$/.test(q.cite))).toBe(true);
    await expect
      .poll(() => panel.locator("blockquote.quote").allTextContents(), PATIENCE)
      .toContain("Première ministre du Japon, Takaichi Sanae");
    const citation = panel
      .locator(
        'figure.evidence:has(blockquote:text-is("Première ministre du Japon, Takaichi Sanae")) cite[data-document="doc:viewer-fixture-fr"]',
      )
      .first();
    expect(await citation.textContent()).toBe("Le Japon et le Royaume-Uni renforcent leur coopération — Fixture Presse, 2026-02-02");
    const roles = await panel.locator(".fact-line").allTextContents();
    expect(roles.some((line) => /^(⚠ )?Prime Minister of Japan/.test(line))).toBe(true);
    expect(await nodeCount(page)).toBe(2);
  });

  it("marks her conflicting offices and shows both sources side by side", async () => {
    const panel = page.locator("#panel");
    expect(await panel.locator(".badge.conflict-badge").count()).toBe(1);
    const conflict = panel.locator(".conflict", { hasText: "Foreign Minister" }).first();
    const sides = await conflict.locator(".claim").evaluateAll((claims) =>
      claims.map((claim) => ({
        summary: claim.querySelector(".claim-summary")?.textContent ?? "",
        articles: Array.from(claim.querySelectorAll("cite"), (cite) => cite.getAttribute("data-document")),
      })),
    );
    // The fixture's English article claims Foreign Minister on the day others say another office.
    expect(sides).toContainEqual({ summary: "Foreign Minister of Japan", articles: ["doc:viewer-fixture-en"] });
    const others = sides.filter((side) => side.summary !== "Foreign Minister of Japan");
    expect(others.length).toBeGreaterThanOrEqual(1);
    for (const side of others) {
      expect(side.summary).toMatch(/ of Japan$/);
      expect(side.articles.length).toBeGreaterThan(0);
      expect(side.articles).not.toContain("doc:viewer-fixture-en");
    }
    // Side by side: the two claims sit in one row.
    const boxes = await conflict.locator(".claim").evaluateAll((claims) => claims.map((c) => c.getBoundingClientRect().top));
    expect(new Set(boxes.slice(0, 2)).size).toBe(1);
    expect(await panel.locator(".fact.conflicting").count()).toBeGreaterThanOrEqual(2);
  });

  it("expands her neighbours from Neo4j and collapses them again", async () => {
    const before = await nodeCount(page);
    await page.click("#panel [data-action=expand]");
    await expect.poll(() => nodeCount(page), PATIENCE).toBeGreaterThan(before);
    const expanded = await nodeCount(page);
    await page.locator("#panel [data-action=collapse]").waitFor();
    await page.click("#panel [data-action=collapse]");
    await expect.poll(() => nodeCount(page), PATIENCE).toBeLessThan(expanded);
    await page.click("#panel [data-action=expand]");
    await expect.poll(() => nodeCount(page), PATIENCE).toBe(expanded);
  });

  it("finds the path from Takaichi to Italy", async () => {
    await page.click("#panel [data-action=path-from]");
    await searchAndChoose(page, "Italie", "Italy");
    await page.click("#panel [data-action=path-to]");
    // The fixture guarantees a path (through Japan and the GCAP); the articles may offer a shorter or equal one.
    await expect.poll(() => page.textContent("#path-result"), PATIENCE).toMatch(/^[1-3] steps?: Sanae Takaichi → (.+ → )?Italy$/);
  });

  it("refuses a CREATE typed in the console", async () => {
    await page.fill("#cypher", "CREATE (:Intruder {name: 'x'}) RETURN 1");
    await page.click("#cypher-run");
    const error = page.locator("#cypher-output .error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/writes to the database/i);
    const check = await conn.driver.executeQuery("MATCH (n:Intruder) RETURN count(n) AS n", {}, { database: conn.database });
    expect(Number(check.records[0].get("n"))).toBe(0);
  });

  it("draws read query results into the graph and shows them as a table", async () => {
    await page.fill("#cypher", "MATCH (c:Country)-[r:PARTICIPATES_IN]->(p:Program) RETURN c, r, p");
    await page.check("input[name=cypher-mode][value=graph]");
    const before = await nodeCount(page);
    await page.click("#cypher-run");
    await expect
      .poll(() => page.textContent("[data-testid=cypher-summary]"), PATIENCE)
      .toMatch(/^\d+ rows?; drew \d+ nodes \(\d+ new\), \d+ relationships\.$/);
    const drawn = Number((await page.textContent("[data-testid=cypher-summary]"))?.match(/\((\d+) new\)/)?.[1]);
    expect(await nodeCount(page)).toBe(before + drawn);
    drawnByCypher = drawn;

    await page.fill(
      "#cypher",
      "MATCH (p:Person)-[r:HOLDS_ROLE]->(c) RETURN p.name AS person, r.title AS title, c.name AS country ORDER BY person, title",
    );
    await page.check("input[name=cypher-mode][value=table]");
    await page.click("#cypher-run");
    await page.locator("#cypher-output table").waitFor();
    const rows = await page.locator("#cypher-output tbody tr").allTextContents();
    expect(rows).toContain("Sanae TakaichiPrime MinisterJapan");
  });

  it("downloads the view as graphology JSON that loads with Graph.from", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
    expect(download.suggestedFilename()).toBe("entente-graph.json");
    const graph = graphFromJson(readFileSync(await download.path(), "utf8"));
    expect(graph.order).toBe(await nodeCount(page));
    expect(graph.getNodeAttribute("person:sanae-takaichi", "label")).toBe("Sanae Takaichi");
    expect(graph.size).toBeGreaterThan(0);
  });

  it("exports the picture as PNG", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    expect(download.suggestedFilename()).toBe("entente-graph.png");
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  it("filters by type and colours by community with a legend", async () => {
    const person = page.locator("#type-filters input[data-type=Person]");
    await person.uncheck();
    await expect.poll(() => page.textContent("#graph-stats"), PATIENCE).toMatch(/shown of/);
    await expect.poll(() => new URL(page.url()).searchParams.get("hide"), PATIENCE).toBe("Person");
    await person.check();
    await expect.poll(() => page.textContent("#graph-stats"), PATIENCE).not.toMatch(/shown of/);
    await page.selectOption("#color-by", "community");
    await expect.poll(() => page.locator("#legend li").first().textContent(), PATIENCE).toMatch(/^community \d+ \(\d+\)$/);
    await page.selectOption("#color-by", "type");
    await expect
      .poll(async () => (await page.locator("#legend li").allTextContents()).some((t) => /^Person \(\d+\)$/.test(t)), PATIENCE)
      .toBe(true);
  });

  it("filters events by date and nodes by source article", async () => {
    const shown = async () => Number((await page.textContent("#graph-stats"))?.match(/^(\d+) shown of/)?.[1] ?? (await nodeCount(page)));
    const all = await nodeCount(page);
    await page.fill("#date-from", "2030");
    await page.locator("#date-from").blur();
    await expect.poll(() => new URL(page.url()).searchParams.get("from"), PATIENCE).toBe("2030");
    // Every event in the view is dated before 2030: they hide, entities stay.
    expect(await shown()).toBeLessThan(all);
    expect(await shown()).toBeGreaterThan(0);
    await page.fill("#date-from", "");
    await page.locator("#date-from").blur();
    await expect.poll(shown, PATIENCE).toBe(all);
    await page.selectOption("#source-filter", "doc:viewer-fixture-en");
    await expect.poll(() => new URL(page.url()).searchParams.get("src"), PATIENCE).toBe("doc:viewer-fixture-en");
    const fromOneArticle = await shown();
    expect(fromOneArticle).toBeGreaterThan(0);
    expect(fromOneArticle).toBeLessThan(all);
    await page.selectOption("#source-filter", "");
    await expect.poll(shown, PATIENCE).toBe(all);
  });

  it("draws the view's events on a timeline under the graph: coloured by type, planned ones hollow", async () => {
    timeline = await context.newPage();
    watch(timeline);
    await openViewer(timeline, "?ov=500");
    const inDatabase = await conn.driver.executeQuery("MATCH (ev:Event) RETURN count(ev) AS n", {}, { database: conn.database });
    await expect.poll(() => timeline.getAttribute("#timeline", "data-events"), PATIENCE).toBe(String(inDatabase.records[0]?.get("n")));
    const marks = await timeline.locator("#timeline .mark").evaluateAll((elements) =>
      elements.map((e) => ({
        type: e.getAttribute("data-type"),
        status: e.getAttribute("data-status"),
        fill: e.getAttribute("fill"),
        stroke: e.getAttribute("stroke"),
      })),
    );
    expect(marks.length).toBe(Number(await timeline.getAttribute("#timeline", "data-marks")));
    expect(marks.some((mark) => mark.status === "planned")).toBe(true);
    for (const mark of marks) {
      if (mark.status === "occurred") expect(mark.fill).toBe(mark.stroke);
      else expect([mark.fill, mark.stroke === "#ffffff"]).toEqual(["#ffffff", false]);
    }
    const colourOf = new Map(marks.map((mark) => [mark.type, mark.stroke]));
    for (const mark of marks) expect(mark.stroke).toBe(colourOf.get(mark.type));
    expect(colourOf.get("Meeting")).not.toBe(colourOf.get("Visit"));
  });

  it("filters the graph to a period brushed on the timeline, and keeps the period in the URL", async () => {
    const box = await timeline.locator("#timeline svg").boundingBox();
    if (!box) throw new Error("no timeline on the page");
    // Across the axis, below the events: a drag may start on an event too, but a click there selects it.
    await timeline.mouse.move(box.x + box.width * 0.55, box.y + box.height - 6);
    await timeline.mouse.down();
    await timeline.mouse.move(box.x + box.width * 0.85, box.y + box.height - 6, { steps: 6 });
    await timeline.mouse.up();
    await expect.poll(() => new URL(timeline.url()).searchParams.get("from"), PATIENCE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const from = new URL(timeline.url()).searchParams.get("from") ?? "";
    const to = new URL(timeline.url()).searchParams.get("to") ?? "";
    expect(from < to).toBe(true);
    expect(await timeline.inputValue("#date-from")).toBe(from);
    await expect.poll(() => timeline.textContent("#graph-stats"), PATIENCE).toMatch(/shown of/);
    // Marks outside the period fade; those inside are dated within it.
    const inside = await timeline
      .locator("#timeline .mark:not(.outside)")
      .evaluateAll((e) => e.map((m) => m.getAttribute("data-date") ?? ""));
    expect(inside.length).toBeGreaterThan(0);
    const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
    for (const date of inside) expect(date <= to && lastDay(date) >= from, date).toBe(true);
    expect(await timeline.locator("#timeline .mark.outside").count()).toBeGreaterThan(0);

    const reopened = await context.newPage();
    watch(reopened);
    await openViewer(reopened, new URL(timeline.url()).search);
    await reopened.locator("#timeline .timeline-period").waitFor();
    expect(await reopened.inputValue("#date-to")).toBe(to);
    await expect.poll(() => reopened.textContent("#graph-stats"), PATIENCE).toMatch(/shown of/);
    await reopened.close();

    await timeline.click("#timeline [data-action=clear-period]");
    await expect.poll(() => new URL(timeline.url()).searchParams.get("from"), PATIENCE).toBeNull();
    await expect.poll(() => timeline.textContent("#graph-stats"), PATIENCE).not.toMatch(/shown of/);
  });

  it("selects the event clicked on the timeline", async () => {
    const mark = timeline.locator("#timeline .mark").first();
    const id = (await mark.getAttribute("data-id")) ?? "";
    await mark.click();
    await expect.poll(() => new URL(timeline.url()).searchParams.get("sel"), PATIENCE).toBe(id);
    const title = await timeline.textContent("[data-testid=panel-title]");
    expect((await mark.locator("title").textContent())?.startsWith(`${title ?? "?"} (`)).toBe(true);
    await expect.poll(() => timeline.locator("#timeline .mark.selected").getAttribute("data-id"), PATIENCE).toBe(id);
  });

  it("lists a person's events in date order in her panel, each article's claim under an announced one", async () => {
    await searchAndChoose(timeline, "Starmer", "Keir Starmer");
    const dates = await timeline.locator("#panel .fact.event .fact-line time").allTextContents();
    expect(dates.length).toBeGreaterThan(2);
    const known = dates.filter((date) => date !== "date unknown");
    expect(known).toEqual([...known].sort());
    expect(dates.slice(known.length).every((date) => date === "date unknown")).toBe(true);
    // The planned China visit: every article's claim, in publication order.
    const claims = timeline.locator("#panel [data-testid=event-claims]").first();
    await claims.waitFor();
    expect((await claims.locator("li").allTextContents()).every((line) => /^planned/.test(line))).toBe(true);
    await timeline.close();
  });

  it("restores the selection when the URL is reopened", async () => {
    await searchAndChoose(page, "Takaichi", "Sanae Takaichi");
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("sel") === "person:sanae-takaichi");
    const url = page.url();
    const reopened = await context.newPage();
    watch(reopened);
    await reopened.goto(url);
    await reopened.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await reopened.locator("[data-testid=panel-title]", { hasText: "Sanae Takaichi" }).waitFor();
    expect(await reopened.textContent("#path-result")).toContain("Sanae Takaichi → Japan");
    expect(await nodeCount(reopened)).toBeGreaterThanOrEqual((await nodeCount(page)) - drawnByCypher - 1);
    await reopened.close();
  });

  it("shows a name holding markup as literal text", async () => {
    await searchAndChoose(page, "onerror", XSS_NAME);
    expect(await page.textContent("[data-testid=panel-title]")).toBe(XSS_NAME);
    expect(await page.locator("#panel img").count()).toBe(0);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("logged no console error besides the refused write", () => {
    const refused = consoleErrors.filter((text) => /status of 400/.test(text));
    expect(refused.length).toBeLessThanOrEqual(1);
    expect(consoleErrors.filter((text) => !/status of 400/.test(text))).toEqual([]);
  });
});
