/**
 * The lines of a file, read as a stream in chunks: a .jsonl file of any size is read in bounded
 * memory. A line longer than the limit is not kept: it comes out as its length alone, and its bytes
 * are dropped as they arrive.
 */
import type { FileHandle } from "node:fs/promises";

export type FileLine = { lineNo: number; bytes: Buffer } | { lineNo: number; overlong: number };

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Each line of the file (without its `\n` or `\r\n`), numbered from 1; empty last line left out. */
export async function* readLines(handle: FileHandle, maxLineBytes: number): AsyncGenerator<FileLine> {
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let parts: Buffer[] = [];
  let length = 0;
  let lineNo = 1;
  const keep = (piece: Buffer): void => {
    length += piece.length;
    if (length <= maxLineBytes) parts.push(Buffer.from(piece)); // past the limit, the line's bytes are dropped
  };
  const finish = (): FileLine => {
    let bytes = Buffer.concat(parts);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    const line: FileLine = length > maxLineBytes ? { lineNo, overlong: length } : { lineNo, bytes };
    parts = [];
    length = 0;
    lineNo += 1;
    return line;
  };
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
    if (bytesRead === 0) break;
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE, 0); at >= 0 && at < bytesRead; at = chunk.indexOf(NEWLINE, start)) {
      keep(chunk.subarray(start, at));
      yield finish();
      start = at + 1;
    }
    keep(chunk.subarray(start, bytesRead));
  }
  if (length > 0) yield finish();
}
