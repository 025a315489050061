import { describe, expect, it } from "vitest";
import { STATUS_RULES, statusFor, type StatusRule } from "../../../../ingest/extract/events/status.js";
import { eventCues } from "../../../../ingest/extract/events/cues.js";
import { contextFor, sentenceOf, spanOf } from "./support.js";

const rule = (name: string): StatusRule => {
  const found = STATUS_RULES.find((r) => r.name === name);
  if (!found) throw new Error(name);
  return found;
};

/** What one rule (or, with no name, the whole list) says of the trigger `word` in `text`. */
function verdict(text: string, word: string, language: "fr" | "en", name?: string) {
  const ctx = contextFor(text, { language });
  const trigger = spanOf(ctx, word);
  const { index, sentence } = sentenceOf(ctx, trigger);
  const date = ctx.temporal(index)[0] ?? null;
  const input = { ctx, cues: eventCues(language), index, sentence, trigger, date };
  return name ? rule(name).decide(input) : statusFor(input);
}

describe("status rules", () => {
  it("scheduledToday: a present of travelling or meeting dated to the publication day (a Monday here) is the day's programme", () => {
    expect(verdict("On Monday the minister travels to Osk for talks.", "travels", "en", "scheduledToday")).toBe("planned");
    expect(verdict("Today the minister meets her counterpart in Osk.", "meets", "en", "scheduledToday")).toBe("planned");
    expect(verdict("Ce lundi, le ministre se rend à Osk.", "se rend", "fr", "scheduledToday")).toBe("planned");
    expect(verdict("Le ministre reçoit aujourd'hui son homologue à Osk.", "reçoit", "fr", "scheduledToday")).toBe("planned");
    // Told in the past, or on another day, or with no present of the kind: not this rule's.
    expect(verdict("On Monday the minister travelled to Osk for talks.", "travelled", "en", "scheduledToday")).toBeNull();
    expect(verdict("Ce lundi, le ministre s'est rendu à Osk.", "rendu", "fr", "scheduledToday")).toBeNull();
    expect(verdict("On Friday the minister travels to Osk.", "travels", "en", "scheduledToday")).toBeNull();
    expect(verdict("Talks in Osk on Monday focused on trade.", "Talks", "en", "scheduledToday")).toBeNull();
  });

  it("purposeOfPlan: an event's noun after 'for'/'pour' is as planned as the trip it is the purpose of", () => {
    expect(verdict("The minister was due to travel to Osk on Monday for talks with her counterpart.", "talks", "en", "purposeOfPlan")).toBe(
      "planned",
    );
    expect(
      verdict("Le ministre devait se rendre lundi à Osk pour des entretiens avec son homologue.", "entretiens", "fr", "purposeOfPlan"),
    ).toBe("planned");
    expect(verdict("The minister travelled to Osk on Monday for talks with her counterpart.", "talks", "en", "purposeOfPlan")).toBeNull();
  });

  it("aheadOf: an event still to come at the time told, unless the sentence dates the story in the past", () => {
    expect(verdict("The visit comes ahead of a summit of the council in Osk.", "summit", "en", "aheadOf")).toBe("planned");
    expect(verdict("Le ministre s'est rendu à Osk en prévision du sommet du conseil.", "sommet", "fr", "aheadOf")).toBe("planned");
    expect(verdict("Ahead of the 2019 summit of the council, the ministers met in Osk.", "summit", "en", "aheadOf")).toBeNull();
    expect(verdict("The ministers met in Osk after the summit of the council.", "summit", "en", "aheadOf")).toBeNull();
  });

  it("calledOffByNegation: a plan negated with 'plus', 'finalement', 'no longer', 'after all', 'a renoncé à' is called off", () => {
    expect(verdict("Le ministre ne se rendra plus à Osk en mai.", "se rendra", "fr", "calledOffByNegation")).toBe("cancelled");
    expect(verdict("Le ministre ne se rendra finalement pas à Osk.", "se rendra", "fr", "calledOffByNegation")).toBe("cancelled");
    expect(verdict("Le ministre a renoncé à se rendre à Osk.", "se rendre", "fr", "calledOffByNegation")).toBe("cancelled");
    expect(verdict("The minister will no longer visit Osk in May.", "visit", "en", "calledOffByNegation")).toBe("cancelled");
    expect(verdict("The minister will not visit Osk after all.", "visit", "en", "calledOffByNegation")).toBe("cancelled");
    // A plain negation says the event is not, it calls nothing off.
    expect(verdict("Le ministre ne se rendra pas à Osk en mai.", "se rendra", "fr", "calledOffByNegation")).toBeNull();
    expect(verdict("Le ministre ne se rendra pas à Osk en mai.", "se rendra", "fr")).toBe("none");
    expect(verdict("The minister will not visit Osk in May.", "visit", "en")).toBe("none");
  });

  it("calledOff: past a trigger ending on its preposition, or a name after an elided 'd''", () => {
    expect(verdict("A trip to Osk by the minister has been cancelled.", "trip to", "en", "calledOff")).toBe("cancelled");
    expect(verdict("The minister's trip to Osk has been put on hold.", "trip to", "en", "calledOff")).toBe("cancelled");
    expect(verdict("The minister made a trip to Osk and the talks were cancelled.", "trip to", "en", "calledOff")).toBeNull();
  });

  it("negated: a negation right before the trigger tells no event", () => {
    expect(verdict("Le ministre n'a pas rencontré son homologue.", "rencontré", "fr", "negated")).toBe("none");
    expect(verdict("Aucune visite n'est prévue cette année.", "visite", "fr", "negated")).toBe("none");
    expect(verdict("The two presidents did not meet in Oslo.", "meet", "en", "negated")).toBe("none");
    expect(verdict("The envoy has never visited the region.", "visited", "en", "negated")).toBe("none");
    expect(verdict("Le ministre a rencontré son homologue.", "rencontré", "fr", "negated")).toBeNull();
    expect(verdict("The ministers met, and did not hide their satisfaction.", "met", "en", "negated")).toBeNull();
  });

  it("calledOff: a cancellation before the noun or after it past auxiliaries", () => {
    expect(verdict("Le président a annulé sa visite à Rome.", "visite", "fr", "calledOff")).toBe("cancelled");
    expect(verdict("La rencontre a finalement été annulée.", "rencontre", "fr", "calledOff")).toBe("cancelled");
    expect(verdict("The summit was called off at the last minute.", "summit", "en", "calledOff")).toBe("cancelled");
    expect(verdict("Officials cancelled the planned talks.", "talks", "en", "calledOff")).toBe("cancelled");
    expect(verdict("The summit discussed the cancellation of debts.", "summit", "en", "calledOff")).toBeNull();
  });

  it("postponed: put off with no new date is cancelled, with one it is planned", () => {
    expect(verdict("La visite du ministre a été reportée.", "visite", "fr", "postponed")).toBe("cancelled");
    expect(verdict("La visite du ministre a été reportée au 12 mars.", "visite", "fr", "postponed")).toBe("planned");
    expect(verdict("The meeting has been postponed indefinitely.", "meeting", "en", "postponed")).toBe("cancelled");
    expect(verdict("They postponed the summit until June 4.", "summit", "en", "postponed")).toBe("planned");
  });

  it("calledOff and postponed: past a name and its acronym between brackets in the noun's complement", () => {
    const markup = "A meeting of the [Gulf Cooperation Council](org:gcc) ([GCC](org:gcc)) ministers in [Osk](place:osk) was called off.";
    expect(verdict(markup, "meeting", "en", "calledOff")).toBe("cancelled");
    const fr = "La réunion de l'[Union africaine](org:au) ([UA](org:au)) prévue à [Osk](place:osk) a été reportée.";
    expect(verdict(fr, "réunion", "fr", "postponed")).toBe("cancelled");
  });

  it("calledOff and postponed: a verb in the gerund, the infinitive or the present participle before the noun", () => {
    expect(verdict("Officials defended cancelling the visit to Osk.", "visit", "en", "calledOff")).toBe("cancelled");
    expect(verdict("The council is calling off its summit in Osk.", "summit", "en", "calledOff")).toBe("cancelled");
    expect(verdict("Le président a décidé d'annuler sa visite à Osk.", "visite", "fr", "calledOff")).toBe("cancelled");
    expect(verdict("Le président a quitté Osk, annulant sa visite à Rome.", "visite", "fr", "calledOff")).toBe("cancelled");
    expect(verdict("The ministry did not comment on postponing the summit.", "summit", "en", "postponed")).toBe("cancelled");
    expect(verdict("Officials are delaying the talks until June 4.", "talks", "en", "postponed")).toBe("planned");
    expect(verdict("Le conseil a choisi de reporter le sommet.", "sommet", "fr", "postponed")).toBe("cancelled");
    expect(verdict("Le conseil a choisi de repousser le sommet au 12 mars.", "sommet", "fr", "postponed")).toBe("planned");
    expect(verdict("The ministry did not comment on postponing the summit.", "summit", "en")).toBe("cancelled");
  });

  it("calledOff and postponed: past an aside between commas after the noun's complement", () => {
    expect(
      verdict(
        "La visite au Maroc du ministre Ken Obi, initialement prévue la semaine prochaine, a été annulée.",
        "visite",
        "fr",
        "calledOff",
      ),
    ).toBe("cancelled");
    expect(verdict("The visit by Ken Obi to Oyo, scheduled for next week, has been cancelled.", "visit", "en", "calledOff")).toBe(
      "cancelled",
    );
    expect(verdict("La réunion des ministres, prévue lundi à Osk, a été reportée.", "réunion", "fr", "postponed")).toBe("cancelled");
    // Two clauses, not an aside: the cancellation is another noun's.
    expect(verdict("La visite du ministre a eu lieu, mais la réunion a été annulée.", "visite", "fr", "calledOff")).toBeNull();
  });

  it("postponed: a date the plan had before, told as planned or in a relative clause, is no new date", () => {
    expect(verdict("Ken Obi postponed a planned trip to Oyo that had been set for Feb. 15-17.", "trip", "en", "postponed")).toBe(
      "cancelled",
    );
    expect(verdict("Ken Obi a reporté sa visite à Osk, qui était prévue le 3 mars.", "visite", "fr", "postponed")).toBe("cancelled");
    expect(verdict("Ken Obi a reporté sa visite à Osk au 3 mars.", "visite", "fr", "postponed")).toBe("planned");
  });

  it("postponed: past a long complement, where a date is the old one", () => {
    const long = "A planned visit by the American special envoy Jane Roe to Oslo this month was postponed because of the storm.";
    expect(verdict(long, "visit", "en", "postponed")).toBe("cancelled");
    expect(verdict("La visite du secrétaire d'État au Numérique à Lisbonne ce mois-ci a été reportée.", "visite", "fr", "postponed")).toBe(
      "cancelled",
    );
    expect(verdict("The visit by the minister to Rome was postponed to May 3.", "visit", "en", "postponed")).toBe("planned");
    // No auxiliary between the complement and the cue: the cue is not the noun's verb.
    expect(verdict("The visit to Rome of the envoy who postponed his holidays went ahead.", "visit", "en", "postponed")).toBeNull();
  });

  it("habitual: plural event nouns with a habit cue are a practice, not an event", () => {
    expect(verdict("Les deux capitales organisent des visites régulières.", "visites", "fr", "habitual")).toBe("none");
    expect(verdict("The allies hold regular meetings on cyber threats.", "meetings", "en", "habitual")).toBe("none");
    expect(verdict("The ministers held two meetings in Rome.", "meetings", "en", "habitual")).toBeNull();
    expect(verdict("Le ministre a effectué une visite régulière.", "visite", "fr", "habitual")).toBeNull();
  });

  it("modal: wishes, intentions, invitations and possibilities are planned", () => {
    expect(verdict("Le président souhaite rencontrer son homologue.", "rencontrer", "fr", "modal")).toBe("planned");
    expect(verdict("Le chef de l'État pourrait se rendre en Inde.", "se rendre", "fr", "modal")).toBe("planned");
    expect(verdict("La ministre a accepté l'invitation à visiter Lima.", "visiter", "fr", "modal")).toBe("planned");
    expect(verdict("The chancellor wants to meet the new leader.", "meet", "en", "modal")).toBe("planned");
    expect(verdict("The prince accepted an invitation to visit Oslo.", "visit", "en", "modal")).toBe("planned");
    expect(verdict("The premier could visit Seoul.", "visit", "en", "modal")).toBe("planned");
    expect(verdict("The premier visited Seoul.", "visited", "en", "modal")).toBeNull();
  });

  it("undatedWish: a wish whose sentence says no date was given is no event, not even a planned one", () => {
    expect(verdict("La présidente souhaitait rencontrer son homologue péruvien, sans avancer de date.", "rencontrer", "fr")).toBe("none");
    expect(verdict("Le roi voudrait se rendre à Lima, mais aucune date n'a été fixée.", "se rendre", "fr")).toBe("none");
    expect(verdict("The chancellor hopes to visit Lima, though no date has been set.", "visit", "en")).toBe("none");
    expect(verdict("The premier would like to meet her counterpart, without giving a date.", "meet", "en")).toBe("none");
    // A wish alone, or a firm plan with no date: planned as before.
    expect(verdict("La présidente souhaitait rencontrer son homologue péruvien.", "rencontrer", "fr")).toBe("planned");
    expect(verdict("La présidente se rendra à Lima, sans avancer de date.", "se rendra", "fr", "undatedWish")).toBeNull();
    expect(verdict("The chancellor will visit Lima, though no date has been set.", "visit", "en", "undatedWish")).toBeNull();
  });

  it("plannedMarker: an adjective marker counts only for the noun it qualifies", () => {
    expect(verdict("Le prochain sommet aura lieu à Rome.", "sommet", "fr", "plannedMarker")).toBe("planned");
    expect(
      verdict("Il est accompagné lors de ce déplacement par le prochain président du Sénat.", "déplacement", "fr", "plannedMarker"),
    ).toBeNull();
    expect(verdict("The upcoming visit by the king is a first.", "visit", "en", "plannedMarker")).toBe("planned");
    expect(verdict("During the visit, the next chairman of the bloc spoke.", "visit", "en", "plannedMarker")).toBeNull();
  });

  it("futureTense: a relative clause keeps its own tense", () => {
    expect(verdict("Le Parlement a ratifié le traité, qui entrera en vigueur l'an prochain.", "ratifié", "fr", "futureTense")).toBeNull();
    expect(verdict("The two leaders signed a pact that will enter into force next year.", "signed", "en", "futureTense")).toBeNull();
    expect(verdict("The envoy arrived in Oslo, where he will meet the king.", "meet", "en", "futureTense")).toBe("planned");
    expect(verdict("La visite, qui aura lieu au printemps, est attendue.", "visite", "fr", "futureTense")).toBe("planned");
  });

  it("the whole list: occurred when nothing else applies", () => {
    expect(verdict("La Première ministre s'est rendue à Manille.", "s'est rendue", "fr")).toBe("occurred");
    expect(verdict("The minister will travel to Manila.", "travel to", "en")).toBe("planned");
  });
});
