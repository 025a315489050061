/**
 * What every extraction step reads: the linked document indexed by sentence, the knowledge
 * base, the lexicon and the date tools. Built once per document; plain data, no I/O.
 */
import type { IsoDate, Evidence } from "../../src/model/extraction.js";
import type { KbCountry, KbEntity, KbTitle } from "../../src/model/kb.js";
import type { EntityMention, LinkedDocument, LinkedEntity, TitleMention } from "../../src/model/mentions.js";
import type { Sentence, TemporalExpression } from "../../src/model/document.js";
import type { CompiledLexicon } from "./lexicon.js";
import { toldEventDay } from "./told-event-day.js";

/** The part of the knowledge base extraction needs (src/kb/load.ts's KnowledgeBase has it). */
export interface ExtractionKnowledge {
  titles: readonly KbTitle[];
  byId: ReadonlyMap<string, KbCountry | KbEntity>;
}

export type Tense = "past" | "future" | "present";

/** How many sentences back "la veille" looks for the day the story tells. */
const STORY_DAY_REACH = 3;

/** Date tools (ingest/dates), passed in so each stage stays a pure function of its input. */
export interface TemporalTools {
  findTemporalExpressions(
    sentence: { text: string; start: number },
    published: IsoDate | null,
    language: string,
    storyDayBefore?: (eventPhrase?: string) => IsoDate | null,
  ): TemporalExpression[];
  sentenceTense(text: string, language: string): Tense;
}

export interface ExtractionContext {
  linked: LinkedDocument;
  text: string;
  language: string;
  published: IsoDate | null;
  sentences: Sentence[];
  kb: ExtractionKnowledge;
  lexicon: CompiledLexicon;
  entityById: ReadonlyMap<string, LinkedEntity>;
  /** Entity mentions per sentence, sorted by start. */
  mentionsBySentence: EntityMention[][];
  /** Title mentions per sentence, sorted by start. */
  titlesBySentence: TitleMention[][];
  /** Temporal expressions per sentence (computed once), absolute offsets. */
  temporal(sentenceIndex: number): TemporalExpression[];
  tense(sentenceIndex: number): Tense;
  /** The tense of any stretch of text (a clause), its reporting verbs set aside. */
  tenseOfText(text: string): Tense;
}

export function buildContext(
  linked: LinkedDocument,
  kb: ExtractionKnowledge,
  lexicon: CompiledLexicon,
  tools: TemporalTools,
): ExtractionContext {
  const { document } = linked;
  const sentences = document.sentences;
  const mentionsBySentence: EntityMention[][] = sentences.map(() => []);
  for (const m of linked.mentions) mentionsBySentence[m.sentenceIndex]?.push(m);
  for (const list of mentionsBySentence) list.sort((a, b) => a.start - b.start || b.end - a.end);
  const titlesBySentence: TitleMention[][] = sentences.map(() => []);
  for (const t of linked.titles) titlesBySentence[t.sentenceIndex]?.push(t);
  for (const list of titlesBySentence) list.sort((a, b) => a.start - b.start);
  const temporalCache = new Map<number, TemporalExpression[]>();
  const tenseCache = new Map<number, Tense>();
  // The status rules ask the tense of the same clause once per trigger and rule: the tense is a function of the text
  // alone, so each text's is computed once per document.
  const tenseByText = new Map<string, Tense>();
  /** The last day-precise date of the few sentences before `i`: the day "la veille" counts from. */
  const storyDayBefore = (i: number): IsoDate | null => {
    for (let j = i - 1; j >= Math.max(0, i - STORY_DAY_REACH); j--) {
      const day = context
        .temporal(j)
        .filter((t) => t.endDate === null && t.date.length === 10)
        .at(-1);
      if (day) return day.date;
    }
    return null;
  };
  const context: ExtractionContext = {
    linked,
    text: document.text,
    language: document.language,
    published: document.published,
    sentences,
    kb,
    lexicon,
    entityById: new Map(linked.entities.map((e) => [e.id, e])),
    mentionsBySentence,
    titlesBySentence,
    temporal(i) {
      let found = temporalCache.get(i);
      if (!found) {
        const s = sentences[i];
        found = [];
        if (s) {
          try {
            found = tools
              .findTemporalExpressions({ text: s.text, start: s.start }, document.published, document.language, (eventPhrase) =>
                eventPhrase === undefined ? storyDayBefore(i) : toldEventDay(context, i, eventPhrase),
              )
              .filter((t) => t.start >= s.start && t.end <= s.end);
          } catch {
            found = [];
          }
        }
        temporalCache.set(i, found);
      }
      return found;
    },
    tense(i) {
      let tense = tenseCache.get(i);
      if (!tense) {
        const s = sentences[i];
        tense = s ? context.tenseOfText(s.text) : "present";
        tenseCache.set(i, tense);
      }
      return tense;
    },
    tenseOfText(text) {
      let tense = tenseByText.get(text);
      if (tense === undefined) {
        try {
          tense = tools.sentenceTense(text, document.language);
        } catch {
          tense = "present";
        }
        tenseByText.set(text, tense);
      }
      return tense;
    },
  };
  return context;
}

/** The sentence as evidence: a verbatim span of the document. */
export function sentenceEvidence(ctx: ExtractionContext, sentenceIndex: number): Evidence | null {
  const s = ctx.sentences[sentenceIndex];
  if (!s || s.end <= s.start) return null;
  const text = ctx.text.slice(s.start, s.end);
  return text.length > 0 ? { start: s.start, end: s.end, text } : null;
}

export { isStorySentence } from "./story-sentence.js";
