import { describe, expect, it } from "vitest";
import {
  hostOfMeeting,
  meetingParticipants,
  ministersOf,
  peopleGroup,
  sidesBetween,
  sidesGroup,
  subjectSides,
  summitOrganization,
} from "../../../../ingest/extract/events/meeting.js";
import { leadersOf, speakersSide } from "../../../../ingest/extract/events/groups.js";
import { contextFor, scopeAt } from "./support.js";

const fr = (text: string) => contextFor(text, { language: "fr" });
const en = (text: string) => contextFor(text, { language: "en" });

describe("meeting rules", () => {
  it("leadersOf: an organisation takes part when its leaders or ministers meet", () => {
    expect(leadersOf.find(scopeAt(fr("Les dirigeants du [G20](org:g20) se sont réunis samedi à [Rome](place:rome)."), "réunis"))).toEqual({
      parties: ["org:g20"],
    });
    expect(leadersOf.find(scopeAt(en("[EU](org:eu) leaders met in [Rome](place:rome) on Friday."), "met"))).toEqual({
      parties: ["org:eu"],
    });
    expect(leadersOf.find(scopeAt(en("A gathering of [G7](org:g7) finance ministers opened in [Rome](place:rome)."), "gathering"))).toEqual(
      { parties: ["org:g7"] },
    );
    const bloc = fr("Le [Mercosur](org:mercosur) s'élargit. Le sommet des chefs d'État de l'organisation s'est tenu jeudi.");
    expect(leadersOf.find(scopeAt(bloc, "sommet"))).toEqual({ parties: ["org:mercosur"] });
    expect(leadersOf.find(scopeAt(en("The ministers met in [Rome](place:rome)."), "met"))).toBeNull();
  });

  it("speakersSide: 'notre sommet' in a quote is the speaker's organisation", () => {
    const a = fr("« Notre sommet a été un succès », a déclaré le porte-parole de l'[OTAN](org:nato).");
    expect(speakersSide.find(scopeAt(a, "sommet"))).toEqual({ parties: ["org:nato"] });
    const b = en('"Our summit showed unity," said the spokesman of [ASEAN](org:asean).');
    expect(speakersSide.find(scopeAt(b, "summit"))).toEqual({ parties: ["org:asean"] });
    expect(speakersSide.find(scopeAt(en('"The summit showed unity," said the spokesman of [ASEAN](org:asean).'), "summit"))).toBeNull();
  });

  it("sidesGroup, ministersOf, peopleGroup: groups that stand for the participants of an event already told", () => {
    expect(sidesGroup.find(scopeAt(fr("Les deux pays ont tenu une réunion."), "réunion"))).toEqual({
      groupSubject: true,
      ofMinisters: true,
    });
    expect(sidesGroup.find(scopeAt(en("The two sides held talks."), "talks"))).toEqual({ groupSubject: true, ofMinisters: true });
    const ministers = fr("Ils organiseront une réunion des ministres des Affaires étrangères.");
    expect(ministersOf.find(scopeAt(ministers, "réunion"))).toEqual({ groupSubject: true, ofMinisters: true });
    expect(peopleGroup.find(scopeAt(en("The two leaders met in the afternoon."), "met"))).toEqual({ groupSubject: true });
    expect(peopleGroup.find(scopeAt(en("The meeting ended."), "meeting"))).toBeNull();
  });

  it("hostOrganization: the organisation named with the summit", () => {
    expect(hostOfMeeting.find(scopeAt(fr("Le sommet de l'[OTAN](org:nato) s'ouvre."), "sommet"))).toEqual({ parties: ["org:nato"] });
    expect(hostOfMeeting.find(scopeAt(en("The [G7](org:g7) summit opened."), "summit"))).toEqual({ parties: ["org:g7"] });
    expect(hostOfMeeting.find(scopeAt(en("The summit opened."), "summit"))).toBeNull();
  });

  it("subjectSides: countries coordinated with an apposition", () => {
    const a = en("The talks come after [Japan](country:JP) and its key ally, [China](country:CN), held talks in March.");
    expect(subjectSides.find(scopeAt(a, "talks", 1))).toEqual({ parties: ["country:JP", "country:CN"] });
  });

  it("summitOrganization: a summit of 'l'organisation' named before, or of the sentence's one organisation", () => {
    const a = fr(
      "La [Bolivie](country:BO) adhère au [Mercosur](org:mercosur). Le protocole a été promulgué à [Rio](place:rio) lors du 63e sommet de l'organisation sud-américaine.",
    );
    expect(summitOrganization.find(scopeAt(a, "sommet"))).toEqual({ parties: ["org:mercosur"] });
    const b = fr(
      "Le [Forum des îles](org:forum) a admis deux membres, ont indiqué à [Palikir](place:palikir) les chefs d'État océaniens réunis en sommet.",
    );
    expect(summitOrganization.find(scopeAt(b, "sommet"))).toEqual({ parties: ["org:forum"] });
    expect(summitOrganization.find(scopeAt(fr("Le [Forum des îles](org:forum) a tenu une réunion."), "réunion"))).toBeNull();
  });

  it("meetingParticipants: the sentence's people, with the organisation of a summit", () => {
    const a = fr("Au sommet de l'[OTAN](org:nato), [Ken Obi](person:ken-obi) a rencontré [Hans Berg](person:hans-berg).");
    expect(meetingParticipants(scopeAt(a, "sommet"), false, false)).toEqual({
      people: ["person:ken-obi", "person:hans-berg"],
      parties: ["org:nato"],
    });
  });

  it("sidesBetween: the countries or organisations named right after the noun, demonyms too", () => {
    const a = fr("Des pourparlers entre l'[Ukraine](country:UA) et la [Russie](country:RU) ont eu lieu à [Istanbul](place:istanbul).");
    expect(sidesBetween.find(scopeAt(a, "pourparlers"))).toEqual({ parties: ["country:UA", "country:RU"] });
    const b = en("Talks between [Ukrainian](country:UA demonym) and [Russian](country:RU demonym) delegations took place on Friday.");
    expect(sidesBetween.find(scopeAt(b, "Talks"))).toEqual({ parties: ["country:UA", "country:RU"] });
    // "entre" further from the noun is about something else; one side alone is not a list.
    const c = fr("La réunion consacrée aux tensions entre la [Chine](country:CN) et le [Japon](country:JP) a duré deux heures.");
    expect(sidesBetween.find(scopeAt(c, "réunion"))).toBeNull();
    expect(sidesBetween.find(scopeAt(en("Talks between [Ukraine](country:UA) officials ended."), "Talks"))).toBeNull();
  });

  it("meetingParticipants: the subject after a fronted phrase holding the meeting and its other side", () => {
    const a = en("After talks with [Ken Obi](person:ken-obi), [Ana Ruiz](person:ana-ruiz) announced a new fund.");
    expect(meetingParticipants(scopeAt(a, "talks"), false, false).people).toEqual(["person:ana-ruiz", "person:ken-obi"]);
    const b = en(
      "Speaking after a meeting with [Ken Obi](person:ken-obi) in [Oyo](place:oyo) on Monday, [Ana Ruiz](person:ana-ruiz) said trade had grown.",
    );
    expect(meetingParticipants(scopeAt(b, "meeting"), false, false).people).toEqual(["person:ana-ruiz", "person:ken-obi"]);
    const c = fr(
      "À l'issue d'un entretien avec [Ken Obi](person:ken-obi), [Hans Berg](person:hans-berg) a déclaré que le dialogue reprendrait.",
    );
    expect(meetingParticipants(scopeAt(c, "entretien"), false, false).people).toEqual(["person:hans-berg", "person:ken-obi"]);
    // The phrase does not open the sentence: the speaker there did not meet anyone.
    const d = en("Officials said that after talks with [Ken Obi](person:ken-obi), [Ana Ruiz](person:ana-ruiz) announced a fund.");
    expect(meetingParticipants(scopeAt(d, "talks"), false, false).people).not.toContain("person:ana-ruiz");
  });

  it("meetingParticipants: a fronted phrase led by a speaking participle with its own complement ('Speaking to reporters after …')", () => {
    const a = en(
      "Speaking to reporters after meeting [Ken Obi](person:ken-obi) in [Oyo](place:oyo) on Monday, [Ana Ruiz](person:ana-ruiz) said trade had grown.",
    );
    expect(meetingParticipants(scopeAt(a, "meeting"), false, false).people).toEqual(["person:ana-ruiz", "person:ken-obi"]);
    const b = fr(
      "S'exprimant devant la presse après sa rencontre avec [Ken Obi](person:ken-obi), [Hans Berg](person:hans-berg) a appelé à l'unité.",
    );
    expect(meetingParticipants(scopeAt(b, "rencontre"), false, false).people).toEqual(["person:hans-berg", "person:ken-obi"]);
    // The participle's own clause ends before the meeting: the subject after it did not meet anyone.
    const c = en(
      "Speaking to reporters, officials said that after meeting [Ken Obi](person:ken-obi), [Ana Ruiz](person:ana-ruiz) announced a fund.",
    );
    expect(meetingParticipants(scopeAt(c, "meeting"), false, false).people).not.toContain("person:ana-ruiz");
  });

  it("meetingParticipants: a group subject meeting the people named after the trigger", () => {
    const a = en("The two leaders later travelled to [Gdansk](place:gdansk), where they met [Ken Obi](person:ken-obi).");
    expect(meetingParticipants(scopeAt(a, "met"), false, false)).toEqual({ people: ["person:ken-obi"], parties: [], groupSubject: true });
    const b = fr("Les deux dirigeants ont ensuite rencontré [Ken Obi](person:ken-obi) à [Gdansk](place:gdansk).");
    expect(meetingParticipants(scopeAt(b, "rencontré"), false, false)).toEqual({
      people: ["person:ken-obi"],
      parties: [],
      groupSubject: true,
    });
    // A person named as the subject: no group.
    const c = en("[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi), and they talked.");
    expect(meetingParticipants(scopeAt(c, "met"), false, false)).toEqual({ people: ["person:ana-ruiz", "person:ken-obi"], parties: [] });
  });
});
