import { describe, expect, it } from "vitest";
import { sentenceTense } from "../../../ingest/dates/index.js";

describe("sentenceTense", () => {
  it.each([
    ["Les deux ministres ont signé un accord de coopération.", "past"],
    ["Elle s'est rendue à Séoul pour la première fois.", "past"],
    ["Le président recevait alors son homologue.", "past"],
    ["Le chef de l'État se rendra en Inde.", "future"],
    ["La Première ministre doit se rendre à Manille.", "future"],
    ["Une réunion des ministres est prévue à Rome.", "future"],
    ["La délégation va signer un mémorandum.", "future"],
    ["La ministre s'apprête à signer un mémorandum à Lima.", "future"],
    ["Le ministre est arrivé lundi à Canberra.", "past"],
    ["Le président se rend à Tokyo.", "present"],
    ["Le sommet a lieu à Tokyo et le Japon a plus de navires.", "present"],
    // A plan told in the past: "devait" before its infinitive; "devait" with a noun is a past.
    ["Le ministre devait se rendre vendredi à Oslo.", "future"],
    ["Les deux ministres devaient effectuer jeudi une visite à Oslo.", "future"],
    ["Elle devait initialement s'entretenir avec son homologue.", "future"],
    ["Il devait sa nomination au président.", "past"],
  ])("reads %j as %s (French)", (sentence, tense) => {
    expect(sentenceTense(sentence, "fr")).toBe(tense);
  });

  it.each([
    ["The two leaders met in Tokyo and signed a pact.", "past"],
    ["The minister will travel to Manila.", "future"],
    ["The summit is expected to open in Jakarta.", "future"],
    ["The prime minister flew to Canberra and spoke with Albanese.", "past"],
    ["The minister is to visit Lima.", "future"],
    ["The summit opens in Jakarta.", "present"],
    ["The summit, to be held in Jakarta, opens the season.", "future"],
    ["The United Kingdom is indeed a close partner.", "present"],
    // A plan told in the past: "was due to", "were to" before a verb; "was told to" is a past.
    ["The minister was due to travel to Oslo.", "future"],
    ["The two ministers were to meet in Rome.", "future"],
    ["She was scheduled to make the visit on Friday.", "future"],
    ["The minister was told to leave Oslo.", "past"],
    ["The minister was in Oslo.", "past"],
  ])("reads %j as %s (English)", (sentence, tense) => {
    expect(sentenceTense(sentence, "en")).toBe(tense);
  });

  it.each([
    ["La base navale est située au sud de l'île.", "fr", "present"],
    ["Les deux bases sont désormais installées à Darwin.", "fr", "present"],
    ["Le commandement est dirigé par un amiral japonais.", "fr", "present"],
    ["Le ministre est reparti lundi pour Canberra.", "fr", "past"],
    ["Les délégations sont arrivées à Oslo.", "fr", "past"],
    ["La ministre est née à Lyon.", "fr", "past"],
    ["Les frégates se sont rendues à Brest.", "fr", "past"],
    ["L'accord a été signé à Oslo.", "fr", "past"],
    ["The naval base is located south of the island.", "en", "present"],
    ["The two squadrons are currently based and deployed in Darwin.", "en", "present"],
    ["The talks are held in Oslo every year.", "en", "present"],
    ["The base was located south of the island.", "en", "past"],
    ["The ministers located the wreck and signed a pact.", "en", "past"],
    ["The agreement has been signed in Oslo.", "en", "past"],
  ])("reads the passive or stative %j (%s) as %s", (sentence, language, tense) => {
    expect(sentenceTense(sentence, language)).toBe(tense);
  });

  it("reads 'prochain' / 'next' as future only next to a time or an event noun", () => {
    expect(sentenceTense("Il est accompagné par le prochain président du Sénat.", "fr")).toBe("present");
    expect(sentenceTense("Le prochain sommet se tient à Rome.", "fr")).toBe("future");
    expect(sentenceTense("Elle se rend à Oslo la semaine prochaine.", "fr")).toBe("future");
    expect(sentenceTense("The talks are held next to the palace.", "en")).toBe("present");
    expect(sentenceTense("The envoy travels to Oslo next week.", "en")).toBe("future");
  });

  it("discounts a trailing reporting clause", () => {
    expect(sentenceTense("La tournée devrait inclure Séoul, a annoncé le porte-parole.", "fr")).toBe("future");
    expect(sentenceTense("The minister will visit Hanoi, officials said.", "en")).toBe("future");
    expect(sentenceTense("Le président se rend à Tokyo, a annoncé le porte-parole.", "fr")).toBe("present");
    expect(sentenceTense("The summit opens in Jakarta, senior officials said on Monday.", "en")).toBe("present");
    expect(sentenceTense("The summit opens in Jakarta, said the foreign ministry.", "en")).toBe("present");
  });

  it("says present for an empty string", () => {
    expect(sentenceTense("", "fr")).toBe("present");
  });
});
