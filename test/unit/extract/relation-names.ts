/**
 * The extraction tests' reading of relations by names: "Source name -> Target name" for each relation of a type,
 * sorted, so that a test states what an analyst would read.
 */
interface Named {
  entities: ReadonlyArray<{ id: string; name: string }>;
  relations: ReadonlyArray<{ type: string; source: string; target: string }>;
}

export function relationNames(out: Named, type: string): string[] {
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.type === type)
    .map((r) => `${names.get(r.source)} -> ${names.get(r.target)}`)
    .sort();
}
