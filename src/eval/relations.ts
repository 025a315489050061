/**
 * Relations of one document (membership, party, participation, signature): an extracted relation
 * is a gold one when its type is the gold type, or both are membership types (PARTICIPATES_IN,
 * PARTY_TO, MEMBER_OF), and its source and target have names of the gold source and target.
 * Precision counts the extracted relations of those four types.
 */
import type { ExtractedRelation } from "../model/extraction.js";
import type { GoldRelation } from "../model/gold.js";
import { entityName, evidenceTexts, type MatchContext } from "./context.js";
import type { AspectScore, Finding } from "./findings.js";
import { shareAName } from "./names.js";
import { tallyOf } from "./tally.js";
import { isScoredRelationType, sameRelationType } from "./vocabulary.js";

export function scoreRelations(context: MatchContext, relations: readonly ExtractedRelation[], gold: readonly GoldRelation[]): AspectScore {
  const linksSameEntities = (relation: ExtractedRelation, goldRelation: GoldRelation): boolean => {
    const source = context.entityById(relation.source);
    const target = context.entityById(relation.target);
    const goldSource = context.goldEntityNamed(goldRelation.source);
    const goldTarget = context.goldEntityNamed(goldRelation.target);
    return (
      source !== undefined &&
      target !== undefined &&
      goldSource !== undefined &&
      goldTarget !== undefined &&
      shareAName(source.keys, goldSource.keys) &&
      shareAName(target.keys, goldTarget.keys)
    );
  };
  const isGoldRelation = (relation: ExtractedRelation, goldRelation: GoldRelation): boolean =>
    sameRelationType(relation.type, goldRelation.type) && linksSameEntities(relation, goldRelation);

  const scored = relations.filter((relation) => isScoredRelationType(relation.type));
  const required = gold.filter((goldRelation) => goldRelation.optional !== true);
  const isFound = (goldRelation: GoldRelation): boolean => relations.some((relation) => isGoldRelation(relation, goldRelation));
  const isRight = (relation: ExtractedRelation): boolean => gold.some((goldRelation) => isGoldRelation(relation, goldRelation));

  const describe = (relation: ExtractedRelation): string =>
    `${entityName(context, relation.source)} ${relation.type} ${entityName(context, relation.target)}`;
  const findings: Finding[] = [];
  for (const goldRelation of required.filter((candidate) => !isFound(candidate))) {
    const otherType = relations.find((relation) => linksSameEntities(relation, goldRelation));
    findings.push({
      kind: "missed-relation",
      item: `${goldRelation.source} ${goldRelation.type} ${goldRelation.target}`,
      ...(otherType ? { detail: `extracted as ${describe(otherType)}` } : {}),
      evidence: otherType ? evidenceTexts(otherType.evidence) : goldRelation.evidence ? [goldRelation.evidence] : [],
    });
  }
  for (const relation of scored.filter((candidate) => !isRight(candidate))) {
    findings.push({ kind: "false-relation", item: describe(relation), evidence: evidenceTexts(relation.evidence) });
  }
  return { detection: { precision: tallyOf(scored, isRight), recall: tallyOf(required, isFound) }, findings };
}
