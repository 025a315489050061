/**
 * What the browser tests and the rendering benchmark need: the web app built (rebuilt when its sources are newer than the
 * build) and Debian's Chromium driven by playwright-core.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { projectRoot } from "../../src/config.js";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds dist/viewer-app with Vite unless a build newer than every source is already there. */
export function ensureViewerAppBuilt(): string {
  const root = projectRoot();
  const appDir = join(root, "dist", "viewer-app");
  const built = join(appDir, "index.html");
  const sources =
    newestChange(join(root, "viewer", "app")) > newestChange(join(root, "viewer", "shared"))
      ? newestChange(join(root, "viewer", "app"))
      : newestChange(join(root, "viewer", "shared"));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    execFileSync(
      process.execPath,
      [join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "viewer/app/vite.config.ts", "--logLevel", "error"],
      {
        cwd: root,
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
  }
  return appDir;
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`entente/test: no Chromium at ${CHROMIUM_PATH}; install Debian's chromium package (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
