/**
 * A gold file's own consistency: every name its events, roles and relations use must be the name
 * or an alias of one of its entities (in any form the score accepts), or the score could never
 * find the item. Returns one line per dangling name.
 */
import type { GoldFile } from "../model/gold.js";
import { nameKeys, keysOfName, shareAName } from "./names.js";

export function danglingReferences(gold: GoldFile): string[] {
  const entityKeys = gold.entities.map((entity) => nameKeys([entity.name, ...entity.aliases]));
  const names: Array<[where: string, name: string]> = [
    ...gold.events.flatMap((event, i) => event.participants.map((name, j): [string, string] => [`events[${i}].participants[${j}]`, name])),
    ...gold.roles.flatMap((role, i): Array<[string, string]> => [
      [`roles[${i}].person`, role.person],
      ...(role.of ? [[`roles[${i}].of`, role.of] as [string, string]] : []),
    ]),
    ...gold.relations.flatMap((relation, i): Array<[string, string]> => [
      [`relations[${i}].source`, relation.source],
      [`relations[${i}].target`, relation.target],
    ]),
  ];
  return names
    .filter(([, name]) => !entityKeys.some((keys) => shareAName(keys, keysOfName(name))))
    .map(([where, name]) => `${where} "${name}" is not the name or an alias of any entity`);
}
