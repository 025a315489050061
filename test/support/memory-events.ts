/**
 * The loader's event path in memory: documents' reports loaded one document at a time into a list
 * of stored events, through the same region search (gatherRegion) and resolution (planEvents) the
 * Neo4j loader runs, with an in-memory lookup instead of Cypher. For order-independence tests.
 */
import type { EventPlan, StoredEvent } from "../../src/store/event-plan.js";
import { planEvents } from "../../src/store/event-plan.js";
import { gatherRegion } from "../../src/store/event-region.js";
import type { EventReport } from "../../src/store/event-report.js";
import type { PlaceIndex } from "../../src/store/places.js";

/** Stored events after each document's reports were loaded in turn; also every plan, in order. */
export async function loadReportsInMemory(
  documents: readonly (readonly EventReport[])[],
  places: PlaceIndex,
): Promise<{ events: StoredEvent[]; plans: EventPlan[] }> {
  let stored: StoredEvent[] = [];
  const plans: EventPlan[] = [];
  for (const batch of documents) {
    const region = await gatherRegion(batch, places, (_, exclude) =>
      Promise.resolve({ events: stored.filter((event) => !exclude.includes(event.id)), names: new Map() }),
    );
    const plan = planEvents({ batch, stored: region.events, names: new Map(), places });
    plans.push(plan);
    const known = [...region.events.flatMap((event) => event.reports), ...batch];
    stored = stored.filter((event) => !plan.deleted.includes(event.id));
    for (const row of plan.events) {
      const reports = plan.reports
        .filter((claim) => claim.event === row.id)
        .map((claim) => {
          const matching = known.filter(
            (r) =>
              r.type === row.type &&
              r.document === claim.document &&
              r.status === claim.status &&
              r.date === claim.date &&
              r.evidence.join("\u0001") === claim.evidence.join("\u0001"),
          );
          if (matching.length !== 1 || !matching[0])
            throw new Error(`entente/test: cannot tell which report of ${claim.document} is in ${row.id}`);
          return matching[0];
        });
      stored.push({ id: row.id, reports });
    }
  }
  return { events: stored, plans };
}
