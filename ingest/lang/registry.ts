/**
 * The languages Entente reads, one pack each. Adding a language: write its pack under
 * ingest/lang/<code>/ (the same modules as en/), list it here, and give the knowledge base its
 * aliases (docs/languages.md).
 */
import { english } from "./en/index.js";
import { french } from "./fr/index.js";
import type { LanguagePack } from "./types.js";

export type { LanguagePack } from "./types.js";

const PACKS: readonly LanguagePack[] = [french, english];

/** The pack of a language code, or undefined for a language Entente does not read. */
export function packFor(language: string): LanguagePack | undefined {
  return PACKS.find((pack) => pack.code === language);
}

/** Every pack, French first (the project's first language). */
export function allPacks(): readonly LanguagePack[] {
  return PACKS;
}

/** The codes Entente reads, for messages ("fr, en"). */
export function supportedLanguages(): readonly string[] {
  return PACKS.map((pack) => pack.code);
}
