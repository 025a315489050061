/**
 * Entities of one document: an extracted entity of a scored type is right when some gold entity
 * (optional ones included) has a type it accepts and a name in common; a required gold entity is
 * found when some extracted entity is the same.
 */
import type { AspectScore, Finding } from "./findings.js";
import { isSameEntity, type KeyedEntity, type KeyedGoldEntity, type MatchContext } from "./context.js";
import { shareAName } from "./names.js";
import { tallyOf } from "./tally.js";
import { isScoredEntityType } from "./vocabulary.js";

export function scoreEntities(context: MatchContext): AspectScore {
  const scored = context.extractedEntities.filter((entity) => isScoredEntityType(entity.extracted.type));
  const required = context.goldEntities.filter((entity) => entity.gold.optional !== true);
  const isRight = (entity: KeyedEntity): boolean => context.goldEntities.some((gold) => isSameEntity(entity, gold));
  const isFound = (gold: KeyedGoldEntity): boolean => context.extractedEntities.some((entity) => isSameEntity(entity, gold));

  const findings: Finding[] = [];
  for (const gold of required.filter((entity) => !isFound(entity))) {
    const otherType = context.extractedEntities.find((entity) => shareAName(entity.keys, gold.keys));
    findings.push({
      kind: "missed-entity",
      item: `${gold.gold.name} (${gold.gold.type})`,
      ...(otherType ? { detail: `extracted as ${otherType.extracted.name} (${otherType.extracted.type})` } : {}),
      evidence: [],
    });
  }
  for (const entity of scored.filter((candidate) => !isRight(candidate))) {
    findings.push({
      kind: "false-entity",
      item: `${entity.extracted.name} (${entity.extracted.type})`,
      evidence: [],
    });
  }
  return { detection: { precision: tallyOf(scored, isRight), recall: tallyOf(required, isFound) }, findings };
}
