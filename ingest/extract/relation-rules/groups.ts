/**
 * Rules that read a group named by a noun, then its members listed:
 *   groupList   "Les autres États partenaires du bloc sont A, B et C", "The 15 countries include A, B and C",
 *               "Seven client countries are involved in the X programme: A, B, …", "les quatre clients de lancement : A, B …"
 * What the group belongs to: the organisation, programme or agreement named between the group
 * noun and its list; else what the noun points at (members → the salient organisation, clients
 * → the salient programme, signatories → the salient agreement); else, for a counted group
 * ("the 15 countries"), what the same count did earlier ("Fifteen countries signed RCEP").
 */
import {
  countOf,
  isEntity,
  listForward,
  membershipsOf,
  organizationAt,
  programAt,
  salientOf,
  type Candidate,
  type Reading,
} from "./reading.js";
import type { SentenceRule } from "./membership.js";

interface GroupNoun {
  start: number;
  end: number;
  count: number | null;
  other: boolean;
}

/** Group nouns of a sentence with the count or "other" before them ("the 15 countries", "les autres États partenaires"). */
function groupNouns(r: Reading, i: number): GroupNoun[] {
  const tokens = r.tokens.of(i);
  return r.cues.groupNouns.findAll(tokens).map((hit) => {
    let count: number | null = null;
    let other = false;
    for (let k = hit.start - 1; k >= Math.max(0, hit.start - 3); k--) {
      count ??= countOf(r, tokens[k]);
      if (r.cues.otherWords.matchAt(tokens, k) > 0) other = true;
    }
    return { start: hit.start, end: hit.end, count, other };
  });
}

/** The entity a group noun points at by its meaning (members → organisation, clients → programme, signatories → agreement). */
function targetByNoun(r: Reading, i: number, g: GroupNoun): string | null {
  const tokens = r.tokens.of(i);
  const is = (set: Reading["cues"]["groupNouns"]) => set.matchAt(tokens, g.start) === g.end;
  if (is(r.cues.organizationGroupNouns)) return salientOf(r, i, "Organization");
  if (is(r.cues.programGroupNouns)) return salientOf(r, i, "Program");
  if (is(r.cues.agreementGroupNouns)) {
    const agreements = r.agreements.filter((a) => a.sentenceIndex <= i);
    return agreements[agreements.length - 1]?.entityId ?? null;
  }
  return null;
}

/** An organisation, programme or agreement at token k (a mention or an anaphor). */
function targetAt(r: Reading, i: number, k: number): { id: string; end: number } | null {
  const t = r.tokens.of(i)[k];
  if (isEntity(t, "Agreement", "Program")) return { id: t.entityId, end: k + 1 };
  return organizationAt(r, i, k) ?? programAt(r, i, k);
}

/** What an earlier group with the same count acted on: "Fifteen countries … signed the RCEP agreement". */
function antecedentTarget(r: Reading, i: number, count: number): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const tokens = r.tokens.of(j);
    for (const g of groupNouns(r, j)) {
      if (g.count !== count) continue;
      for (let k = g.end; k < Math.min(tokens.length, g.end + 14); k++) {
        const ref = targetAt(r, j, k);
        if (ref) return ref.id;
      }
    }
  }
  return null;
}

const groupList: SentenceRule = {
  name: "groupList",
  triggers: (cues) => [cues.groupNouns],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const g of groupNouns(r, i)) {
      let target: string | null = null;
      for (let k = g.end; k < Math.min(tokens.length, g.end + 16); k++) {
        const t = tokens[k];
        if (!t || isEntity(t, "Country", "Person")) break;
        const ref: { id: string; end: number } | null = target ? null : targetAt(r, i, k);
        if (ref) {
          target = ref.id;
          k = ref.end - 1;
          continue;
        }
        const verb = t.norm === ":" ? k + 1 : r.cues.listVerbs.matchAt(tokens, k);
        if (verb < 0) continue;
        const list = listForward(r, i, verb, (x) => isEntity(x, "Country", "Organization"), 3);
        if (list.ids.length < (g.other ? 1 : 2)) continue;
        target ??= targetByNoun(r, i, g) ?? (g.count !== null ? antecedentTarget(r, i, g.count) : null);
        if (target) out.push(...membershipsOf(r, list.ids, target, i, "groupList", 0.75));
        break;
      }
    }
    return out;
  },
};

export const GROUP_RULES: readonly SentenceRule[] = [groupList];
