/**
 * Offset lookups in O(log n), so that recognition stays near-linear even on a "sentence" of
 * hundreds of thousands of characters (a page without punctuation).
 */
import type { KbMatch } from "../../src/kb/matcher.js";
import type { Token } from "./tokens.js";

export interface Span {
  start: number;
  end: number;
}

/** Index of the last item whose start is below `offset`, or -1 (items sorted by start). */
function lastStartingBefore(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A set of spans (overlapping or not) that answers "which span overlaps [start, end)?". */
export class SpanIndex<T extends Span> {
  private readonly sorted: T[];
  private readonly widest: number[]; // index of the item with the greatest end among sorted[0..i]

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.widest = [];
    let best = -1;
    this.sorted.forEach((s, i) => {
      if (best < 0 || s.end > this.sorted[best].end) best = i;
      this.widest.push(best);
    });
  }

  /** A span overlapping [start, end), if any. */
  overlapping(start: number, end: number): T | undefined {
    const i = lastStartingBefore(this.sorted, end);
    if (i < 0) return undefined;
    const candidate = this.sorted[this.widest[i]];
    return candidate.end > start ? candidate : undefined;
  }

  /** Every span lying within [start, end). */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = lastStartingBefore(this.sorted, start) + 1; i < this.sorted.length && this.sorted[i].start < end; i++) {
      if (this.sorted[i].end <= end) out.push(this.sorted[i]);
    }
    return out;
  }
}

/** The tokens and KB matches of one sentence, looked up by offset. */
export class SentenceView {
  readonly tokens: readonly Token[];
  readonly matches: readonly KbMatch[];
  private readonly byStart = new Map<number, number>();
  private readonly byEnd = new Map<number, number>();
  private readonly matchesByStart = new Map<number, KbMatch[]>();
  private readonly matchesByEnd = new Map<number, KbMatch[]>();
  private readonly matchIndex: SpanIndex<KbMatch>;

  constructor(tokens: readonly Token[], matches: readonly KbMatch[]) {
    this.tokens = tokens;
    this.matches = matches;
    tokens.forEach((t, i) => {
      this.byStart.set(t.start, i);
      this.byEnd.set(t.end, i);
    });
    const add = (map: Map<number, KbMatch[]>, key: number, m: KbMatch): void => {
      const list = map.get(key);
      if (list) list.push(m);
      else map.set(key, [m]);
    };
    for (const m of matches) {
      add(this.matchesByStart, m.start, m);
      add(this.matchesByEnd, m.end, m);
    }
    this.matchIndex = new SpanIndex(matches);
  }

  /** Index of the token that starts at `offset`, or -1. */
  tokenStartingAt(offset: number): number {
    return this.byStart.get(offset) ?? -1;
  }

  /** Index of the token that ends at `offset`, or -1. */
  tokenEndingAt(offset: number): number {
    return this.byEnd.get(offset) ?? -1;
  }

  /** Index of the first token starting at or after `offset`, or -1. */
  firstTokenFrom(offset: number): number {
    const i = lastStartingBefore(this.tokens, offset) + 1;
    return i < this.tokens.length ? i : -1;
  }

  matchesStartingAt(offset: number): readonly KbMatch[] {
    return this.matchesByStart.get(offset) ?? [];
  }

  matchesEndingAt(offset: number): readonly KbMatch[] {
    return this.matchesByEnd.get(offset) ?? [];
  }

  /** A KB match overlapping the span, if any (matches do not overlap one another). */
  matchOver(span: Span): KbMatch | undefined {
    return this.matchIndex.overlapping(span.start, span.end);
  }

  /** Every target of the match overlapping the span. */
  matchesOver(span: Span): readonly KbMatch[] {
    const m = this.matchOver(span);
    return m ? this.matchesStartingAt(m.start).filter((x) => x.end === m.end) : [];
  }

  matchesWithin(start: number, end: number): KbMatch[] {
    return this.matchIndex.within(start, end);
  }
}
