/**
 * Plain JSON values: what every Neo4j value becomes at the edge (src/neo4j/values.ts), what
 * `entente query --json` prints and what the viewer's HTTP API carries (viewer/shared/api.ts).
 */
import { z } from "zod";

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export const PlainValue: z.ZodType<PlainValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(PlainValue), z.record(z.string(), PlainValue)]),
);
