/** Document ids: a hash of the normalised text, so the same article read twice gets the same id. */
import { createHash } from "node:crypto";

/** NFC, one space for any run of whitespace, trimmed: copies that differ only in layout match. */
function normalizeForIdentity(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** `doc:` + the first 20 hex digits of the sha256 of the normalised text. */
export function documentId(text: string): string {
  return `doc:${createHash("sha256").update(normalizeForIdentity(text), "utf8").digest("hex").slice(0, 20)}`;
}
