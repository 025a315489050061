import { describe, expect, it } from "vitest";
import { triggerHits } from "../../../../ingest/extract/events/triggers.js";
import { belongsToOtherNoun } from "../../../../ingest/extract/events/dating.js";
import { eventCues } from "../../../../ingest/extract/events/cues.js";
import { contextFor, spanOf } from "./support.js";

const typesIn = (text: string, language: "fr" | "en") => {
  const ctx = contextFor(text, { language });
  return ctx.sentences.flatMap((s) => triggerHits(ctx, s).map((h) => `${h.lexicon.type}:${ctx.text.slice(h.start, h.end)}`));
};

describe("triggers", () => {
  it("a verb-only trigger after an article or an adjective is a noun: 'a great sign of warming ties'", () => {
    expect(typesIn("The talks are a great sign of warming ties.", "en")).toEqual(["Meeting:talks"]);
    expect(typesIn("The two ministers sign the pact today.", "en")).toEqual(["Signing:sign"]);
  });

  it("an arrival in office is not a trip: 'son arrivée au pouvoir', 'his arrival in office'", () => {
    expect(typesIn("Depuis son arrivée au pouvoir, il réforme.", "fr")).toEqual([]);
    expect(typesIn("Depuis son arrivée à Rome, il réforme.", "fr")).toEqual(["Visit:arrivée à"]);
    expect(typesIn("Since his arrival in office, he has reformed.", "en")).toEqual([]);
    expect(typesIn("After his arrival in Rome, he spoke.", "en")).toEqual(["Visit:arrival"]);
  });

  it("a domestic act signed is not a signing between parties: 'signed a decree', 'a signé la loi'", () => {
    expect(typesIn("The president signed a decree appointing a new envoy.", "en")).toEqual([]);
    expect(typesIn("The governor signed the bill into law.", "en")).toEqual([]);
    expect(typesIn("The president signed a defence pact with Oslo.", "en")).toEqual(["Signing:signed"]);
    expect(typesIn("Le président a signé un décret nommant un ambassadeur.", "fr")).toEqual([]);
    expect(typesIn("Le président a signé un accord avec Oslo.", "fr")).toEqual(["Signing:signé"]);
  });

  it("a domestic act signed on a day, or told as the subject of a passive signing, is no signing: 'a signé mercredi le décret', 'La loi avait été signée par'", () => {
    const withDates = (text: string, language: "fr" | "en") => {
      const ctx = contextFor(text, { language });
      return ctx.sentences.flatMap((s, i) =>
        triggerHits(ctx, s, eventCues(language), ctx.temporal(i), i).map((h) => `${h.lexicon.type}:${ctx.text.slice(h.start, h.end)}`),
      );
    };
    expect(withDates("Le Premier ministre a signé mercredi le décret d'application.", "fr")).toEqual([]);
    expect(withDates("The president signed on Monday an executive order on tariffs.", "en")).toEqual([]);
    expect(withDates("Le Premier ministre a signé mercredi un accord avec Oslo.", "fr")).toEqual(["Signing:signé"]);
    expect(typesIn("La loi de programmation militaire avait été signée par le président.", "fr")).toEqual([]);
    expect(typesIn("The bill was signed by the governor.", "en")).toEqual([]);
    // An accord told as the subject of the passive is signed; a domestic act named later in the sentence changes nothing.
    expect(typesIn("L'accord a été signé par les deux ministres.", "fr")).toEqual(["Signing:signé"]);
    expect(typesIn("The treaty was signed by both leaders, before the bill was voted.", "en")).toEqual(["Signing:signed"]);
  });

  it("a past infinitive of meeting is a meeting: 'Après s'être entretenue avec son homologue, …'", () => {
    expect(typesIn("Après s'être entretenue avec son homologue, la ministre est repartie.", "fr")).toEqual(["Meeting:s'être entretenue"]);
    expect(typesIn("Après s'être entretenus à Oslo, les deux ministres ont signé un accord.", "fr")).toContain("Meeting:s'être entretenus");
  });

  it("a verb of concluding with an agreement's noun as object is a signing: 'ont conclu une lettre d'intention', 'agreed on a roadmap'", () => {
    expect(typesIn("Les deux pays ont également conclu une lettre d'intention sur la formation.", "fr")).toEqual(["Signing:conclu"]);
    expect(typesIn("Les ministres ont adopté une nouvelle feuille de route.", "fr")).toEqual(["Signing:adopté"]);
    expect(typesIn("Les deux camps sont parvenus à un accord sur la pêche.", "fr")).toEqual(["Signing:parvenus à"]);
    expect(typesIn("The two sides agreed on a roadmap for space cooperation.", "en")).toEqual(["Signing:agreed on"]);
    expect(typesIn("The two countries concluded a letter of intent on Tuesday.", "en")).toEqual(["Signing:concluded"]);
    expect(typesIn("The two governments struck a deal on fisheries.", "en")).toEqual(["Signing:struck"]);
    // Its object is no agreement, or it has none.
    expect(typesIn("Le président a conclu son discours par un appel au calme.", "fr")).toEqual([]);
    expect(typesIn("Ils ont conclu que l'accord devait être revu.", "fr")).toEqual([]);
    expect(typesIn("Le Parlement a adopté la loi de finances.", "fr")).toEqual([]);
    expect(typesIn("They agreed that a deal was still far off.", "en")).toEqual([]);
    expect(typesIn("The council adopted a resolution on the crisis.", "en")).toEqual([]);
    expect(typesIn("The two ministers concluded their talks on Friday.", "en")).toEqual(["Meeting:talks"]);
  });

  it("a meeting verb whose object is a thing is no meeting: 'to meet a target', 'a rencontré des difficultés'", () => {
    expect(typesIn("The allies were urged to meet a target of two per cent.", "en")).toEqual([]);
    expect(typesIn("Le projet a rencontré des difficultés.", "fr")).toEqual([]);
    expect(typesIn("The minister will meet the envoy.", "en")).toEqual(["Meeting:will meet"]);
  });
});

describe("triggers read through an adverb inside them", () => {
  it("'travelled together to', 's'est ensuite rendu', but not across a word that is no such adverb", () => {
    expect(typesIn("The three leaders travelled together to Kyiv.", "en")).toEqual(["Visit:travelled together to"]);
    expect(typesIn("Le ministre s'est ensuite rendu à Toulon.", "fr")).toEqual(["Visit:s'est ensuite rendu"]);
    expect(typesIn("The three leaders travelled by train to Kyiv.", "en")).toEqual([]);
  });
});

describe("a date belongs to its own noun", () => {
  it("'les législatives prévues l'an prochain' does not date the visit told beside them", () => {
    const ctx = contextFor("Le ministre a évoqué sa visite et les législatives prévues l'an prochain.", { language: "fr" });
    const s = ctx.sentences[0];
    if (!s) throw new Error("no sentence");
    const date = spanOf(ctx, "l'an prochain");
    expect(belongsToOtherNoun(ctx, s, date, spanOf(ctx, "visite"))).toBe(true);
    const other = contextFor("La visite prévue l'an prochain a été confirmée.", { language: "fr" });
    const t = other.sentences[0];
    if (!t) throw new Error("no sentence");
    expect(belongsToOtherNoun(other, t, spanOf(other, "l'an prochain"), spanOf(other, "visite"))).toBe(false);
  });
});
