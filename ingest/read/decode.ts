/** Bytes to text: strict UTF-8, with a one-line reason when a file is not readable text. */

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Strict UTF-8 decoding; a BOM is kept (offsets match the file as Node reads it); NUL bytes or other control bytes mean binary. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8 text" };
  }
  if (/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/u.test(text)) return { ok: false, reason: "binary content (control bytes)" };
  if (text.trim().length === 0) return { ok: false, reason: "no text (only whitespace)" };
  return { ok: true, text };
}
