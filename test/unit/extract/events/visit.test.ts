import { describe, expect, it } from "vitest";
import {
  agentAfterNoun,
  coordinatedSubjects,
  destinationAfter,
  destinationBefore,
  destinationOfHost,
  destinationOfStopNoun,
  destinationSoil,
  frontedPhraseSubject,
  groupOfVisitors,
  indefiniteLeader,
  invitedGuest,
  nearestSubject,
  possessor,
  pronounSubject,
  relativeAntecedent,
  subjectOfRelativeOnNoun,
  visitorAfterCopula,
  visitorFor,
} from "../../../../ingest/extract/events/visit.js";
import { contextFor, scopeAt } from "./support.js";

const PM_JP = "title:prime-minister Prime_Minister head-of-government country:JP";
const fr = (text: string) => contextFor(text, { language: "fr" });
const en = (text: string) => contextFor(text, { language: "en" });

describe("visitor rules", () => {
  it("subjectOfRelativeOnNoun: the subject of a relative clause on the trip's noun, inverted or not", () => {
    const inverted = fr(
      "La visite à [Rome](place:rome) que devait effectuer le {ministre}(title:minister Minister minister) [Hans Berg](person:hans-berg) a été annulée.",
    );
    expect(subjectOfRelativeOnNoun.find(scopeAt(inverted, "visite"))).toEqual({ people: ["person:hans-berg"] });
    const before = en("The trip [Ana Ruiz](person:ana-ruiz) was due to make to [Tokyo](place:tokyo) was called off.");
    expect(subjectOfRelativeOnNoun.find(scopeAt(before, "trip"))).toEqual({ people: ["person:ana-ruiz"] });
    // A verb trigger's object, and a relative clause with no verb of making a trip, have no such subject.
    expect(
      subjectOfRelativeOnNoun.find(scopeAt(en("[Ana Ruiz](person:ana-ruiz) visited the plant that makes drones."), "visited")),
    ).toBeNull();
    expect(
      subjectOfRelativeOnNoun.find(
        scopeAt(fr("La visite que [Hans Berg](person:hans-berg) a saluée à [Rome](place:rome) a été annulée."), "visite"),
      ),
    ).toBeNull();
  });

  it("agentAfterNoun: the person after de/by", () => {
    expect(
      agentAfterNoun.find(
        scopeAt(
          fr(
            "La visite officielle du {chancelier}(title:chancellor Chancellor head-of-government) [Hans Berg](person:hans-berg) à [Rome](place:rome) a pris fin.",
          ),
          "visite",
        ),
      ),
    ).toEqual({ people: ["person:hans-berg"] });
    expect(
      agentAfterNoun.find(
        scopeAt(
          en(
            "The state visit by {Foreign Minister}(title:foreign-minister Foreign_Minister minister) [Ana Ruiz](person:ana-ruiz) to [Tokyo](place:tokyo) ended.",
          ),
          "visit",
        ),
      ),
    ).toEqual({ people: ["person:ana-ruiz"] });
    expect(agentAfterNoun.find(scopeAt(en("[Ana Ruiz](person:ana-ruiz) praised the visit."), "visit"))).toBeNull();
    // An agent that is a title with no name: the visitor goes unnamed, and no later rule may name someone else.
    const unnamed = fr(
      "Il s'inscrit dans la suite de la visite d'État du {président}(title:president President head-of-state) de la République en [Italie](country:IT).",
    );
    expect(agentAfterNoun.find(scopeAt(unnamed, "visite"))).toEqual({});
  });

  it("agentAfterNoun: a visit verb's object is owned, not the agent ('visited the office of Y', 'a visité les locaux du ministre Y')", () => {
    expect(
      agentAfterNoun.find(
        scopeAt(
          en(
            "[Ana Ruiz](person:ana-ruiz) visited the office of {Prime Minister}(title:prime-minister Prime_Minister head-of-government) [Jan Smit](person:jan-smit) in [Vilnius](place:vilnius).",
          ),
          "visited",
        ),
      ),
    ).toBeNull();
    expect(
      agentAfterNoun.find(
        scopeAt(
          fr(
            "[Hans Berg](person:hans-berg) a visité les locaux du {ministre}(title:minister Minister minister) [Paul Roux](person:paul-roux) à [Rome](place:rome).",
          ),
          "a visité",
        ),
      ),
    ).toBeNull();
    // Adjectives between the noun and its agent are no object: "la visite officielle du chancelier".
    expect(
      agentAfterNoun.find(
        scopeAt(
          fr("La visite éclair du {ministre}(title:minister Minister minister) [Paul Roux](person:paul-roux) à [Rome](place:rome)."),
          "visite",
        ),
      ),
    ).toEqual({ people: ["person:paul-roux"] });
  });

  it("possessor: 'sa visite', 'her trip' stand for the subject, before or after a fronted clause", () => {
    const a = fr(
      "[Kenji Sato](person:kenji-sato) est arrivé à [Rome](place:rome) lundi. Sa visite de trois jours doit relancer les échanges.",
    );
    expect(possessor.find(scopeAt(a, "visite"))).toEqual({ people: ["person:kenji-sato"] });
    const b = en("During her three-day trip to [Oslo](place:oslo), [Maria Lund](person:maria-lund) met the king.");
    expect(possessor.find(scopeAt(b, "trip"))).toEqual({ people: ["person:maria-lund"] });
    const c = en("[Maria Lund](person:maria-lund) thanked [Kenji Sato](person:kenji-sato) during his visit.");
    expect(possessor.find(scopeAt(c, "visit"))).toEqual({ people: ["person:maria-lund"] });
  });

  it("relativeAntecedent: the person before 'who'/'qui'", () => {
    const a = en(
      "[Joe Hall](person:joe-hall) welcomed [Ken Obi](person:ken-obi), who was making the first state visit to [Rome](place:rome).",
    );
    expect(relativeAntecedent.find(scopeAt(a, "visit"))).toEqual({ people: ["person:ken-obi"] });
    const b = fr("[Hans Berg](person:hans-berg) a reçu [Ken Obi](person:ken-obi), qui effectue une visite en [Italie](country:IT).");
    expect(relativeAntecedent.find(scopeAt(b, "visite"))).toEqual({ people: ["person:ken-obi"] });
  });

  it("indefiniteLeader: 'la première visite d'un dirigeant japonais' is the Japanese leader of the story", () => {
    const a = fr(
      `Le {Premier ministre}(${PM_JP}) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) a parlé. Il effectuait la première visite d'un dirigeant [japonais](country:JP demonym) en [Italie](country:IT).`,
    );
    expect(indefiniteLeader.find(scopeAt(a, "visite"))).toEqual({ people: ["person:kenji-sato"] });
    const b = en(
      `[Japanese](country:JP demonym) {Prime Minister}(${PM_JP}) [Kenji Sato](person:kenji-sato) spoke. It marked the first visit of a [Japanese](country:JP demonym) leader to [Italy](country:IT) in years.`,
    );
    expect(indefiniteLeader.find(scopeAt(b, "visit"))).toEqual({ people: ["person:kenji-sato"] });
    const c = en(
      `[Ana Ruiz](person:ana-ruiz) spoke. It marked the first visit of a [Japanese](country:JP demonym) leader to [Italy](country:IT).`,
    );
    expect(indefiniteLeader.find(scopeAt(c, "visit"))).toBeNull();
  });

  it("pronounSubject: 'il', 'he' stand for the previous subject", () => {
    const a = fr("[Kenji Sato](person:kenji-sato) a rencontré le roi. Il s'est rendu à [Londres](place:london) mardi.");
    expect(pronounSubject.find(scopeAt(a, "s'est rendu"))).toEqual({ people: ["person:kenji-sato"] });
    const c = fr(
      "[Kenji Sato](person:kenji-sato) a rencontré le roi. Il a salué [Ana Ruiz](person:ana-ruiz), qui s'est rendue à [Londres](place:london).",
    );
    expect(pronounSubject.find(scopeAt(c, "s'est rendue"))).toBeNull();
    const b = en("[Kenji Sato](person:kenji-sato) met the king on Monday. He then travelled to [London](place:london).");
    expect(pronounSubject.find(scopeAt(b, "travelled to"))).toEqual({ people: ["person:kenji-sato"] });
  });

  it("invitedGuest: the person invited travels, never the inviter", () => {
    const a = en("[Ana Ruiz](person:ana-ruiz) invited [Ken Obi](person:ken-obi) to visit [Oyo](place:oyo) in June.");
    expect(invitedGuest.find(scopeAt(a, "visit"))).toEqual({ people: ["person:ken-obi"] });
    const b = fr("[Ana Ruiz](person:ana-ruiz) a invité [Ken Obi](person:ken-obi) à se rendre à [Oyo](place:oyo).");
    expect(invitedGuest.find(scopeAt(b, "se rendre"))).toEqual({ people: ["person:ken-obi"] });
    // A guest told by a pronoun is no one the rule can name: no visitor rather than the inviter.
    expect(invitedGuest.find(scopeAt(en("[Ana Ruiz](person:ana-ruiz) invited him to visit [Oyo](place:oyo)."), "visit"))).toEqual({});
    expect(invitedGuest.find(scopeAt(en("[Ana Ruiz](person:ana-ruiz) will visit [Oyo](place:oyo)."), "visit"))).toBeNull();
  });

  it("frontedPhraseSubject: the subject after a phrase that opens the sentence", () => {
    const a = fr("Lors d'un déplacement à [Abidjan](place:abidjan), le ministre [Ken Obi](person:ken-obi) a signé un accord.");
    expect(frontedPhraseSubject.find(scopeAt(a, "déplacement"))).toEqual({ people: ["person:ken-obi"] });
    const b = en("During a visit to [Oyo](place:oyo), [Ken Obi](person:ken-obi) signed a pact.");
    expect(frontedPhraseSubject.find(scopeAt(b, "visit"))).toEqual({ people: ["person:ken-obi"] });
    // The opener may hold the trigger: "En visite à Pékin, X a rencontré Y"; a participle may lead: "Speaking during a visit to Oyo, X said".
    const v = fr("En visite à [Pékin](place:beijing), le ministre [Ken Obi](person:ken-obi) a rencontré [Wang Yi](person:wang-yi).");
    expect(frontedPhraseSubject.find(scopeAt(v, "visite"))).toEqual({ people: ["person:ken-obi"] });
    const w = en("Speaking during a visit to [Oyo](place:oyo), [Ken Obi](person:ken-obi) praised the talks.");
    expect(frontedPhraseSubject.find(scopeAt(w, "visit"))).toEqual({ people: ["person:ken-obi"] });
    // Someone named in the phrase, or a phrase that does not open the sentence: not this rule's.
    const c = en("During a visit by [Ana Ruiz](person:ana-ruiz) to [Oyo](place:oyo), [Ken Obi](person:ken-obi) spoke.");
    expect(frontedPhraseSubject.find(scopeAt(c, "visit"))).toBeNull();
    const d = en("Officials said that during a visit to [Oyo](place:oyo), [Ken Obi](person:ken-obi) spoke.");
    expect(frontedPhraseSubject.find(scopeAt(d, "visit"))).toBeNull();
    // A clause with its own subject is not a fronted phrase; the speaker after it visits nothing.
    const e = en("A decision is expected in [Oyo](place:oyo) next week, said [Ken Obi](person:ken-obi).");
    expect(frontedPhraseSubject.find(scopeAt(e, "expected in"))).toBeNull();
  });

  it("visitorAfterCopula: 'the last … to visit Y was X', 'le premier … à se rendre en Y fut X'", () => {
    const a = en("The last Kenyan leader to visit [Oyo](place:oyo) was [Ken Obi](person:ken-obi) in 2016.");
    expect(visitorAfterCopula.find(scopeAt(a, "visit"))).toEqual({ people: ["person:ken-obi"] });
    const b = fr(
      "Le premier chef d'État à s'être rendu à [Oyo](place:oyo) fut le {président}(title:president President head-of-state) [Ken Obi](person:ken-obi).",
    );
    expect(visitorAfterCopula.find(scopeAt(b, "s'être rendu"))).toEqual({ people: ["person:ken-obi"] });
    // No singling out, or a person before the trigger: not this rule's.
    expect(
      visitorAfterCopula.find(scopeAt(en("A plan to visit [Oyo](place:oyo) was [Ken Obi](person:ken-obi)'s idea."), "visit")),
    ).toBeNull();
    const c = en("[Ana Ruiz](person:ana-ruiz) became the first leader to visit [Oyo](place:oyo); the host was [Ken Obi](person:ken-obi).");
    expect(visitorAfterCopula.find(scopeAt(c, "visit"))).toBeNull();
  });

  it("coordinatedSubjects: every person of the subject list, two or more", () => {
    const a = en(
      "Last week, [Ana Ruiz](person:ana-ruiz), [Ken Obi](person:ken-obi) and [Joe Hall](person:joe-hall) travelled to [Kyiv](place:kyiv).",
    );
    expect(coordinatedSubjects.find(scopeAt(a, "travelled to"))).toEqual({
      people: ["person:ana-ruiz", "person:ken-obi", "person:joe-hall"],
    });
    const b = en("[Ana Ruiz](person:ana-ruiz) praised [Ken Obi](person:ken-obi), who travelled to [Kyiv](place:kyiv).");
    expect(coordinatedSubjects.find(scopeAt(b, "travelled to"))).toBeNull();
    const c = en("[Ken Obi](person:ken-obi) travelled to [Kyiv](place:kyiv).");
    expect(coordinatedSubjects.find(scopeAt(c, "travelled to"))).toBeNull();
  });

  it("nearestSubject: skips relative clauses and passive agents", () => {
    const a = en(
      "The pact was unveiled when [Ken Obi](person:ken-obi), who is set to succeed [Joe Hall](person:joe-hall) in October, visited [Rome](place:rome) last week.",
    );
    expect(nearestSubject.find(scopeAt(a, "visited"))).toEqual({ people: ["person:ken-obi"] });
    const b = en(
      "[Ken Obi](person:ken-obi) was welcomed at the airport by [Joe Hall](person:joe-hall) and then headed to [Rome](place:rome).",
    );
    expect(nearestSubject.find(scopeAt(b, "headed to"))).toEqual({ people: ["person:ken-obi"] });
  });

  it("groupOfVisitors: 'les deux dirigeants', 'they'", () => {
    expect(groupOfVisitors.find(scopeAt(fr("Les deux dirigeants se sont rendus à [Rome](place:rome)."), "se sont rendus"))).toEqual({
      groupSubject: true,
    });
    expect(groupOfVisitors.find(scopeAt(en("[Ken Obi](person:ken-obi) visited [Rome](place:rome)."), "visited"))).toBeNull();
  });

  it("visitorFor: no one visits their own country", () => {
    const text = en(
      `[Iran](country:IR)'s envoy met [Saudi Arabia](country:SA)'s {crown prince}(title:crown-prince Crown_Prince head-of-state country:SA) [Prince Faisal](person:faisal) during his first visit to the kingdom.`,
    );
    const scope = scopeAt(text, "visit");
    expect(destinationAfter.find(scope)).toBe("country:SA");
    expect(visitorFor(scope, "country:SA")).toBeNull();
  });
});

