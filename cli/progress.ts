/**
 * Progress of a long `extract` or `ingest` on stderr. On a terminal, a bar (cli-progress) with
 * articles/s and the time left; elsewhere (a log, CI), one line every 30 s. Progress is measured
 * in bytes of input, whose total a survey of the files gives up front (a .jsonl's line count is
 * not known before it is read); lines such as rejected files print above the bar.
 */
import { MultiBar, Presets, type SingleBar } from "cli-progress";

/** How far a run is: articles (and failures) done, their bytes of input, and the input's size once known. */
export interface ProgressState {
  articles: number;
  bytes: number;
  totalBytes: number | null;
  seconds: number;
}

export interface ProgressFigures {
  /** Articles per second since the start. */
  rate: number;
  /** Share of the input done, 0 to 1; null while the total is unknown. */
  fraction: number | null;
  /** Seconds left at the average speed so far; null while unknown. */
  secondsLeft: number | null;
}

export function progressFigures(state: ProgressState): ProgressFigures {
  const rate = state.seconds > 0 ? state.articles / state.seconds : 0;
  if (state.totalBytes === null || state.totalBytes <= 0) return { rate, fraction: null, secondsLeft: null };
  const fraction = Math.min(1, state.bytes / state.totalBytes);
  const bytesPerSecond = state.seconds > 0 ? state.bytes / state.seconds : 0;
  const secondsLeft = bytesPerSecond > 0 ? Math.max(0, (state.totalBytes - state.bytes) / bytesPerSecond) : null;
  return { rate, fraction, secondsLeft };
}

/** "45 s", "3 min 20 s", "2 h 05 min"; "?" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "?";
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, "0")} min`;
}

/** The one-line form: "entente/ingest: 12,345 articles, 41% of 310 MB, 250 articles/s, 3 min 05 s left". */
export function formatProgressLine(label: string, state: ProgressState): string {
  const figures = progressFigures(state);
  const share =
    figures.fraction === null || state.totalBytes === null
      ? `${megabytes(state.bytes)} MB read`
      : `${Math.floor(figures.fraction * 100)}% of ${megabytes(state.totalBytes)} MB`;
  return `${label}: ${state.articles.toLocaleString("en")} articles, ${share}, ${Math.round(figures.rate)} articles/s, ${formatDuration(figures.secondsLeft)} left`;
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
}

export interface Progress {
  /** One more article (or failure) done, that took `bytes` of the input. */
  advance(bytes: number): void;
  /** The input's whole size, once the survey has it. */
  setTotal(bytes: number): void;
  /** A line for the user, printed above the bar. */
  log(line: string): void;
  stop(): void;
}

const LINE_EVERY_MS = 30_000;

/**
 * A bar on a terminal, else a line every 30 s when articles were done meanwhile and some are left
 * (none for a run shorter than that, nor once everything is read).
 */
export function startProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const state: ProgressState = { articles: 0, bytes: 0, totalBytes: null, seconds: 0 };
  const now = (): ProgressState => ({ ...state, seconds: (performance.now() - started) / 1000 });
  return stream.isTTY ? new BarProgress(label, stream, state, now) : new LineProgress(label, stream, state, now);
}

class LineProgress implements Progress {
  private readonly timer: NodeJS.Timeout;

  constructor(
    label: string,
    private readonly stream: NodeJS.WriteStream,
    private readonly state: ProgressState,
    now: () => ProgressState,
  ) {
    let reported = 0;
    this.timer = setInterval(() => {
      if (state.articles === reported) return; // nothing new to say (still starting, or stalled)
      if (state.totalBytes !== null && state.bytes >= state.totalBytes) return; // all read: the run's own end says the rest
      reported = state.articles;
      stream.write(`${formatProgressLine(label, now())}\n`);
    }, LINE_EVERY_MS);
    this.timer.unref();
  }

  advance(bytes: number): void {
    this.state.articles += 1;
    this.state.bytes += bytes;
  }

  setTotal(bytes: number): void {
    this.state.totalBytes = bytes;
  }

  log(line: string): void {
    this.stream.write(`${line}\n`);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

class BarProgress implements Progress {
  private readonly bars: MultiBar;
  private readonly bar: SingleBar;
  private stopped = false;

  constructor(
    label: string,
    stream: NodeJS.WriteStream,
    private readonly state: ProgressState,
    private readonly now: () => ProgressState,
  ) {
    this.bars = new MultiBar(
      {
        stream,
        clearOnComplete: true,
        hideCursor: true,
        fps: 5,
        format: `${label} [{bar}] {share} | {articles} articles | {rate} articles/s | {left} left`,
      },
      Presets.shades_classic,
    );
    this.bar = this.bars.create(1, 0, this.payload());
  }

  advance(bytes: number): void {
    this.state.articles += 1;
    this.state.bytes += bytes;
    this.redraw();
  }

  setTotal(bytes: number): void {
    this.state.totalBytes = bytes;
    this.redraw();
  }

  log(line: string): void {
    this.bars.log(`${line}\n`);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.bars.stop();
  }

  private redraw(): void {
    const total = Math.max(1, this.state.totalBytes ?? this.state.bytes);
    this.bar.setTotal(total);
    this.bar.update(Math.min(total, this.state.bytes), this.payload());
  }

  private payload(): Record<string, string> {
    const state = this.now();
    const figures = progressFigures(state);
    return {
      share: figures.fraction === null ? "…" : `${Math.floor(figures.fraction * 100)}%`,
      articles: state.articles.toLocaleString("en"),
      rate: String(Math.round(figures.rate)),
      left: formatDuration(figures.secondsLeft),
    };
  }
}
