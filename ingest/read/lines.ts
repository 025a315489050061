/**
 * A file's lines as raw bytes, streamed from disk: what lets a .jsonl archive of any size be read in
 * constant memory. Lines end at "\n" (a "\r" before it is dropped); a line longer than the limit is
 * not held: it comes out as `null` so that the caller can name it and go on.
 */
import { createReadStream } from "node:fs";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export interface RawLine {
  /** The line without its line break; null when it was longer than the limit. */
  bytes: Buffer | null;
  /** Bytes the line took in the file, its line break included. */
  size: number;
}

/** The lines of `path` in order, read `chunkBytes` at a time; read errors are thrown to the caller. */
export async function* readRawLines(path: string, maxLineBytes: number, chunkBytes = 1024 * 1024): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const take = (last: Buffer): Buffer | null => {
    const length = pendingBytes + last.length;
    if (length > maxLineBytes) return null;
    const line = pending.length === 0 ? last : Buffer.concat([...pending, last], length);
    return line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.subarray(0, line.length - 1) : line;
  };
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        const piece = chunk.subarray(start, end);
        yield { bytes: take(piece), size: pendingBytes + piece.length + 1 };
        pending = [];
        pendingBytes = 0;
        start = end + 1;
      }
      const rest = chunk.subarray(start);
      // Past the limit, the line's bytes are counted but no longer kept.
      if (pendingBytes + rest.length <= maxLineBytes) pending.push(Buffer.from(rest));
      else pending = [];
      pendingBytes += rest.length;
    }
  } finally {
    stream.destroy();
  }
  if (pendingBytes > 0) yield { bytes: take(Buffer.alloc(0)), size: pendingBytes };
}
