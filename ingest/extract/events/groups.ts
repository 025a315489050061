/**
 * Groups that stand for participants:
 *   countedGroup        "Fifteen countries … signed" → the countries a sentence of the document
 *                       lists for the same count ("The 15 countries include China, Japan …")
 *   leadersOf           "les dirigeants du G20", "EU leaders", "G7 finance ministers", "the heads
 *                       of state of the bloc" → the organisation takes part
 *   speakersSide        "« notre sommet »" in a quote → the organisation of its speaker
 */
import type { ExtractionContext } from "../context.js";
import { clauseAround, findIn, type Span } from "../spans.js";
import type { EventCues } from "./cues.js";
import { listAfter, subjectList, type Candidate } from "./chains.js";
import { isPartyMention, reportingZones, typeOf } from "./scope.js";
import type { ParticipantRule } from "./rules.js";
import { latestBefore } from "./references.js";

/** The number a count word or figure stands for ("quinze", "fifteen", "15"), or null. */
function countOf(cues: EventCues, word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const hit = cues.countWords.findAll(word)[0];
  if (!hit || hit.start !== 0 || hit.end !== word.length) return null;
  return cues.countWordValues.get(hit.phrase) ?? null;
}

/** A counted group of countries in [start, end): "neuf pays européens", "the 15 countries". */
function countedGroupIn(ctx: ExtractionContext, cues: EventCues, start: number, end: number): { count: number; span: Span } | null {
  for (const noun of findIn(cues.countryGroupNouns, ctx.text, start, end)) {
    const before = ctx.text.slice(Math.max(start, noun.start - 20), noun.start);
    const word = /([\p{L}\p{N}-]+)\s+$/u.exec(before)?.[1];
    const count = word ? countOf(cues, word) : null;
    if (count !== null && count >= 2) return { count, span: { start: noun.start - (word?.length ?? 0) - 1, end: noun.end } };
  }
  return null;
}

function partyCandidates(ctx: ExtractionContext, k: number): Candidate[] {
  return (ctx.mentionsBySentence[k] ?? [])
    .filter((m) => isPartyMention(ctx, m))
    .map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
}

export const countedGroup: ParticipantRule = {
  name: "countedGroup",
  find: ({ ctx, cues, i, s, trigger }) => {
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const group = countedGroupIn(ctx, cues, Math.max(s.start, clause.start - 80), trigger.start);
    if (!group) return null;
    // The members: a sentence near by that counts the same group and lists it after a list verb.
    for (let k = Math.max(0, i - 3); k <= Math.min(ctx.sentences.length - 1, i + 3); k++) {
      const sk = ctx.sentences[k];
      if (!sk) continue;
      const same = countedGroupIn(ctx, cues, sk.start, sk.end);
      if (k === i || !same || same.count !== group.count) continue;
      const verb = findIn(cues.memberListVerbs, ctx.text, same.span.end, Math.min(sk.end, same.span.end + 30))[0];
      if (!verb) continue;
      const members = listAfter(ctx, partyCandidates(ctx, k), verb, sk.end, ctx.mentionsBySentence[k] ?? [], []);
      if (members.length >= 2) return { parties: members };
    }
    return null;
  },
};

