/** Bytes to text: strict UTF-8, with a one-line reason when a file is not readable text. */
import { TextDecoder } from "node:util";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** C0 control characters no text file holds: all but tab, line feed, vertical tab, form feed, carriage return and escape. */
function isBinaryControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1a) || (code >= 0x1c && code <= 0x1f);
}

function hasControlBytes(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isBinaryControl(text.charCodeAt(i))) return true;
  return false;
}

/** Strict UTF-8 decoding; a BOM is kept (offsets match the file as Node reads it); NUL bytes or other control bytes mean binary. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8 text" };
  }
  if (hasControlBytes(text)) return { ok: false, reason: "binary content (control bytes)" };
  if (text.trim().length === 0) return { ok: false, reason: "no text (only whitespace)" };
  return { ok: true, text };
}

const DECLARED_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu;

/**
 * An HTML page's text: UTF-8 when it is valid UTF-8, else the charset the page declares in a
 * `<meta charset>` or `http-equiv` tag (ISO-8859-1 and windows-1252 are still common).
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const utf8 = decodeUtf8(bytes);
  if (utf8.ok || utf8.reason !== "not valid UTF-8 text") return utf8;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const label = DECLARED_CHARSET.exec(head)?.[1];
  if (!label) return { ok: false, reason: "not valid UTF-8 text and no charset declared" };
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return { ok: false, reason: `unsupported charset "${label}"` };
  }
  if (/^utf-?8$/iu.test(decoder.encoding)) return utf8;
  const text = decoder.decode(bytes);
  if (hasControlBytes(text)) return { ok: false, reason: "binary content (control bytes)" };
  return { ok: true, text };
}