describe("destination rules", () => {
  it("destinationAfter: a place after the trigger, or a noun standing for the country named before", () => {
    expect(destinationAfter.find(scopeAt(fr("[Ken Obi](person:ken-obi) s'est rendu au [Japon](country:JP)."), "s'est rendu"))).toBe(
      "country:JP",
    );
    expect(
      destinationAfter.find(scopeAt(en("[Ken Obi](person:ken-obi) praised [Japan](country:JP) during his visit to the country."), "visit")),
    ).toBe("country:JP");
  });

  it("destinationAfter: a place with no locative only in the trigger's clause, and none outside its relative clause", () => {
    const a = en("[Ken Obi](person:ken-obi), who also visited the alliance's headquarters, said [Tokyo](place:tokyo) would join.");
    expect(destinationAfter.find(scopeAt(a, "visited"))).toBeNull();
    const b = en("[Ken Obi](person:ken-obi), who visited the base, will fly to [Tokyo](place:tokyo) next week.");
    expect(destinationAfter.find(scopeAt(b, "visited"))).toBeNull();
    const c = en("[Ken Obi](person:ken-obi) visited [Japan](country:JP), [Italy](country:IT) and [Chile](country:CL).");
    expect(destinationAfter.find(scopeAt(c, "visited"))).toBe("country:JP");
    const d = en("[Ken Obi](person:ken-obi), who visited [Japan](country:JP) in May, spoke.");
    expect(destinationAfter.find(scopeAt(d, "visited"))).toBe("country:JP");
  });

  it("destinationOfStopNoun: a stop's place right before its noun or as its complement", () => {
    expect(destinationOfStopNoun.find(scopeAt(en("The [Jakarta](place:jakarta) leg of the trip was cancelled."), "leg"))).toBe(
      "place:jakarta",
    );
    expect(destinationOfStopNoun.find(scopeAt(fr("L'étape de [Bamako](place:bamako) a été annulée."), "étape"))).toBe("place:bamako");
    // Not a stop noun ("arrivée de Bamako" is where one comes from), and no place next to the noun.
    expect(destinationOfStopNoun.find(scopeAt(fr("Son arrivée de [Bamako](place:bamako) a été retardée."), "arrivée"))).toBeNull();
    expect(destinationOfStopNoun.find(scopeAt(fr("L'étape suivante sera décisive pour [Bamako](place:bamako)."), "étape"))).toBeNull();
  });

  it("destinationSoil: 'sur le sol français', 'on Italian soil'", () => {
    const a = fr("Quelques heures après son arrivée sur le sol [français](country:FR demonym), il a parlé.");
    expect(destinationSoil.find(scopeAt(a, "arrivée"))).toBe("country:FR");
    const b = en("Hours after his arrival on [Italian](country:IT demonym) soil, he spoke.");
    expect(destinationSoil.find(scopeAt(b, "arrival"))).toBe("country:IT");
    expect(destinationSoil.find(scopeAt(en("After his arrival, the [Italian](country:IT demonym) press spoke."), "arrival"))).toBeNull();
  });

  it("destinationBefore: a place between the verb and the noun", () => {
    const a = fr("Le président [Ken Obi](person:ken-obi) effectue en [Italie](country:IT) sa première visite officielle à l'étranger.");
    expect(destinationAfter.find(scopeAt(a, "visite"))).toBeNull();
    expect(destinationBefore.find(scopeAt(a, "visite"))).toBe("country:IT");
  });

  it("destinationOfHost: where the host received the visitor, however far before the visit noun", () => {
    const a = en(
      "[Ana Ruiz](person:ana-ruiz) welcomed [Kenji Sato](person:kenji-sato) to [Lisbon](place:lisbon) on Monday for a three-day state visit.",
    );
    expect(destinationBefore.find(scopeAt(a, "visit"))).toBeNull();
    expect(destinationOfHost.find(scopeAt(a, "visit"))).toBe("place:lisbon");
    const b = fr(
      "[Ana Ruiz](person:ana-ruiz) a accueilli jeudi à [Lisbonne](place:lisbon) le ministre [Kenji Sato](person:kenji-sato) pour une visite de travail.",
    );
    expect(destinationOfHost.find(scopeAt(b, "visite"))).toBe("place:lisbon");
    // No host's verb, or the place not between it and the noun: nothing.
    const c = en(
      "[Ana Ruiz](person:ana-ruiz) praised [Kenji Sato](person:kenji-sato) in [Lisbon](place:lisbon) on Monday after a state visit.",
    );
    expect(destinationOfHost.find(scopeAt(c, "visit"))).toBeNull();
    const d = en("[Ana Ruiz](person:ana-ruiz) welcomed [Kenji Sato](person:kenji-sato) on Monday for a state visit to [Oslo](place:oslo).");
    expect(destinationOfHost.find(scopeAt(d, "visit"))).toBeNull();
    expect(destinationAfter.find(scopeAt(d, "visit"))).toBe("place:oslo");
  });
});
