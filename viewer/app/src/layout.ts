/**
 * ForceAtlas2 in its web worker. The supervisor respawns its worker when nodes or edges are
 * added or dropped; this runner restarts the layout for a while after each change, then stops it
 * so an idle view costs nothing.
 */
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ViewerGraph } from "./graph-model.js";

export class LayoutRunner {
  private supervisor: FA2Layout | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<(running: boolean) => void>();

  constructor(private readonly graph: ViewerGraph) {}

  /** Runs the layout for `durationMs` (longer for bigger graphs by default). */
  run(durationMs = Math.min(6000, 1500 + this.graph.order * 4)): void {
    if (this.graph.order === 0) return;
    if (!this.supervisor) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.supervisor = new FA2Layout(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 400, adjustSizes: false },
      });
    }
    if (!this.supervisor.isRunning()) this.supervisor.start();
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => this.stop(), durationMs);
    this.emit();
  }

  stop(): void {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = null;
    if (this.supervisor?.isRunning()) this.supervisor.stop();
    this.emit();
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  kill(): void {
    this.stop();
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.isRunning());
  }
}
