/**
 * Who attended a meeting, told in a sentence of its own after it ("It was attended by X, Y and Z", "Also present were
 * …", "Étaient également présents …", "X et Y y ont pris part", "X was represented by Y"): they join the meeting told
 * before, not a meeting of their own; who stayed away stays out. End to end on our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function meetings(body: string) {
  return namedEvents(body, "2026-12-03", "Meeting").map(({ status, participants, place }) => ({ status, participants, place }));
}

const OPENING_EN = "The annual summit of the Andean Community opened in Quito on Monday, chaired by Ecuadorian President Mateo Arroyo. ";
const OPENING_FR =
  "Le sommet annuel de la Communauté andine s'est ouvert lundi à Quito, sous la présidence du président équatorien Mateo Arroyo. ";
const GUESTS_EN = "Peruvian President Lucia Quispe and Bolivian Vice President Tomas Mamani";
const GUESTS_FR = "la présidente péruvienne Lucia Quispe et le vice-président bolivien Tomas Mamani";

/** The one meeting of the story, with everyone said to attend it. */
const summitWith = (...people: string[]) => [
  { status: "occurred", participants: ["Andean Community", "Mateo Arroyo", ...people].sort(), place: "Quito" },
];

describe("attendees told after the meeting, in a sentence of their own", () => {
  it("join it after a lead opening the sentence ('It was attended by', 'Also present were', 'Among those attending were')", () => {
    expect(meetings(`${OPENING_EN}It was attended by ${GUESTS_EN}.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_EN}Also present were ${GUESTS_EN}.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_EN}Among those attending were ${GUESTS_EN}.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_EN}It brought together ${GUESTS_EN}.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
  });

  it("join it in French ('Étaient également présents', 'Il réunissait', 'On notait la présence de')", () => {
    expect(meetings(`${OPENING_FR}Étaient également présents ${GUESTS_FR}.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_FR}Il réunissait ${GUESTS_FR}.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_FR}On notait la présence de ${GUESTS_FR}.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
  });

  it("join it as the subject of an attending verb ('also attended', 'were present', 'y ont pris part', 'a assisté à la séance d'ouverture')", () => {
    expect(meetings(`${OPENING_EN}${GUESTS_EN} also attended.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_EN}${GUESTS_EN} were also present.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_EN}${GUESTS_EN} took part in the opening session.`)).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
    expect(meetings(`${OPENING_FR}La présidente péruvienne, Lucia Quispe, y a également pris part.`)).toEqual(summitWith("Lucia Quispe"));
    expect(meetings(`${OPENING_FR}Le vice-président bolivien Tomas Mamani a assisté à la séance d'ouverture.`)).toEqual(
      summitWith("Tomas Mamani"),
    );
  });

  it("join it after a marker with no one named before ('in the presence of', 'en présence de')", () => {
    expect(meetings(`${OPENING_EN}The final declaration was adopted in the presence of ${GUESTS_EN}.`)).toEqual(
      summitWith("Lucia Quispe", "Tomas Mamani"),
    );
    expect(meetings(`${OPENING_FR}La déclaration finale a été adoptée en présence de ${GUESTS_FR}.`)).toEqual(
      summitWith("Lucia Quispe", "Tomas Mamani"),
    );
  });

  it("carry over a list that goes on in the next sentence ('It was attended by X. Also present was Y')", () => {
    expect(
      meetings(`${OPENING_EN}It was attended by Peruvian President Lucia Quispe. Also present was Bolivian Vice President Tomas Mamani.`),
    ).toEqual(summitWith("Lucia Quispe", "Tomas Mamani"));
  });

  it("make a meeting of a summit told with its chair alone ('The summit opened, chaired by X. It was attended by Y and Z')", () => {
    expect(
      meetings(
        `The annual summit of the Andean Forum opened in Quito on Monday, chaired by Ecuadorian President Mateo Arroyo. It was attended by ${GUESTS_EN}.`,
      ),
    ).toEqual([{ status: "occurred", participants: ["Lucia Quispe", "Mateo Arroyo", "Tomas Mamani"], place: "Quito" }]);
  });

  it("are the representatives, not the one represented ('X was represented by Y', 'X s'est fait représenter par Y')", () => {
    expect(meetings(`${OPENING_EN}Chilean President Ana Fuentes was represented by Foreign Minister Pablo Rojas.`)).toEqual(
      summitWith("Pablo Rojas"),
    );
    expect(
      meetings(
        `${OPENING_FR}La présidente chilienne Ana Fuentes s'est fait représenter par son ministre des Affaires étrangères, Pablo Rojas.`,
      ),
    ).toEqual(summitWith("Pablo Rojas"));
  });
});

describe("what is no attendance of the meeting told before", () => {
  it("a leader who stayed away ('did not attend', 'was not present', 'n'était pas présent', 'n'y a pas pris part')", () => {
    expect(meetings(`${OPENING_EN}Chilean President Ana Fuentes did not attend.`)).toEqual(summitWith());
    expect(meetings(`${OPENING_EN}Chilean President Ana Fuentes was not present.`)).toEqual(summitWith());
    expect(meetings(`${OPENING_FR}La présidente chilienne, Ana Fuentes, n'était pas présente.`)).toEqual(summitWith());
    expect(meetings(`${OPENING_FR}La présidente chilienne, Ana Fuentes, n'y a pas pris part.`)).toEqual(summitWith());
  });

  it("another occasion or another place ('attended a university', 'was present in Lima last week')", () => {
    expect(meetings(`${OPENING_EN}Chilean President Ana Fuentes attended a university in Madrid.`)).toEqual(summitWith());
    expect(meetings(`${OPENING_EN}Analysts said Chilean President Ana Fuentes was present in Lima last week.`)).toEqual(summitWith());
  });

  it("a lead with someone named before it, or with no meeting told before", () => {
    expect(meetings(`${OPENING_EN}Chilean President Ana Fuentes brought together ${GUESTS_EN} in 2019.`)).toEqual(summitWith());
    expect(meetings(`Exports of copper rose by 3 percent last year. It was attended by ${GUESTS_EN}.`)).toEqual([]);
  });
});
