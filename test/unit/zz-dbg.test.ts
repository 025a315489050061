import { it } from "vitest";
import { extractFromLinked } from "../../ingest/extract/index.js";
import { linkedDocument, testKnowledge } from "./extract/linked-markup.js";
import { tools } from "./extract/events/support.js";
it("dbg", () => {
  for (const [m, l] of [
    ["{President}(title:president President head-of-state) [Lea Moro](person:lea-moro) told [Ken Obi](person:ken-obi) during a phone call on Wednesday that [Japan](country:JP) was ready to host a new round of direct talks between [Tokyo](place:tokyo) and [Osaka](place:osaka), the presidency said.", "en"],
    ["[Lea Moro](person:lea-moro) told [Ken Obi](person:ken-obi) during a phone call on Wednesday that [Japan](country:JP) was ready to host a new round of direct talks.", "en"],
  ] as const) {
    const ev = extractFromLinked(linkedDocument(m, { published: "2026-04-15", language: l, headline: false }), testKnowledge, tools).events;
    console.log(m.slice(0, 60), JSON.stringify(ev.map((e) => [e.type, e.status, e.date, e.participants])));
  }
});
