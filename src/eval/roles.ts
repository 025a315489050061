/**
 * Roles of one document: an extracted HOLDS_ROLE is a gold role when its person has a name of the
 * gold person, its title (normalised title or verbatim text) contains an accepted title or is
 * contained in one, and, when the gold names whose office it is, its target has that name.
 */
import type { ExtractedRelation } from "../model/extraction.js";
import type { GoldRole } from "../model/gold.js";
import { entityName, evidenceTexts, type MatchContext } from "./context.js";
import type { AspectScore, Finding } from "./findings.js";
import { nameKeys, normalizeName, shareAName } from "./names.js";
import { tallyOf } from "./tally.js";

export function scoreRoles(context: MatchContext, relations: readonly ExtractedRelation[], gold: readonly GoldRole[]): AspectScore {
  const roles = relations.filter((relation) => relation.type === "HOLDS_ROLE");
  const isGoldRole = (role: ExtractedRelation, goldRole: GoldRole): boolean => {
    const person = context.entityById(role.source);
    const goldPerson = context.goldEntityNamed(goldRole.person);
    if (!person || !goldPerson || !shareAName(person.keys, goldPerson.keys)) return false;
    if (!hasAcceptedTitle(role, goldRole)) return false;
    if (!goldRole.of) return true;
    const target = context.entityById(role.target);
    // A holder the gold does not list as an entity is matched on its normalised name only.
    const goldTarget = context.goldEntityNamed(goldRole.of)?.keys ?? new Set([normalizeName(goldRole.of)]);
    return target !== undefined && shareAName(target.keys, goldTarget);
  };
  const required = gold.filter((goldRole) => goldRole.optional !== true);
  const isFound = (goldRole: GoldRole): boolean => roles.some((role) => isGoldRole(role, goldRole));
  const isRight = (role: ExtractedRelation): boolean => gold.some((goldRole) => isGoldRole(role, goldRole));

  const describe = (role: ExtractedRelation): string =>
    `${entityName(context, role.source)}: ${titlesOf(role)[0] ?? "?"} of ${entityName(context, role.target)}`;
  const findings: Finding[] = [];
  for (const goldRole of required.filter((candidate) => !isFound(candidate))) {
    const goldPerson = context.goldEntityNamed(goldRole.person)?.keys ?? nameKeys([goldRole.person]);
    const personsRoles = roles.filter((role) => {
      const person = context.entityById(role.source);
      return person !== undefined && shareAName(person.keys, goldPerson);
    });
    findings.push({
      kind: "missed-role",
      item: `${goldRole.person}: ${goldRole.titles[0] ?? "?"}${goldRole.of ? ` of ${goldRole.of}` : ""}`,
      ...(personsRoles.length ? { detail: `extracted ${personsRoles.map(describe).join("; ")}` } : {}),
      evidence: personsRoles.length
        ? evidenceTexts(personsRoles.flatMap((role) => role.evidence))
        : goldRole.evidence
          ? [goldRole.evidence]
          : [],
    });
  }
  for (const role of roles.filter((candidate) => !isRight(candidate))) {
    findings.push({ kind: "false-role", item: describe(role), evidence: evidenceTexts(role.evidence) });
  }
  return { detection: { precision: tallyOf(roles, isRight), recall: tallyOf(required, isFound) }, findings };
}

/** The extracted title forms: the normalised English title and the verbatim text, each non-empty. */
function titlesOf(role: ExtractedRelation): string[] {
  return [role.properties?.title, role.properties?.titleText].filter((title): title is string => typeof title === "string" && title !== "");
}

function hasAcceptedTitle(role: ExtractedRelation, goldRole: GoldRole): boolean {
  const said = titlesOf(role).map(normalizeName);
  return goldRole.titles
    .map(normalizeName)
    .some((accepted) => said.some((title) => title === accepted || title.includes(accepted) || accepted.includes(title)));
}