const GROUP_TO_ORGANIZATION =
  /^\s*(?:(?:de la|de l['’]|du|des|d['’])\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Ll}[\p{L}\p{M}'’-]*)?\s+)?(?:de l['’]|du|de la|des|de|d['’]|of the|of)\s*$/iu;

/** The organisation a group of leaders belongs to: "les dirigeants du G20", "EU leaders", "NATO foreign ministers". */
function organizationOfLeaders(ctx: ExtractionContext, i: number, group: Span): string | null {
  const orgs = (ctx.mentionsBySentence[i] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Organization" && m.source !== "demonym");
  // "les ministres de l'UE", "les ministres de la Défense de l'UE", "les ministres des Affaires étrangères du G7": past a portfolio.
  const after = orgs.find((m) => m.start >= group.end && GROUP_TO_ORGANIZATION.test(ctx.text.slice(group.end, m.start)));
  const before = orgs.find((m) => m.end <= group.start && /^\s*(?:[\p{L}-]+\s+)?$/u.test(ctx.text.slice(m.end, group.start)));
  if (after ?? before) return (after ?? before)?.entityId ?? null;
  // "les chefs d'État de l'organisation", "the bloc's leaders": a noun standing for an organisation named before.
  return null;
}

/**
 * The countries a group of leaders is named by: listed after it ("the leaders of France, Germany
 * and Britain", "les dirigeants français, allemand et britannique") or before it by their
 * demonyms ("French, German and British leaders").
 */
function countriesOfLeaders(ctx: ExtractionContext, i: number, s: Span, group: Span): string[] {
  const countries: Candidate[] = (ctx.mentionsBySentence[i] ?? [])
    .filter((m) => typeOf(ctx, m.entityId) === "Country")
    .map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
  // Right after the group: at most two short words ("of the", "de la", "du") before the list.
  const first = countries.filter((c) => c.start >= group.end).sort((a, b) => a.start - b.start)[0];
  const after =
    first !== undefined && /^\s*(?:[\p{L}]{1,3}['’]?\s*){0,2}$/u.test(ctx.text.slice(group.end, first.start))
      ? listAfter(ctx, countries, group, s.end, [], [])
      : [];
  return [...new Set([...after, ...subjectList(ctx, countries, group)])];
}

export const leadersOf: ParticipantRule = {
  name: "leadersOf",
  find: ({ ctx, cues, i, s, trigger }) => {
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const from = Math.max(s.start, Math.min(clause.start, trigger.start - 80));
    // "Les dirigeants du Mali, du Burkina et du Niger se sont réunis pour le sommet de l'AES": the organisation's summit (summitOrganization).
    const summitOfOrganization =
      findIn(cues.summitNouns, ctx.text, s.start, s.end).length > 0 &&
      (ctx.mentionsBySentence[i] ?? []).some((m) => typeOf(ctx, m.entityId) === "Organization" && m.source !== "demonym");
    const to = Math.min(s.end, trigger.end + 80);
    for (const group of findIn(cues.leaderGroups, ctx.text, from, to)) {
      const org = organizationOfLeaders(ctx, i, group);
      if (org) return { parties: [org] };
      const countries = summitOfOrganization ? [] : countriesOfLeaders(ctx, i, s, group);
      // Not a noun the group speaks of ("the leaders of A and B said that a summit could follow").
      const speaking = [
        ...findIn(cues.commentingVerbs, ctx.text, group.end, trigger.start),
        ...findIn(cues.reportedClauseOpeners, ctx.text, group.end, trigger.start),
      ];
      if (countries.length >= 2 && group.end <= trigger.start && speaking.length === 0) return { parties: countries };
      // "les chefs d'État de l'organisation", "the leaders of the bloc"
      const noun = findIn(cues.organizationNouns, ctx.text, group.end, Math.min(s.end, group.end + 20))[0];
      if (noun && /^\s*(?:de|of|d['’])?\s*$/i.test(ctx.text.slice(group.end, noun.start).replace(/l['’]$|la\s*$|le\s*$|the\s*$/i, ""))) {
        const named = latestBefore(ctx, i, noun.start, "Organization");
        if (named) return { parties: [named] };
      }
    }
    return null;
  },
};

export const speakersSide: ParticipantRule = {
  name: "speakersSide",
  find: ({ ctx, roles, cues, i, s, trigger }) => {
    const ours = findIn(cues.possessivesFirstPlural, ctx.text, Math.max(s.start, trigger.start - 25), trigger.start).at(-1);
    if (!ours || !/^\s*(?:[\p{L}-]+\s+)?$/u.test(ctx.text.slice(ours.end, trigger.start))) return null;
    // The speaker is credited in this sentence or the next: ", a déclaré le secrétaire général de l'OTAN", "said the NATO chief".
    for (const k of [i, i + 1]) {
      const sk = ctx.sentences[k];
      if (!sk) continue;
      for (const zone of reportingZones(ctx, { start: sk.start, end: sk.end })) {
        const org = (ctx.mentionsBySentence[k] ?? []).find(
          (m) => m.start >= zone.start && m.end <= zone.end && typeOf(ctx, m.entityId) === "Organization",
        );
        if (org) return { parties: [org.entityId] };
        const speaker = roles.roles.find(
          (r) =>
            r.sentenceIndex === k &&
            r.titleSpan.start >= zone.start &&
            r.titleSpan.end <= zone.end &&
            typeOf(ctx, r.targetId) === "Organization",
        );
        if (speaker) return { parties: [speaker.targetId] };
      }
    }
    return null;
  },
};
