/**
 * The phenomena of issue 11 (events told with nouns, groups as participants, status and
 * modality, dates across sentences), end to end on our own French and English sentences.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge } from "../linked-markup.js";
import { tools } from "./support.js";

function events(markup: string, language: "fr" | "en", published = "2026-04-15", headline = false) {
  return extractFromLinked(linkedDocument(markup, { published, language, headline }), testKnowledge, tools).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date,
    participants: [...e.participants].sort(),
    place: e.place ?? null,
  }));
}

const CHANCELLOR = "title:chancellor Chancellor head-of-government";
const PM = "title:prime-minister Prime_Minister head-of-government";
const PRES = "title:president President head-of-state";

describe("events told with nouns", () => {
  it("'la visite officielle du chancelier X à Y a pris fin', 'the state visit by X to Y'", () => {
    expect(
      events(
        `La visite officielle du {chancelier}(${CHANCELLOR}) [Hans Berg](person:hans-berg) à [Rome](place:rome) a pris fin mardi.`,
        "fr",
      ),
    ).toEqual([{ type: "Visit", status: "occurred", date: "2026-04-14", participants: ["person:hans-berg"], place: "place:rome" }]);
    expect(events("The state visit by [Ana Ruiz](person:ana-ruiz) to [Japan](country:JP) ended on Monday.", "en")).toEqual([
      { type: "Visit", status: "occurred", date: "2026-04-13", participants: ["person:ana-ruiz"], place: "country:JP" },
    ]);
  });

  it("'during her three-day trip to Y', 'l'arrivée de X à Y'", () => {
    const trip = events(
      "During her three-day trip to [Italy](country:IT) last week, [Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi).",
      "en",
    );
    expect(trip).toContainEqual(expect.objectContaining({ type: "Visit", participants: ["person:ana-ruiz"], place: "country:IT" }));
    expect(trip).toContainEqual(expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] }));
    expect(events("L'arrivée de [Ken Obi](person:ken-obi) à [Rome](place:rome) a été saluée.", "fr")).toContainEqual(
      expect.objectContaining({ type: "Visit", participants: ["person:ken-obi"], place: "place:rome" }),
    );
  });

  it("'after their meeting', 'à l'issue de leur entretien' refer back to the meeting told", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) lundi à [Rome](place:rome). À l'issue de leur entretien, ils ont salué un accord.",
      "fr",
    );
    expect(found.filter((e) => e.type === "Meeting")).toHaveLength(1);
    const en = events(
      "[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) on Monday. After their meeting, the two spoke to reporters.",
      "en",
    );
    expect(en.filter((e) => e.type === "Meeting")).toHaveLength(1);
  });

  it("'his talks with X' count the possessor", () => {
    const found = events("[Ana Ruiz](person:ana-ruiz) arrived on Monday. His talks with [Ken Obi](person:ken-obi) lasted two hours.", "en");
    expect(found).toContainEqual(expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] }));
  });

  it("ellipsis: 'la visite de X à Rome en 2019, puis celle de Y à Madrid'", () => {
    const found = events(
      "On se souvient de la visite de [Ken Obi](person:ken-obi) à [Rome](place:rome) en 2019, puis celle de [Hans Berg](person:hans-berg) à [Madrid](place:madrid).",
      "fr",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "Visit", participants: ["person:ken-obi"], place: "place:rome", date: "2019" }),
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "Visit", participants: ["person:hans-berg"], place: "place:madrid" }));
  });

  it("a summit is the meeting of its organisation in the host city; 'a gathering of G7 finance ministers'", () => {
    expect(events("Le sommet de l'[OTAN](org:nato) s'est tenu jeudi à [Vilnius](place:vilnius).", "fr")).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-04-09", participants: ["org:nato"], place: "place:vilnius" },
    ]);
    expect(events("A gathering of [G7](org:g7) finance ministers opened in [Rome](place:rome) on Tuesday.", "en")).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["org:g7"], place: "place:rome" }),
    );
  });

  it("signing: 'a signé', 'signed by', 'la signature de … par' give the signers and the date", () => {
    expect(
      events("Le traité a été signé vendredi à [Rome](place:rome) par l'[Italie](country:IT) et le [Japon](country:JP).", "fr"),
    ).toEqual([
      { type: "Signing", status: "occurred", date: "2026-04-10", participants: ["country:IT", "country:JP"], place: "place:rome" },
    ]);
    expect(events("The pact was signed by [China](country:CN) and [Italy](country:IT) on Monday.", "en")).toContainEqual(
      expect.objectContaining({ type: "Signing", participants: ["country:CN", "country:IT"], date: "2026-04-13" }),
    );
  });
});

describe("participants that are groups, pronouns or speakers", () => {
  it("'les dirigeants du G20', 'EU leaders': the organisation takes part", () => {
    expect(events("Les dirigeants du [G20](org:g20) se sont réunis samedi à [Rome](place:rome).", "fr")).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["org:g20"], place: "place:rome" }),
    );
    expect(events("[EU](org:eu) leaders met in [Rome](place:rome) on Friday.", "en")).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["org:eu"] }),
    );
  });

  it("'the three leaders', 'les deux hommes', 'ils' stand for the people just named", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz), [Ken Obi](person:ken-obi) and [Hans Berg](person:hans-berg) arrived in [Rome](place:rome) on Monday. The three leaders discussed trade.",
      "en",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:hans-berg", "person:ken-obi"] }),
    );
  });

  it("'notre sommet' in a quote is the speaker's organisation", () => {
    expect(events("« Notre sommet de jeudi a été un succès », a déclaré le porte-parole de l'[OTAN](org:nato).", "fr")).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["org:nato"], date: "2026-04-09" }),
    );
  });
});

describe("status and modality", () => {
  it("wishes, intentions, invitations and possibilities are planned", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) souhaite rencontrer [Ken Obi](person:ken-obi).", "fr")[0]?.status).toBe("planned");
    expect(events("[Ken Obi](person:ken-obi) could visit [Japan](country:JP).", "en")[0]?.status).toBe("planned");
    expect(events("[Ken Obi](person:ken-obi) has accepted an invitation to visit [Japan](country:JP).", "en")[0]?.status).toBe("planned");
  });

  it("'has been invited to a summit in June', published in April, is a planned summit this June", () => {
    expect(events("[Ken Obi](person:ken-obi) has been invited to a summit of the [G7](org:g7) in June.", "en")).toContainEqual(
      expect.objectContaining({ type: "Meeting", status: "planned", date: "2026-06" }),
    );
  });

  it("negation: no event; cancellation: cancelled", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) n'a pas rencontré [Ken Obi](person:ken-obi).", "fr")).toEqual([]);
    expect(events("The visit by [Ken Obi](person:ken-obi) to [Japan](country:JP) was called off.", "en")[0]?.status).toBe("cancelled");
    expect(events("La visite de [Ken Obi](person:ken-obi) au [Japon](country:JP) a été reportée.", "fr")[0]?.status).toBe("cancelled");
  });

  it("a postponed event is planned for its new date, not the one it had before", () => {
    expect(
      events(
        "The visit by [Ken Obi](person:ken-obi) to [Japan](country:JP), initially planned for May, was pushed back to September.",
        "en",
      ),
    ).toEqual([{ type: "Visit", status: "planned", date: "2026-09", participants: ["person:ken-obi"], place: "country:JP" }]);
    expect(
      events("La visite de [Ken Obi](person:ken-obi) au [Japon](country:JP), prévue le 20 courant, a été reportée au 3 juin.", "fr"),
    ).toEqual([{ type: "Visit", status: "planned", date: "2026-06-03", participants: ["person:ken-obi"], place: "country:JP" }]);
    // A date in a reporting clause after the cue is the report's: no new date, so the event is called off.
    expect(
      events(
        "A visit to [Japan](country:JP) by [Ken Obi](person:ken-obi), set for May, was deferred until August, officials said on Monday.",
        "en",
      ),
    ).toEqual([{ type: "Visit", status: "planned", date: "2026-08", participants: ["person:ken-obi"], place: "country:JP" }]);
    expect(
      events(
        "A visit to [Japan](country:JP) by [Ken Obi](person:ken-obi), set for May, has been deferred, officials confirmed on Monday.",
        "en",
      ),
    ).toEqual([{ type: "Visit", status: "cancelled", date: "2026-05", participants: ["person:ken-obi"], place: "country:JP" }]);
  });

  it("a called-off event's date without its year is the one nearest publication, whatever the cancellation's tense", () => {
    expect(events("La visite de [Ken Obi](person:ken-obi) au [Japon](country:JP), prévue en mars, a été annulée.", "fr")[0]).toEqual(
      expect.objectContaining({ status: "cancelled", date: "2026-03" }),
    );
    expect(events("The visit by [Ken Obi](person:ken-obi) to [Japan](country:JP), set for June, was called off.", "en")[0]).toEqual(
      expect.objectContaining({ status: "cancelled", date: "2026-06" }),
    );
  });

  it("a plan a later clause calls off after 'but', 'mais' is cancelled: 'had been expected to', 'devait'", () => {
    expect(
      events("[Ken Obi](person:ken-obi) had been expected to visit [Oslo](place:oslo) on Monday, but the trip was called off.", "en"),
    ).toEqual([{ type: "Visit", status: "cancelled", date: "2026-04-13", participants: ["person:ken-obi"], place: "place:oslo" }]);
    expect(
      events("[Ana Ruiz](person:ana-ruiz) devait rencontrer jeudi [Ken Obi](person:ken-obi), mais cette étape a été annulée.", "fr")[0],
    ).toEqual(expect.objectContaining({ type: "Meeting", status: "cancelled" }));
    // Without the later clause, the plan stays a plan; a contrast that calls nothing off changes nothing.
    expect(events("[Ana Ruiz](person:ana-ruiz) devait rencontrer jeudi [Ken Obi](person:ken-obi).", "fr")[0]?.status).toBe("planned");
    expect(events("[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) on Monday, but no deal was signed.", "en")[0]?.status).toBe(
      "occurred",
    );
  });

  it("a cancellation past several asides, or past a complement listing named people, calls the event off", () => {
    expect(
      events(
        "La visite à [Oslo](place:oslo) du {ministre}(title:minister Minister minister), [Ken Obi](person:ken-obi), prévue mercredi, a été reportée sine die.",
        "fr",
      )[0]?.status,
    ).toBe("cancelled");
    expect(
      events(
        `A trilateral meeting between {Prime Minister}(${PM}) [Ana Ruiz](person:ana-ruiz), {President}(${PRES}) [Ken Obi](person:ken-obi) and {President}(${PRES}) [Tom Reyes](person:tom-reyes) was called off.`,
        "en",
      )[0]?.status,
    ).toBe("cancelled");
  });

  it("a cancellation told with its plan calls the plan off; the day told with it is the cancellation's", () => {
    expect(
      events(
        "[Ken Obi](person:ken-obi), qui devait se rendre à [Paris](place:paris) début mai, a annulé son déplacement mardi.",
        "fr",
      ).filter((e) => e.type === "Visit"),
    ).toEqual([{ type: "Visit", status: "cancelled", date: "2026-05", participants: ["person:ken-obi"], place: "place:paris" }]);
  });

  it("a weekday of a plan told in the past is the next such day, not a year on; a purpose infinitive is as planned as its plan", () => {
    const told = events(
      "[Ana Ruiz](person:ana-ruiz) was scheduled to visit [Oslo](place:oslo) on Monday to meet [Ken Obi](person:ken-obi).",
      "en",
      "2026-04-15",
    );
    expect(told).toContainEqual({
      type: "Visit",
      status: "planned",
      date: "2026-04-20",
      participants: ["person:ana-ruiz"],
      place: "place:oslo",
    });
    expect(told).toContainEqual(expect.objectContaining({ type: "Meeting", status: "planned", date: "2026-04-20" }));
  });

  it("a meeting told with a call, by its people and without a place of its own, is the call", () => {
    expect(
      events("[Ana Ruiz](person:ana-ruiz) received a phone call from [Ken Obi](person:ken-obi) on Tuesday.", "en").map((e) => e.type),
    ).toEqual(["Call"]);
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) spoke by phone with [Ken Obi](person:ken-obi) on Tuesday. The two leaders discussed regional security.",
        "en",
      ).map((e) => e.type),
    ).toEqual(["Call"]);
    // A meeting in a place, or on another day, is another event.
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) spoke by phone with [Ken Obi](person:ken-obi) on Tuesday. The two leaders met in [Oslo](place:oslo) on Friday.",
        "en",
      ).map((e) => e.type),
    ).toEqual(["Call", "Meeting"]);
  });

  it("'la veille', 'the next day' date an event from the day the story told just before", () => {
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) est arrivée lundi à [Rome](place:rome). La veille, elle avait rencontré [Ken Obi](person:ken-obi) à [Oslo](place:oslo).",
        "fr",
      ),
    ).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-04-12",
      participants: ["person:ana-ruiz", "person:ken-obi"],
      place: "place:oslo",
    });
  });

  it("a relative clause keeps its own tense; generic plurals are no events", () => {
    expect(events("[Japan](country:JP) and [Italy](country:IT) signed a pact that will enter into force next year.", "en")[0]?.status).toBe(
      "occurred",
    );
    expect(events("[Japan](country:JP) and [Italy](country:IT) want regular visits between the two capitals.", "en")).toEqual([]);
  });
});

describe("dates at the level of the document", () => {
  it("a month without a year follows the tense: 'will meet in July' in April is this July, 'met in July' last July", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) will meet [Ken Obi](person:ken-obi) in July.", "en")[0]?.date).toBe("2026-07");
    expect(events("[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) in July.", "en")[0]?.date).toBe("2025-07");
  });

  it("a date belongs to its own noun: 'les législatives prévues l'an prochain' do not date the visit", () => {
    const found = events(
      "[Ken Obi](person:ken-obi) s'est rendu en [Italie](country:IT), avant les législatives prévues l'an prochain.",
      "fr",
    );
    expect(found[0]?.date).not.toBe("2027");
  });

  it("a date closing a since-phrase dates that phrase's noun: 'depuis la brouille … en février', 'since the summit … in February'", () => {
    const ANA = "[Ana Ruiz](person:ana-ruiz)";
    const KEN = "[Ken Obi](person:ken-obi)";
    expect(
      events(`${KEN} a rencontré ${ANA} à Rome, une première depuis la brouille entre leurs deux gouvernements en février.`, "fr")[0]?.date,
    ).toBe("2026-04-15");
    expect(
      events(
        `${ANA} met ${KEN} in Lisbon, their first talks since the informal summit of European leaders in Brussels in February.`,
        "en",
      )[0]?.date,
    ).toBe("2026-04-15");
    // The trigger inside the phrase: the date is the event's own.
    expect(events(`Since then ${ANA} has met ${KEN} in Lisbon in March.`, "en")[0]?.date).toBe("2026-03");
  });

  it("a relative clause after the event's place is the event's: 'a meeting in Lisbon that ended on Monday', 'une réunion à Lisbonne, qui s'est achevée lundi'", () => {
    const ANA = "[Ana Ruiz](person:ana-ruiz)";
    const KEN = "[Ken Obi](person:ken-obi)";
    expect(events(`${ANA} and ${KEN} held a two-day meeting in Lisbon that ended on Monday.`, "en")[0]?.date).toBe("2026-04-13");
    expect(events(`${ANA} et ${KEN} ont tenu une réunion à Lisbonne, qui s'est achevée lundi.`, "fr")[0]?.date).toBe("2026-04-13");
  });
  it("a relative clause whose verb hosts the event dates it across an apposition: '…, which Kenya will host in June'", () => {
    const en = events(
      "[Ana Ruiz](person:ana-ruiz) flew to Nairobi ahead of a summit of the [African Union](org:au), the continental bloc that groups 55 states, which Kenya will host in June.",
      "en",
    );
    expect(en.find((e) => e.participants.includes("org:au"))?.date).toBe("2026-06");
    const fr = events(
      "La ministre est arrivée à Nairobi avant un sommet de l'[Union africaine](org:au), l'organisation qui réunit 55 États, que le Kenya accueillera en juin.",
      "fr",
    );
    expect(fr.find((e) => e.participants.includes("org:au"))?.date).toBe("2026-06");
  });
});

describe("a plan called off by a later mention", () => {
  it("'devait se rendre à X … mais ce déplacement a été reporté', 'was due to visit … The visit has been called off'", () => {
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) devait se rendre à [Madrid](place:madrid) la semaine prochaine, mais ce déplacement a été annulé.",
        "fr",
      ),
    ).toEqual([{ type: "Visit", status: "cancelled", date: "2026-04", participants: ["person:ana-ruiz"], place: "place:madrid" }]);
    expect(
      events("[Ken Obi](person:ken-obi) was due to visit [Lisbon](place:lisbon) next week. The visit has been called off.", "en"),
    ).toEqual([{ type: "Visit", status: "cancelled", date: "2026-04", participants: ["person:ken-obi"], place: "place:lisbon" }]);
  });

  it("'the trip' refers back to a visit as 'ce déplacement' does", () => {
    expect(
      events("[Ken Obi](person:ken-obi) was due to travel to [Lisbon](place:lisbon) next week. The trip has been called off.", "en"),
    ).toEqual([{ type: "Visit", status: "cancelled", date: "2026-04", participants: ["person:ken-obi"], place: "place:lisbon" }]);
  });

  it("leaves an occurred event alone: only a plan is called off", () => {
    const told = events("[Ken Obi](person:ken-obi) visited [Lisbon](place:lisbon) on Monday. A second trip was then called off.", "en");
    expect(told).toContainEqual(expect.objectContaining({ type: "Visit", status: "occurred", participants: ["person:ken-obi"] }));
  });
});

describe("meetings told around the subject, between sides, and by a group with others", () => {
  it("'After talks with X, Y announced', 'À l'issue d'un entretien avec X, Y a déclaré': the subject met X", () => {
    expect(events("After talks with [Ken Obi](person:ken-obi), [Ana Ruiz](person:ana-ruiz) announced a new fund.", "en")).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] }),
    );
    expect(
      events(
        "À l'issue d'un entretien avec [Ken Obi](person:ken-obi), [Hans Berg](person:hans-berg) a déclaré que le dialogue reprendrait.",
        "fr",
      ),
    ).toContainEqual(expect.objectContaining({ type: "Meeting", participants: ["person:hans-berg", "person:ken-obi"] }));
  });

  it("'des pourparlers entre l'Ukraine et la Russie', 'la rencontre entre le président X et Y' are meetings of their own", () => {
    const told = events(
      "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) à [Osaka](place:osaka). Des pourparlers entre l'[Italie](country:IT) et la [Chine](country:CN) ont eu lieu à [Istanbul](place:istanbul) le 16 mai.",
      "fr",
    );
    expect(told).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["country:CN", "country:IT"], place: "place:istanbul", date: "2025-05-16" }),
    );
    expect(told).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:osaka" }),
    );
    const between = events(
      "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) lundi. La rencontre entre le {président chinois}(title:president President head-of-state country:CN) [Xi Jinping](person:xi-jinping) et [Hans Berg](person:hans-berg) s'est tenue mercredi à [Osaka](place:osaka).",
      "fr",
    );
    expect(between.filter((e) => e.type === "Meeting").map((e) => e.participants)).toEqual([
      ["person:ana-ruiz", "person:ken-obi"],
      ["person:hans-berg", "person:xi-jinping"],
    ]);
  });

  it("a meeting told elsewhere does not take the day of talks in another city", () => {
    const told = events(
      "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) à [Osaka](place:osaka). Des pourparlers ont eu lieu à [Istanbul](place:istanbul) le 16 mai.",
      "fr",
    );
    expect(told).toEqual([
      {
        type: "Meeting",
        status: "occurred",
        date: "2026-04-15",
        participants: ["person:ana-ruiz", "person:ken-obi"],
        place: "place:osaka",
      },
    ]);
  });

  it("'where they met X': the group and the person it met, beside the group's own meeting", () => {
    const told = events(
      "[Ana Ruiz](person:ana-ruiz) and [Ken Obi](person:ken-obi) held talks in [Rome](place:rome) on Tuesday. The two leaders later travelled to [Osaka](place:osaka), where they met [Hans Berg](person:hans-berg).",
      "en",
    );
    expect(told.filter((e) => e.type === "Meeting")).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-04-14", participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:rome" },
      {
        type: "Meeting",
        status: "occurred",
        date: "2026-04-14",
        participants: ["person:ana-ruiz", "person:hans-berg", "person:ken-obi"],
        place: "place:osaka",
      },
    ]);
  });

  it("verb forms: 'se réuniront' is a planned meeting, 'sat down with' a past one", () => {
    expect(
      events("Les ministres des Affaires étrangères du [G7](org:g7) se réuniront le 12 novembre au [Canada](country:CA).", "fr"),
    ).toEqual([{ type: "Meeting", status: "planned", date: "2026-11-12", participants: ["org:g7"], place: "country:CA" }]);
    expect(events("[Ana Ruiz](person:ana-ruiz) sat down with [Ken Obi](person:ken-obi) in [Rome](place:rome) on Sunday.", "en")).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-04-12", participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:rome" },
    ]);
    expect(events("[Ken Obi](person:ken-obi) s'envolera lundi pour [Lisbonne](place:lisbon).", "fr")).toEqual([
      { type: "Visit", status: "planned", date: "2026-04-20", participants: ["person:ken-obi"], place: "place:lisbon" },
    ]);
    expect(
      events("Le dernier dirigeant kényan à s'être rendu à [Lisbonne](place:lisbon) était [Ken Obi](person:ken-obi), en 2016.", "fr"),
    ).toEqual([{ type: "Visit", status: "occurred", date: "2016", participants: ["person:ken-obi"], place: "place:lisbon" }]);
    expect(events("Les dirigeants de l'[UE](org:eu) doivent se réunir à [Rome](place:rome) en juin.", "fr")).toEqual([
      { type: "Meeting", status: "planned", date: "2026-06", participants: ["org:eu"], place: "place:rome" },
    ]);
    // "se retrouver" is weak: alone, a group finding itself somewhere is no meeting.
    expect(events("Les deux dirigeants se sont retrouvés dans une impasse.", "fr")).toEqual([]);
  });
});

describe("leaders told by their country, trips to several countries, invitations", () => {
  const XI = "[Xi Jinping](person:xi-jinping)";
  const PRESIDENT_CN = "title:president President head-of-state country:CN";
  const LEADER_CN = "title:leader Leader head-of-state country:CN";

  it("'the Chinese leader will travel to Italy and Japan': the one Chinese head of state told, a visit to each country", () => {
    const told = events(
      `The {Chinese President}(${PRESIDENT_CN}) ${XI} arrived in [Rome](place:rome) on Sunday. The {Chinese leader}(${LEADER_CN}) will then travel to [Greece](country:GR) and [Japan](country:JP).`,
      "en",
    );
    expect(told.filter((e) => e.status === "planned")).toEqual([
      { type: "Visit", status: "planned", date: null, participants: ["person:xi-jinping"], place: "country:GR" },
      { type: "Visit", status: "planned", date: null, participants: ["person:xi-jinping"], place: "country:JP" },
    ]);
    const fr = events(
      `Le {président chinois}(${PRESIDENT_CN}) ${XI} est arrivé dimanche à [Rome](place:rome). Le {dirigeant chinois}(${LEADER_CN}) se rendra ensuite en [Grèce](country:GR) et au [Japon](country:JP).`,
      "fr",
    );
    expect(fr.filter((e) => e.status === "planned").map((e) => [e.participants, e.place])).toEqual([
      [["person:xi-jinping"], "country:GR"],
      [["person:xi-jinping"], "country:JP"],
    ]);
  });

  it("a leader title that singles out someone else, or an indefinite one, stands for no one", () => {
    const told = events(
      `The {Chinese President}(${PRESIDENT_CN}) ${XI} arrived in [Rome](place:rome) on Sunday. The last {Chinese leader}(${LEADER_CN}) to visit [Greece](country:GR) was [Ken Obi](person:ken-obi) in 2016.`,
      "en",
    );
    expect(told).toContainEqual({ type: "Visit", status: "occurred", date: "2016", participants: ["person:ken-obi"], place: "country:GR" });
    expect(told.filter((e) => e.participants.includes("person:xi-jinping")).map((e) => e.place)).toEqual(["place:rome"]);
  });

  it("'pour des entretiens avec X' is a meeting; 'à l'issue des entretiens' refers back", () => {
    expect(
      events(
        `Le {président chinois}(${PRESIDENT_CN}) ${XI} est arrivé dimanche à [Rome](place:rome) pour des entretiens avec [Ken Obi](person:ken-obi).`,
        "fr",
      ),
    ).toContainEqual(expect.objectContaining({ type: "Meeting", participants: ["person:ken-obi", "person:xi-jinping"] }));
    const back = events(`${XI} a reçu [Ken Obi](person:ken-obi) lundi. À l'issue des entretiens, ils ont salué un accord.`, "fr");
    expect(back.filter((e) => e.type === "Meeting")).toHaveLength(1);
  });

  it("'accepted his invitation to visit Y': the one who accepted travels, not the inviter", () => {
    const told = events(
      `[Ken Obi](person:ken-obi) met [Ana Ruiz](person:ana-ruiz) on Friday. [Ken Obi](person:ken-obi) said [Ana Ruiz](person:ana-ruiz) had accepted his invitation to visit [Lisbon](place:lisbon).`,
      "en",
    );
    expect(told).toContainEqual({ type: "Visit", status: "planned", date: null, participants: ["person:ana-ruiz"], place: "place:lisbon" });
  });
});

describe("a relative clause that tells what goes on now is the story's event", () => {
  it("'X, who is visiting Lisbon, held talks … his visit' and 'X, qui effectue une visite à Lisbonne, … sa visite' are one trip", () => {
    const en = events(
      "[Ken Obi](person:ken-obi), who is visiting [Lisbon](place:lisbon), held talks with [Ana Ruiz](person:ana-ruiz) on Monday. His visit was welcomed by the press.",
      "en",
    );
    expect(en.filter((e) => e.type === "Visit")).toHaveLength(1);
    const fr = events(
      "[Ken Obi](person:ken-obi), qui effectue une visite à [Lisbonne](place:lisbon), a rencontré [Ana Ruiz](person:ana-ruiz) lundi. Sa visite a été saluée par la presse.",
      "fr",
    );
    expect(fr.filter((e) => e.type === "Visit")).toHaveLength(1);
  });
});

describe("headlines", () => {
  it("a headline in the present is the body's event, planned or past, not an event of the publication day", () => {
    const planned = events(
      "[Ana Ruiz](person:ana-ruiz) heads to [Oslo](place:oslo)\n\n[Ana Ruiz](person:ana-ruiz) will travel to [Oslo](place:oslo) next week for talks on energy.",
      "en",
      "2026-04-15",
      true,
    );
    expect(planned.filter((e) => e.type === "Visit")).toEqual([
      expect.objectContaining({ status: "planned", participants: ["person:ana-ruiz"], place: "place:oslo" }),
    ]);
    const past = events(
      "[Ana Ruiz](person:ana-ruiz) se rendra à [Oslo](place:oslo)\n\n[Ana Ruiz](person:ana-ruiz) s'est rendue lundi à [Oslo](place:oslo).",
      "fr",
      "2026-04-15",
      true,
    );
    expect(past.filter((e) => e.type === "Visit")).toEqual([
      expect.objectContaining({ status: "occurred", date: "2026-04-13", participants: ["person:ana-ruiz"], place: "place:oslo" }),
    ]);
  });

  it("a headline's event that is not the body's stays its own: other people, or another place", () => {
    const other = events(
      "[Ken Obi](person:ken-obi) heads to [Oslo](place:oslo)\n\n[Ana Ruiz](person:ana-ruiz) will travel to [Oslo](place:oslo) next week.",
      "en",
      "2026-04-15",
      true,
    );
    expect(other.filter((e) => e.type === "Visit")).toHaveLength(2);
    const elsewhere = events(
      "[Ana Ruiz](person:ana-ruiz) heads to [Oslo](place:oslo)\n\n[Ana Ruiz](person:ana-ruiz) will travel to [Japan](country:JP) next week.",
      "en",
      "2026-04-15",
      true,
    );
    expect(elsewhere.filter((e) => e.type === "Visit")).toHaveLength(2);
  });
});

describe("a host's guest", () => {
  const PM_JP = "title:prime-minister Prime_Minister head-of-government country:JP";
  const PRESIDENT_IT = "title:president President head-of-state country:IT";
  const PRESIDENT_JP = "title:president President head-of-state country:JP";
  it("'X welcomed Y to Osaka', 'X a reçu lundi à Osaka Y': the guest visited the place where they met", () => {
    const en = events(
      `{Prime Minister}(${PM_JP}) [Ana Ruiz](person:ana-ruiz) welcomed {President}(${PRESIDENT_IT}) [Ken Obi](person:ken-obi) to [Osaka](place:osaka) on Monday.`,
      "en",
    );
    expect(en).toContainEqual({
      type: "Visit",
      status: "occurred",
      date: "2026-04-13",
      participants: ["person:ken-obi"],
      place: "place:osaka",
    });
    expect(en).toContainEqual(expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] }));
    const fr = events(
      `Le {Premier ministre}(${PM_JP}) [Ana Ruiz](person:ana-ruiz) a reçu lundi à [Osaka](place:osaka) le {président}(${PRESIDENT_IT}) [Ken Obi](person:ken-obi).`,
      "fr",
    );
    expect(fr).toContainEqual(expect.objectContaining({ type: "Visit", participants: ["person:ken-obi"], place: "place:osaka" }));
    const passive = events(
      `Le {président}(${PRESIDENT_IT}) [Ken Obi](person:ken-obi) a été reçu lundi à [Osaka](place:osaka) par le {Premier ministre}(${PM_JP}) [Ana Ruiz](person:ana-ruiz).`,
      "fr",
    );
    expect(passive).toContainEqual(expect.objectContaining({ type: "Visit", participants: ["person:ken-obi"], place: "place:osaka" }));
  });

  it("no guest's visit when the guest's country is unknown or is the place's, or when the sentence tells its own visit", () => {
    const unknown = events("[Ana Ruiz](person:ana-ruiz) welcomed [Ken Obi](person:ken-obi) to [Osaka](place:osaka) on Monday.", "en");
    expect(unknown.filter((e) => e.type === "Visit")).toEqual([]);
    const home = events(
      `{Prime Minister}(${PM_JP}) [Ana Ruiz](person:ana-ruiz) welcomed {President}(${PRESIDENT_JP}) [Ken Obi](person:ken-obi) to [Osaka](place:osaka) on Monday.`,
      "en",
    );
    expect(home.filter((e) => e.type === "Visit")).toEqual([]);
    const own = events(
      `{Prime Minister}(${PM_JP}) [Ana Ruiz](person:ana-ruiz) welcomed {President}(${PRESIDENT_IT}) [Ken Obi](person:ken-obi) to [Osaka](place:osaka) on Monday for a state visit to [Japan](country:JP).`,
      "en",
    );
    expect(own.filter((e) => e.type === "Visit")).toEqual([
      expect.objectContaining({ participants: ["person:ken-obi"], place: "country:JP" }),
    ]);
  });
});

describe("the pluperfect and calls on the telephone", () => {
  it("'s'était entretenu avec', 's'étaient retrouvés', 's'était rendue à' are past events; 'au téléphone' is a call as 'par téléphone' is", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) s'était entretenue lundi avec [Ken Obi](person:ken-obi). [Hans Berg](person:hans-berg) s'était rendu à [Osaka](place:osaka) en mars. [Ana Ruiz](person:ana-ruiz) s'est entretenue au téléphone avec [Hans Berg](person:hans-berg) mardi.",
      "fr",
    );
    expect(found).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-04-13", participants: ["person:ana-ruiz", "person:ken-obi"], place: null },
      { type: "Visit", status: "occurred", date: "2026-03", participants: ["person:hans-berg"], place: "place:osaka" },
      { type: "Call", status: "occurred", date: "2026-04-14", participants: ["person:ana-ruiz", "person:hans-berg"], place: null },
    ]);
  });
});

describe("more group subjects", () => {
  it("'the pair', 'the two prime ministers', 'tous deux' stand for the people just named", () => {
    const signers = { type: "Signing", participants: ["person:ana-ruiz", "person:ken-obi"] };
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) in [Rome](place:rome) on Monday, where the pair signed a defence pact.",
        "en",
      ),
    ).toEqual(expect.arrayContaining([expect.objectContaining(signers)]));
    expect(
      events("[Ana Ruiz](person:ana-ruiz) a reçu [Ken Obi](person:ken-obi) lundi. Tous deux ont signé un accord de défense.", "fr"),
    ).toEqual(expect.arrayContaining([expect.objectContaining(signers)]));
  });
});

describe("signers listed with a royal style", () => {
  it("keeps both: 'X and Saudi Defence Minister Prince Y signed', 'signed by X and his counterpart Prince Y'", () => {
    const both = ["person:ana-ruiz", "person:ken-obi"];
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) and [Saudi](country:SA demonym) {Defence Minister}(title:defence-minister Defence_Minister minister country:SA) Prince [Ken Obi](person:ken-obi) signed the framework on Tuesday.",
        "en",
      ),
    ).toEqual([expect.objectContaining({ type: "Signing", participants: both })]);
    expect(
      events("The framework was signed by [Ana Ruiz](person:ana-ruiz) and Prince [Ken Obi](person:ken-obi) on Tuesday.", "en"),
    ).toEqual([expect.objectContaining({ type: "Signing", participants: both })]);
  });
});

describe("meals and welcomes are meetings", () => {
  it("'a déjeuné avec', 'had lunch with', 'a working dinner', 'a été accueilli à X par Y'", () => {
    const met = { type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] };
    expect(events("[Ana Ruiz](person:ana-ruiz) a déjeuné avec [Ken Obi](person:ken-obi) mardi.", "fr")).toEqual([
      expect.objectContaining(met),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) had lunch with [Ken Obi](person:ken-obi) on Tuesday.", "en")).toEqual([
      expect.objectContaining(met),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) a été accueillie à [Rome](place:rome) par [Ken Obi](person:ken-obi) mardi.", "fr")).toEqual(
      expect.arrayContaining([expect.objectContaining({ ...met, place: "place:rome" })]),
    );
    expect(events("[Ana Ruiz](person:ana-ruiz) ate lunch alone on Tuesday.", "en")).toEqual([]);
  });
});

describe("who comments on an event told by its noun", () => {
  it("takes no part in it: 'X said that the visit …', 'X called the signing …', 'X a salué la signature'", () => {
    const visit = events(
      "[Ana Ruiz](person:ana-ruiz) visited [Japan](country:JP) on Monday. [Ken Obi](person:ken-obi) said in [Osaka](place:osaka) that the visit had opened a new chapter.",
      "en",
    );
    expect(visit).toEqual([expect.objectContaining({ type: "Visit", participants: ["person:ana-ruiz"] })]);
    expect(events("[Ken Obi](person:ken-obi) called the signing a cornerstone of ties.", "en")).toEqual([]);
    expect(events("[Ken Obi](person:ken-obi) a salué la signature mardi.", "fr")).toEqual([]);
  });
  it("but speaks of his own ('his visit') and of a meeting 'with' someone", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) said her visit to [Japan](country:JP) was a success.", "en")).toEqual([
      expect.objectContaining({ type: "Visit", participants: ["person:ana-ruiz"] }),
    ]);
    expect(
      events("[Ana Ruiz](person:ana-ruiz) said the meeting with [Ken Obi](person:ken-obi) in [Osaka](place:osaka) was productive.", "en"),
    ).toEqual([expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] })]);
  });
});

describe("who stays away from an event, and who reports another's", () => {
  const MET = "[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) in [Osaka](place:osaka) on Monday.";
  const metOnly = [expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] })];
  it("takes no part in it: 'X skipped the meeting', 'X did not attend the talks', 'X a boudé la réunion'", () => {
    expect(events(`${MET} [Lea Moro](person:lea-moro) skipped the meeting, sending a deputy instead.`, "en")).toEqual(metOnly);
    expect(events(`${MET} [Lea Moro](person:lea-moro) did not attend the talks.`, "en")).toEqual(metOnly);
    expect(events(`${MET} [Lea Moro](person:lea-moro) boycotted the meeting.`, "en")).toEqual(metOnly);
    const rencontre = "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) lundi à [Osaka](place:osaka).";
    expect(events(`${rencontre} [Lea Moro](person:lea-moro) a boudé la réunion.`, "fr")).toEqual(metOnly);
    expect(events(`${rencontre} [Lea Moro](person:lea-moro) n'a pas assisté à la réunion.`, "fr")).toEqual(metOnly);
  });
  it("takes no part in it who will not travel for it: 'X would not travel to Y for the summit', 'X ne se rendra pas à Y pour le sommet'", () => {
    const summit = (e: { type: string; participants: string[] }) => e.type === "Meeting";
    const en = events(
      "The office of [Lea Moro](person:lea-moro) said on Monday that she would not travel to [Oslo](place:oslo) for the [Nordic Council](org:nordic-council) summit.",
      "en",
    ).filter(summit);
    expect(en.length).toBe(1);
    expect(en[0]?.participants).not.toContain("person:lea-moro");
    const fr = events(
      "[Lea Moro](person:lea-moro) ne se rendra pas à [Oslo](place:oslo) pour le sommet du [Conseil nordique](org:nordic-council), a indiqué son cabinet.",
      "fr",
    ).filter(summit);
    expect(fr.length).toBe(1);
    expect(fr[0]?.participants).not.toContain("person:lea-moro");
  });
  it("but one who travels for it, or whose negation is another clause's, takes part: 'X, who did not hide his doubts, travelled to Y for the summit'", () => {
    const summit = (e: { type: string; participants: string[] }) => e.type === "Meeting";
    const went = events(
      "[Lea Moro](person:lea-moro) travelled to [Oslo](place:oslo) for the [Nordic Council](org:nordic-council) summit.",
      "en",
    ).filter(summit);
    expect(went[0]?.participants).toContain("person:lea-moro");
    const aside = events(
      "[Lea Moro](person:lea-moro), qui ne cache pas ses doutes, s'est rendue à [Oslo](place:oslo) pour le sommet du [Conseil nordique](org:nordic-council).",
      "fr",
    ).filter(summit);
    expect(aside[0]?.participants).toContain("person:lea-moro");
  });
  it("but one who attended it, or joined it, takes part", () => {
    expect(events(`${MET} [Lea Moro](person:lea-moro) also attended the meeting.`, "en")).toEqual([
      expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi", "person:lea-moro"] }),
    ]);
  });
  it("the one who says that others will meet is not one of them: 'X said Y would receive Z', 'X a indiqué que Y recevrait Z'", () => {
    const planned = [expect.objectContaining({ type: "Meeting", status: "planned", participants: ["person:ana-ruiz", "person:ken-obi"] })];
    expect(
      events(
        "Spokesman [Lea Moro](person:lea-moro) said [Ana Ruiz](person:ana-ruiz) would receive [Ken Obi](person:ken-obi) next month.",
        "en",
      ),
    ).toEqual(planned);
    expect(
      events(
        "[Lea Moro](person:lea-moro) a indiqué que [Ana Ruiz](person:ana-ruiz) recevrait [Ken Obi](person:ken-obi) le mois prochain.",
        "fr",
      ),
    ).toEqual(planned);
  });
  it("the French conditional of reported speech is a plan: 'a annoncé qu'elle se rendrait', 'qu'elle rencontrerait'", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) a annoncé qu'elle se rendrait à [Rome](place:rome) le mois prochain.", "fr")).toEqual([
      expect.objectContaining({ type: "Visit", status: "planned", participants: ["person:ana-ruiz"], place: "place:rome" }),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) a précisé qu'elle rencontrerait [Ken Obi](person:ken-obi) jeudi.", "fr")).toEqual([
      expect.objectContaining({
        type: "Meeting",
        status: "planned",
        date: "2026-04-16",
        participants: ["person:ana-ruiz", "person:ken-obi"],
      }),
    ]);
  });
  it("but speaks of a meeting of his own, and of one with whom he spoke", () => {
    expect(events("[Lea Moro](person:lea-moro) said she would meet [Ken Obi](person:ken-obi) next month.", "en")).toEqual([
      expect.objectContaining({ type: "Meeting", status: "planned", participants: ["person:ken-obi", "person:lea-moro"] }),
    ]);
    expect(
      events("[Lea Moro](person:lea-moro) told [Ken Obi](person:ken-obi) that they would meet again next month.", "en").map(
        (e) => e.participants,
      ),
    ).not.toEqual([["person:ken-obi"]]);
    expect(
      events(
        "[Lea Moro](person:lea-moro) told [Ken Obi](person:ken-obi) during a phone call on Monday that [Japan](country:JP) was ready to host new talks.",
        "en",
      ),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ type: "Call", participants: ["person:ken-obi", "person:lea-moro"] })]));
  });
});

describe("a trip called off after a name with an elided article", () => {
  it("'la visite d'X à Y a été annulée', 'le voyage d'X à Y a été annulé'", () => {
    const cancelled = { type: "Visit", status: "cancelled", participants: ["person:ana-ruiz"], place: "place:rome" };
    expect(events("La visite d'[Ana Ruiz](person:ana-ruiz) à [Rome](place:rome) a été annulée.", "fr")).toEqual([
      expect.objectContaining(cancelled),
    ]);
    expect(events("Le voyage d'[Ana Ruiz](person:ana-ruiz) à [Rome](place:rome) a été annulé.", "fr")).toEqual([
      expect.objectContaining(cancelled),
    ]);
    expect(events("Le voyage de presse a été agréable.", "fr")).toEqual([]);
  });
});

describe("a trip's later stops, each on a day of its own", () => {
  const visit = (date: string, place: string): unknown =>
    expect.objectContaining({ type: "Visit", status: "planned", date, participants: ["person:ana-ruiz"], place });
  // Published on Wednesday 2026-04-15.
  it("'se rendra lundi au Japon, puis mercredi en Corée', 'will travel to Tokyo on Monday, then to Osaka on Wednesday'", () => {
    expect(
      events("[Ana Ruiz](person:ana-ruiz) se rendra lundi au [Japon](country:JP), puis mercredi en [Corée du Sud](country:KR).", "fr"),
    ).toEqual([visit("2026-04-20", "country:JP"), visit("2026-04-22", "country:KR")]);
    expect(
      events("[Ana Ruiz](person:ana-ruiz) will travel to [Tokyo](place:tokyo) on Monday, then to [Osaka](place:osaka) on Wednesday.", "en"),
    ).toEqual([visit("2026-04-20", "place:tokyo"), visit("2026-04-22", "place:osaka")]);
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) will travel on Monday to [Tokyo](place:tokyo) and then on Wednesday to [Osaka](place:osaka).",
        "en",
      ),
    ).toEqual([visit("2026-04-20", "place:tokyo"), visit("2026-04-22", "place:osaka")]);
  });
  it("what the visitor does at a stop, told in a relative clause, is no trip of its own: 'à Lyon, où elle visitera une usine'", () => {
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) se rendra jeudi à [Lyon](place:lyon), où elle visitera une usine, puis vendredi à [Nice](place:nice).",
        "fr",
      ),
    ).toEqual([visit("2026-04-16", "place:lyon"), visit("2026-04-17", "place:nice")]);
  });
  it("the place a visit verb takes as its object is the destination, not a later verb's: 'visited Tokyo on Monday, then met Y in Osaka'", () => {
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) visited [Tokyo](place:tokyo) on Monday, then met [Ken Obi](person:ken-obi) in [Osaka](place:osaka) on Tuesday.",
        "en",
      ),
    ).toEqual([
      expect.objectContaining({ type: "Visit", date: "2026-04-13", place: "place:tokyo" }),
      expect.objectContaining({ type: "Meeting", date: "2026-04-14", place: "place:osaka" }),
    ]);
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) a visité [Tokyo](place:tokyo) lundi, puis a rencontré [Ken Obi](person:ken-obi) à [Osaka](place:osaka) mardi.",
        "fr",
      ),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ type: "Visit", date: "2026-04-13", place: "place:tokyo" })]));
  });
  it("but a city named after 'then' with no day of its own is a stop of the same trip, and a place of another verb is no stop", () => {
    expect(
      events("[Ana Ruiz](person:ana-ruiz) will travel to [Tokyo](place:tokyo) on Monday, then to [Osaka](place:osaka).", "en"),
    ).toEqual([visit("2026-04-20", "place:tokyo")]);
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) will travel to [Tokyo](place:tokyo) on Monday, then return to [Madrid](place:madrid) on Wednesday.",
        "en",
      ),
    ).toEqual([visit("2026-04-20", "place:tokyo")]);
  });
});

describe("leaders named by their countries", () => {
  it("meet as those countries: 'the leaders of France, Germany and Britain spoke by phone', 'French, German and British leaders held a call'", () => {
    const three = ["country:DE", "country:FR", "country:GB"];
    expect(
      events("The leaders of [France](country:FR), [Germany](country:DE) and [Britain](country:GB) spoke by phone on Sunday.", "en").map(
        (e) => e.participants,
      ),
    ).toEqual([three]);
    expect(
      events(
        "[French](country:FR demonym), [German](country:DE demonym) and [British](country:GB demonym) leaders held a video call on Sunday.",
        "en",
      ).map((e) => e.participants),
    ).toEqual([three]);
    // The summit of an organisation the sentence names is the organisation's, not a meeting of the countries.
    expect(
      events(
        "Les dirigeants du [Mali](country:ML), du [Niger](country:NE) et du [Tchad](country:TD) se sont réunis samedi pour le sommet de l'[Union du Lac](org:lake-union).",
        "fr",
      ).map((e) => e.participants),
    ).not.toContainEqual(["country:ML", "country:NE", "country:TD"]);
  });

  it("'les dirigeants français, allemand et britannique se sont entretenus par téléphone' is one call of the three countries", () => {
    expect(
      events(
        "Les dirigeants [français](country:FR demonym), [allemand](country:DE demonym) et [britannique](country:GB demonym) se sont entretenus par téléphone dimanche.",
        "fr",
      ).map((e) => e.type),
    ).toEqual(["Call"]);
  });
});

describe("an event talked of", () => {
  it("is planned at most: 'talked about holding a meeting with Z', 'ont évoqué une rencontre avec Z'", () => {
    const planned = [expect.objectContaining({ type: "Meeting", status: "planned" })];
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) and [Ken Obi](person:ken-obi) talked about holding a meeting with [Lea Moro](person:lea-moro).",
        "en",
      ),
    ).toEqual(planned);
    expect(
      events("[Ana Ruiz](person:ana-ruiz) et [Ken Obi](person:ken-obi) ont évoqué une rencontre avec [Lea Moro](person:lea-moro).", "fr"),
    ).toEqual(planned);
  });
  it("but 'discussed the visit' speaks of one told already", () => {
    expect(
      events(
        "[Ana Ruiz](person:ana-ruiz) visited [Rome](place:rome) on Monday. [Ken Obi](person:ken-obi) and [Lea Moro](person:lea-moro) discussed the visit on Tuesday.",
        "en",
      ).filter((e) => e.type === "Visit"),
    ).toEqual([expect.objectContaining({ status: "occurred", participants: ["person:ana-ruiz"] })]);
  });
});

describe("hosting verbs", () => {
  it("in the infinitive after a modal: 'is due to host', 'is expected to receive', 'doit recevoir', 's'apprête à accueillir'", () => {
    const planned = { type: "Meeting", status: "planned", date: "2026-04-16", participants: ["person:ana-ruiz", "person:ken-obi"] };
    expect(events("[Ana Ruiz](person:ana-ruiz) is due to host [Ken Obi](person:ken-obi) on Thursday.", "en")).toEqual([
      expect.objectContaining(planned),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) is expected to receive [Ken Obi](person:ken-obi) on Thursday.", "en")).toEqual([
      expect.objectContaining(planned),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) doit recevoir [Ken Obi](person:ken-obi) jeudi.", "fr")).toEqual([
      expect.objectContaining(planned),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) s'apprête à accueillir [Ken Obi](person:ken-obi) jeudi.", "fr")).toEqual([
      expect.objectContaining(planned),
    ]);
  });

  it("whose object is a thing meet no one: 'welcomed X's decision', 'a reçu le soutien de X'", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) welcomed [Ken Obi](person:ken-obi)'s decision on Tuesday.", "en")).toEqual([]);
    expect(events("[Ana Ruiz](person:ana-ruiz) warmly welcomed the decision by [Ken Obi](person:ken-obi) on Tuesday.", "en")).toEqual([]);
    expect(events("[Ana Ruiz](person:ana-ruiz) a reçu mardi le soutien de [Ken Obi](person:ken-obi).", "fr")).toEqual([]);
    expect(events("[Ana Ruiz](person:ana-ruiz) a accueilli favorablement l'annonce de [Ken Obi](person:ken-obi) mardi.", "fr")).toEqual([]);
    expect(events("[Ana Ruiz](person:ana-ruiz) welcomed it on Tuesday, [Ken Obi](person:ken-obi) said.", "en")).toEqual([]);
    expect(events("[Ana Ruiz](person:ana-ruiz) a salué cela mardi, selon [Ken Obi](person:ken-obi).", "fr")).toEqual([]);
    // "it" is no person; "welcomed Ken Obi to Osaka" is a meeting still.
    expect(events("[Ana Ruiz](person:ana-ruiz) welcomed [Ken Obi](person:ken-obi) to [Osaka](place:osaka) on Tuesday.", "en")).toEqual([
      expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"] }),
    ]);
    // A person received, then a thing talked about, is still a meeting.
    expect(events("[Ana Ruiz](person:ana-ruiz) a reçu [Ken Obi](person:ken-obi) mardi pour évoquer l'annonce.", "fr")).toEqual([
      expect.objectContaining({ type: "Meeting", status: "occurred", date: "2026-04-14" }),
    ]);
  });
});

describe("dates of planned events and of events told twice", () => {
  it("a planned event's month or day without a year, earlier than publication, is next year's; a written year stays", () => {
    const july = events(
      "[Ana Ruiz](person:ana-ruiz) and [Ken Obi](person:ken-obi) agreed to hold a meeting in [Osaka](place:osaka) in July.",
      "en",
      "2026-12-02",
    );
    expect(july).toEqual([expect.objectContaining({ type: "Meeting", status: "planned", date: "2027-07" })]);
    const day = events("[Ana Ruiz](person:ana-ruiz) doit rencontrer [Ken Obi](person:ken-obi) le 12 mars.", "fr", "2026-11-20");
    expect(day).toEqual([expect.objectContaining({ type: "Meeting", status: "planned", date: "2027-03-12" })]);
    const written = events("[Ana Ruiz](person:ana-ruiz) will meet [Ken Obi](person:ken-obi) in July 2026.", "en", "2026-12-02");
    expect(written).toEqual([expect.objectContaining({ date: "2026-07" })]);
    // What happened keeps its year: "met in July" told in December is this year's July.
    const past = events("[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) in July.", "en", "2026-12-02");
    expect(past).toEqual([expect.objectContaining({ status: "occurred", date: "2026-07" })]);
  });

  it("a later mention that gives the day of an event dated by its month or week dates it more precisely", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) signed the accord with [Ken Obi](person:ken-obi) in April. [Ana Ruiz](person:ana-ruiz) and [Ken Obi](person:ken-obi) signed it on April 9 in [Osaka](place:osaka).",
      "en",
    );
    expect(found).toEqual([expect.objectContaining({ type: "Signing", date: "2026-04-09" })]);
  });
});

describe("a definite event noun under another tense", () => {
  it("'will not meet X during the visit' names the visit told, not a planned visit of X", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) arrived in [Osaka](place:osaka) on Tuesday. [Ana Ruiz](person:ana-ruiz) will not meet [Ken Obi](person:ken-obi) during the visit.",
      "en",
    );
    expect(found).toEqual([
      { type: "Visit", status: "occurred", date: "2026-04-14", participants: ["person:ana-ruiz"], place: "place:osaka" },
    ]);
    const fr = events(
      "[Ana Ruiz](person:ana-ruiz) est arrivée mardi à [Osaka](place:osaka). Elle ne rencontrera pas [Ken Obi](person:ken-obi) pendant cette visite.",
      "fr",
    );
    expect(fr).toEqual([
      { type: "Visit", status: "occurred", date: "2026-04-14", participants: ["person:ana-ruiz"], place: "place:osaka" },
    ]);
  });
});

describe("a subject pronoun at a meeting", () => {
  it("'he held talks with X', 'elle s'est entretenue avec X': the person the pronoun stands for meets X", () => {
    const en = events(
      "[Ana Ruiz](person:ana-ruiz) arrived in [Osaka](place:osaka) on Monday. On Tuesday, she held talks with [Ken Obi](person:ken-obi).",
      "en",
    );
    expect(en).toContainEqual(
      expect.objectContaining({ type: "Meeting", date: "2026-04-14", participants: ["person:ana-ruiz", "person:ken-obi"] }),
    );
    const fr = events(
      "[Ana Ruiz](person:ana-ruiz) est arrivée lundi à [Osaka](place:osaka). Mardi, elle s'est entretenue avec [Ken Obi](person:ken-obi).",
      "fr",
    );
    expect(fr).toContainEqual(
      expect.objectContaining({ type: "Meeting", date: "2026-04-14", participants: ["person:ana-ruiz", "person:ken-obi"] }),
    );
  });
});

describe("a negation around the verb", () => {
  it("'ne rencontrera pas', 'ne la recevra jamais' tell no event; 'ne … que' is no negation", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) ne rencontrera pas [Ken Obi](person:ken-obi) mardi.", "fr")).toEqual([]);
    expect(events("[Ken Obi](person:ken-obi) ne recevra jamais [Ana Ruiz](person:ana-ruiz) à [Osaka](place:osaka).", "fr")).toEqual([]);
    expect(events("[Ana Ruiz](person:ana-ruiz) ne rencontrera [Ken Obi](person:ken-obi) que mardi.", "fr")).toEqual([
      expect.objectContaining({ type: "Meeting", status: "planned", participants: ["person:ana-ruiz", "person:ken-obi"] }),
    ]);
  });
});

describe("calls told with a verb of speaking", () => {
  it("'X spoke with Y', 'X a téléphoné à Y' are calls between two people; 'spoke to reporters' is none", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) spoke with [Ken Obi](person:ken-obi) on Monday, her office said.", "en")).toEqual([
      { type: "Call", status: "occurred", date: "2026-04-13", participants: ["person:ana-ruiz", "person:ken-obi"], place: null },
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) a téléphoné à [Ken Obi](person:ken-obi) lundi.", "fr")).toEqual([
      expect.objectContaining({ type: "Call", participants: ["person:ana-ruiz", "person:ken-obi"] }),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) spoke to reporters in [Osaka](place:osaka) on Monday.", "en")).toEqual([]);
  });
});

describe("a relative clause told aside", () => {
  it("'X, who met Y in Osaka last week, held talks with Z in Rome': two meetings, each with its own people and place", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz), who met [Hans Berg](person:hans-berg) in [Osaka](place:osaka) last week, held talks with [Ken Obi](person:ken-obi) in [Rome](place:rome) on Tuesday.",
      "en",
    );
    expect(found.filter((e) => e.type === "Meeting")).toEqual([
      expect.objectContaining({ participants: ["person:ana-ruiz", "person:hans-berg"], place: "place:osaka" }),
      expect.objectContaining({ date: "2026-04-14", participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:rome" }),
    ]);
    const fr = events(
      "[Ana Ruiz](person:ana-ruiz), qui avait rencontré [Hans Berg](person:hans-berg) à [Osaka](place:osaka) en mars, s'est entretenue mardi avec [Ken Obi](person:ken-obi) à [Rome](place:rome).",
      "fr",
    );
    expect(fr.filter((e) => e.type === "Meeting")).toEqual([
      expect.objectContaining({ participants: ["person:ana-ruiz", "person:hans-berg"], place: "place:osaka" }),
      expect.objectContaining({ date: "2026-04-14", participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:rome" }),
    ]);
  });
});

describe("an earlier meeting told in a relative clause on the person met", () => {
  it("'X also met Y, whom he had hosted in Paris on 19 March': today's meeting undated by it, and an earlier one in Paris with X and Y", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) also met [Hans Berg](person:hans-berg), whom she had hosted in [Paris](place:paris) on March 19.",
      "en",
    );
    expect(found).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-03-19",
      participants: ["person:ana-ruiz", "person:hans-berg"],
      place: "place:paris",
    });
    expect(found.filter((e) => e.type === "Meeting" && e.date !== "2026-03-19")).toEqual([
      expect.objectContaining({ participants: ["person:ana-ruiz", "person:hans-berg"], place: null }),
    ]);
    // "puis avec …", and a place opening the sentence: the pronoun is still the subject of the sentence.
    const fr = events(
      "À [Rome](place:rome), [Ana Ruiz](person:ana-ruiz) s'est entretenue avec [Ken Obi](person:ken-obi), puis avec [Hans Berg](person:hans-berg), qu'elle avait reçu à [Paris](place:paris) le 19 mars.",
      "fr",
    );
    expect(fr).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-03-19",
      participants: ["person:ana-ruiz", "person:hans-berg"],
      place: "place:paris",
    });
    expect(fr.filter((e) => e.type === "Meeting" && e.date === "2026-03-19")).toHaveLength(1);
    // A day and an honorific before the subject.
    const framed = events(
      "À [Rome](place:rome), ce mardi, M. [Hans Berg](person:hans-berg) s'est entretenu avec Mme [Ana Ruiz](person:ana-ruiz), qu'il avait reçue à [Paris](place:paris) le 19 mars.",
      "fr",
    );
    expect(framed).toContainEqual(expect.objectContaining({ date: "2026-03-19", participants: ["person:ana-ruiz", "person:hans-berg"] }));
  });
  it("'X also met Y, who had visited Paris on 19 March': Y's earlier trip does not date the meeting", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) also met [Hans Berg](person:hans-berg), who had visited [Paris](place:paris) on March 19.",
      "en",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "Visit", date: "2026-03-19", participants: ["person:hans-berg"] }));
    expect(found.find((e) => e.type === "Meeting")?.date).not.toBe("2026-03-19");
  });
  it("not the subject of a sentence that opens with someone else's words: 'Selon X, le ministre a reçu Y, qu'il avait …'", () => {
    const found = events(
      "Selon [Ana Ruiz](person:ana-ruiz), le ministre a rencontré [Hans Berg](person:hans-berg), qu'il avait reçu à [Paris](place:paris) le 19 mars.",
      "fr",
    );
    expect(found.filter((e) => e.date === "2026-03-19" && e.participants.includes("person:ana-ruiz"))).toEqual([]);
  });
});

describe("calling off, past a complement and an adverb", () => {
  it("'une réunion … à Osaka a en revanche été annulée', 'une rencontre entre X et Y n'a finalement pas eu lieu' are cancelled", () => {
    const adverb = events(
      "Une réunion entre [Ana Ruiz](person:ana-ruiz) et [Ken Obi](person:ken-obi) prévue la semaine dernière à [Osaka](place:osaka) a en revanche été annulée.",
      "fr",
    );
    expect(adverb).toEqual([expect.objectContaining({ type: "Meeting", status: "cancelled" })]);
    const neverHeld = events(
      "Une rencontre entre [Ana Ruiz](person:ana-ruiz) et [Ken Obi](person:ken-obi) n'a finalement pas eu lieu.",
      "fr",
    );
    expect(neverHeld).toEqual([expect.objectContaining({ type: "Meeting", status: "cancelled" })]);
    const en = events(
      "A meeting between [Ana Ruiz](person:ana-ruiz) and [Ken Obi](person:ken-obi) in [Osaka](place:osaka) was abruptly called off.",
      "en",
    );
    expect(en).toEqual([expect.objectContaining({ type: "Meeting", status: "cancelled" })]);
  });
});

describe("a participle opening the sentence, and a counterpart left unnamed", () => {
  // 15 April 2026 is a Wednesday.
  it("'Arrivé mardi à Hanoï, le ministre …', 'Arriving in Hanoi on Monday, X …': the main clause's subject travels, in its tense", () => {
    expect(
      events("Arrivé mardi à [Hanoï](place:hanoi), le ministre [Ken Obi](person:ken-obi) a salué la coopération.", "fr"),
    ).toContainEqual({ type: "Visit", status: "occurred", date: "2026-04-14", participants: ["person:ken-obi"], place: "place:hanoi" });
    expect(events("Arriving in [Hanoi](place:hanoi) on Monday, [Ken Obi](person:ken-obi) praised the talks.", "en")).toContainEqual({
      type: "Visit",
      status: "occurred",
      date: "2026-04-13",
      participants: ["person:ken-obi"],
      place: "place:hanoi",
    });
  });
  it("'Réunis mardi à Bruxelles, les ministres de la Défense de l'UE ont adopté …': the ministers' organisation meets, past a portfolio", () => {
    expect(
      events("Réunis mardi à [Bruxelles](place:brussels), les ministres de la Défense de l'[UE](org:eu) ont adopté un plan.", "fr"),
    ).toEqual([{ type: "Meeting", status: "occurred", date: "2026-04-14", participants: ["org:eu"], place: "place:brussels" }]);
  });
  it("'X met his Vietnamese counterpart in Hanoi': the counterpart's country is the other side, and Hanoi the place", () => {
    const COUNTERPART_VN = "title:defence-minister Defence_Minister minister country:VN counterpart";
    const VIETNAMESE = "[Vietnamese](country:VN demonym)";
    expect(
      events(`[Ken Obi](person:ken-obi) met his ${VIETNAMESE} {counterpart}(${COUNTERPART_VN}) in [Hanoi](place:hanoi) on Monday.`, "en"),
    ).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-04-13", participants: ["country:VN", "person:ken-obi"], place: "place:hanoi" },
    ]);
    expect(
      events(
        `[Ken Obi](person:ken-obi) s'est entretenu lundi avec son {homologue}(${COUNTERPART_VN}) [vietnamien](country:VN demonym) à [Hanoï](place:hanoi).`,
        "fr",
      ),
    ).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-04-13", participants: ["country:VN", "person:ken-obi"], place: "place:hanoi" },
    ]);
    // A counterpart named is a person of the meeting, not a country.
    expect(
      events(
        `[Ken Obi](person:ken-obi) met his ${VIETNAMESE} {counterpart}(${COUNTERPART_VN}), [Phan Van Giang](person:phan-van-giang), in [Hanoi](place:hanoi).`,
        "en",
      )[0]?.participants,
    ).toEqual(["person:ken-obi", "person:phan-van-giang"]);
  });
  it("'talks with his counterpart, X, in New Delhi': the place after a name told between commas is the meeting's", () => {
    expect(
      events(
        "[Ken Obi](person:ken-obi) held talks with his counterpart, [Ana Ruiz](person:ana-ruiz), in [Oyo](place:oyo) on Monday.",
        "en",
      )[0]?.place,
    ).toBe("place:oyo");
    expect(
      events(
        "[Ken Obi](person:ken-obi) s'est entretenu lundi avec son homologue, [Ana Ruiz](person:ana-ruiz), à [Oyo](place:oyo).",
        "fr",
      )[0]?.place,
    ).toBe("place:oyo");
    // Past a clause that is not a name, the place is another's.
    expect(
      events("[Ken Obi](person:ken-obi) met [Ana Ruiz](person:ana-ruiz), then the mayor travelled to [Oyo](place:oyo), on Monday.", "en")[0]
        ?.place,
    ).toBeNull();
  });
  it("'arrivé la veille de Ouagadougou': a bare 'arrivé' is a trip only to a destination, never to where one comes from", () => {
    expect(
      events("Le capitaine [Ken Obi](person:ken-obi), arrivé la veille de [Ouagadougou](place:ouagadougou), a pris la parole.", "fr"),
    ).toEqual([]);
    expect(
      events(
        "[Ken Obi](person:ken-obi), arrivé lundi de [Ouagadougou](place:ouagadougou) à [Niamey](place:niamey), a pris la parole.",
        "fr",
      ),
    ).toEqual([{ type: "Visit", status: "occurred", date: "2026-04-13", participants: ["person:ken-obi"], place: "place:niamey" }]);
  });
  it("'paid a courtesy call on X', 'flew on to Honiara' are a meeting and a trip", () => {
    expect(
      events("[Ken Obi](person:ken-obi) paid a courtesy call on [Ana Ruiz](person:ana-ruiz) in [Tokyo](place:tokyo) on Monday.", "en"),
    ).toEqual([
      {
        type: "Meeting",
        status: "occurred",
        date: "2026-04-13",
        participants: ["person:ana-ruiz", "person:ken-obi"],
        place: "place:tokyo",
      },
    ]);
    expect(events("[Ken Obi](person:ken-obi) flew on to [Honiara](place:honiara) on Monday.", "en")).toEqual([
      { type: "Visit", status: "occurred", date: "2026-04-13", participants: ["person:ken-obi"], place: "place:honiara" },
    ]);
  });

  it("'paid a call on X', 'is paying a call on X': a courtesy call without the word 'courtesy' is a meeting, not a phone call", () => {
    const TITLE = "title:prime-minister Prime_Minister head-of-government country:JP";
    expect(
      events(`[Ken Obi](person:ken-obi) paid a call on the {Prime Minister}(${TITLE}), [Ana Ruiz](person:ana-ruiz), on Monday.`, "en"),
    ).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-04-13", participants: ["person:ana-ruiz", "person:ken-obi"], place: null },
    ]);
    expect(events("[Ken Obi](person:ken-obi) is paying a call on [Ana Ruiz](person:ana-ruiz) in [Tokyo](place:tokyo).", "en")).toEqual([
      {
        type: "Meeting",
        status: "occurred",
        date: "2026-04-15",
        participants: ["person:ana-ruiz", "person:ken-obi"],
        place: "place:tokyo",
      },
    ]);
  });

  it("'had spoken to X by phone', 'avait appelé X': calls told in the pluperfect; 'a appelé à la retenue' is none", () => {
    expect(events("[Ken Obi](person:ken-obi) had spoken to [Ana Ruiz](person:ana-ruiz) by phone on Monday.", "en")).toEqual([
      { type: "Call", status: "occurred", date: "2026-04-13", participants: ["person:ana-ruiz", "person:ken-obi"], place: null },
    ]);
    expect(events("[Ken Obi](person:ken-obi) avait appelé [Ana Ruiz](person:ana-ruiz) lundi soir.", "fr")).toEqual([
      { type: "Call", status: "occurred", date: "2026-04-13", participants: ["person:ana-ruiz", "person:ken-obi"], place: null },
    ]);
    expect(events("[Ken Obi](person:ken-obi) a appelé à la retenue lundi.", "fr")).toEqual([]);
  });
  it("'X invited Y to visit Z in June', 'X a invité Y à se rendre à Z': a planned visit of the guest", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) invited [Ken Obi](person:ken-obi) to visit [Oyo](place:oyo) in June.", "en")).toEqual([
      { type: "Visit", status: "planned", date: "2026-06", participants: ["person:ken-obi"], place: "place:oyo" },
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) a invité [Ken Obi](person:ken-obi) à se rendre à [Oyo](place:oyo) en juin.", "fr")).toEqual([
      { type: "Visit", status: "planned", date: "2026-06", participants: ["person:ken-obi"], place: "place:oyo" },
    ]);
  });
});

describe("calls told with one named participant", () => {
  const call = (participants: string[]) => ({ type: "Call", status: "occurred", date: "2026-04-14", participants, place: null });
  it("'in a phone conversation with X', 'held phone talks with X', 'talks by video link with X': a call of the subject and X", () => {
    expect(
      events("In a phone conversation with [Ken Obi](person:ken-obi) on Tuesday, [Ana Ruiz](person:ana-ruiz) discussed trade.", "en"),
    ).toEqual([call(["person:ana-ruiz", "person:ken-obi"])]);
    expect(events("[Ana Ruiz](person:ana-ruiz) held phone talks with [Ken Obi](person:ken-obi) on Tuesday.", "en")).toEqual([
      call(["person:ana-ruiz", "person:ken-obi"]),
    ]);
    expect(events("[Ana Ruiz](person:ana-ruiz) held talks by video link with [Ken Obi](person:ken-obi) on Tuesday.", "en")).toEqual([
      call(["person:ana-ruiz", "person:ken-obi"]),
    ]);
  });
  it("'lors d'un appel vidéo avec X', 's'est entretenu téléphoniquement avec X', 'par vidéoconférence avec X'", () => {
    expect(
      events("[Ana Ruiz](person:ana-ruiz) a évoqué le commerce lors d'un appel vidéo avec [Ken Obi](person:ken-obi) mardi.", "fr"),
    ).toEqual([call(["person:ana-ruiz", "person:ken-obi"])]);
    expect(events("[Hans Berg](person:hans-berg) s'est entretenu téléphoniquement avec [Ana Ruiz](person:ana-ruiz) mardi.", "fr")).toEqual([
      call(["person:ana-ruiz", "person:hans-berg"]),
    ]);
    expect(events("[Hans Berg](person:hans-berg) a échangé mardi par vidéoconférence avec [Ana Ruiz](person:ana-ruiz).", "fr")).toEqual([
      call(["person:ana-ruiz", "person:hans-berg"]),
    ]);
  });
  it("not a speech given by video link, nor a call no one is named in", () => {
    expect(events("[Ana Ruiz](person:ana-ruiz) spoke to reporters by video link from [Rome](place:rome) on Tuesday.", "en")).toEqual([]);
  });
});

describe("a signing told after a meeting in the same sentence", () => {
  const types = (markup: string, language: "fr" | "en") => events(markup, language).map((e) => `${e.type}: ${e.participants.join(", ")}`);
  it("'where the two signed', 'and both signed', 'où les deux ont signé': the signers are the people who met", () => {
    expect(
      types(
        "[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) in [Oslo](place:oslo) on Tuesday, where the two signed a trade deal.",
        "en",
      ),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi", "Signing: person:ana-ruiz, person:ken-obi"]);
    expect(types("[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) on Tuesday and both signed a trade deal.", "en")).toEqual([
      "Meeting: person:ana-ruiz, person:ken-obi",
      "Signing: person:ana-ruiz, person:ken-obi",
    ]);
    expect(
      types(
        "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) mardi à [Oslo](place:oslo), où les deux ont signé un accord commercial.",
        "fr",
      ),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi", "Signing: person:ana-ruiz, person:ken-obi"]);
  });
  it("'X met Y and signed', 'X a rencontré Y et a signé': the signing shares the subject; 'Y, with whom she signed' adds Y", () => {
    expect(types("[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) on Tuesday and signed a trade deal.", "en")).toEqual([
      "Meeting: person:ana-ruiz, person:ken-obi",
      "Signing: person:ana-ruiz",
    ]);
    expect(
      types("[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) mardi et a ensuite signé un accord commercial.", "fr"),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi", "Signing: person:ana-ruiz"]);
    expect(
      types("On Tuesday, [Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi), with whom she signed a trade deal.", "en"),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi", "Signing: person:ana-ruiz, person:ken-obi"]);
    expect(
      types("Mardi, [Ana Ruiz](person:ana-ruiz) a reçu [Ken Obi](person:ken-obi), avec qui elle a signé un accord commercial.", "fr"),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi", "Signing: person:ana-ruiz, person:ken-obi"]);
  });
  it("'Il y a rencontré Y, avec lequel il a signé': the pronoun after the partner's relative is the main clause's subject, told before", () => {
    expect(
      types(
        "[Ana Ruiz](person:ana-ruiz) s'est rendue mardi à [Rome](place:rome). Elle y a rencontré [Ken Obi](person:ken-obi), avec lequel elle a signé un accord commercial.",
        "fr",
      ).filter((e) => e.startsWith("Signing")),
    ).toEqual(["Signing: person:ana-ruiz, person:ken-obi"]);
    expect(
      types(
        "[Ana Ruiz](person:ana-ruiz) arrived in [Rome](place:rome) on Tuesday. She met [Ken Obi](person:ken-obi), with whom she signed a trade deal.",
        "en",
      ).filter((e) => e.startsWith("Signing")),
    ).toEqual(["Signing: person:ana-ruiz, person:ken-obi"]);
    // The partner's title in apposition before the pronoun: still the partner, not the signer.
    expect(
      types(
        "[Ana Ruiz](person:ana-ruiz) est arrivée mardi à [Rome](place:rome). Elle a ensuite rencontré [Ken Obi](person:ken-obi), {ministre de la Défense}(title:defence-minister Defence_Minister minister), avec lequel elle a signé un accord.",
        "fr",
      ).filter((e) => e.startsWith("Signing")),
    ).toEqual(["Signing: person:ana-ruiz, person:ken-obi"]);
  });
  it("not when another subject is named before the verb", () => {
    const signings = types(
      "[Ana Ruiz](person:ana-ruiz) met [Ken Obi](person:ken-obi) on Tuesday and [Hans Berg](person:hans-berg) signed a trade deal.",
      "en",
    ).filter((e) => e.startsWith("Signing"));
    expect(signings).toEqual(["Signing: person:hans-berg"]);
  });
});

describe("a visit told as presence over a span of days", () => {
  const visits = (markup: string, language: "fr" | "en") =>
    extractFromLinked(linkedDocument(markup, { published: "2026-04-15", language }), testKnowledge, tools).events.map(
      (e) => `${e.type} ${e.status} ${e.date ?? "-"}…${e.endDate ?? "-"}: ${[...e.participants].sort().join(", ")} @ ${e.place ?? "-"}`,
    );
  it("'X was in Japan from 6 to 8 April', 'X se trouvait au Japon du 6 au 8 avril' are visits there, dated with both days", () => {
    expect(visits("[Ana Ruiz](person:ana-ruiz) was in [Japan](country:JP) from 6 to 8 April.", "en")).toEqual([
      "Visit occurred 2026-04-06…2026-04-08: person:ana-ruiz @ country:JP",
    ]);
    expect(visits("[Hans Berg](person:hans-berg) se trouvait au [Japon](country:JP) du 6 au 8 avril.", "fr")).toEqual([
      "Visit occurred 2026-04-06…2026-04-08: person:hans-berg @ country:JP",
    ]);
    expect(visits("From 6 to 8 April, [Ana Ruiz](person:ana-ruiz), who chairs the bank, was in [Osaka](place:osaka).", "en")).toEqual([
      "Visit occurred 2026-04-06…2026-04-08: person:ana-ruiz @ place:osaka",
    ]);
  });
  it("not a person's presence in a city of their own country ('the Japanese prime minister will be in Osaka from 6 to 8 May')", () => {
    const PM_JP = "title:prime-minister Prime_Minister head-of-government country:JP";
    expect(
      visits(`The Japanese {Prime Minister}(${PM_JP}), [Ken Obi](person:ken-obi), will be in [Osaka](place:osaka) from 6 to 8 May.`, "en"),
    ).toEqual([]);
    expect(
      visits(`Le {Premier ministre japonais}(${PM_JP}) [Ken Obi](person:ken-obi) sera à [Osaka](place:osaka) du 6 au 8 mai.`, "fr"),
    ).toEqual([]);
    expect(
      visits(`The Japanese {Prime Minister}(${PM_JP}), [Ken Obi](person:ken-obi), will be in [Tokyo](place:tokyo) from 6 to 8 May.`, "en"),
    ).toEqual([]);
    expect(
      visits(
        `The Japanese {Prime Minister}(${PM_JP}), [Ken Obi](person:ken-obi), will be in [London](place:london) from 6 to 8 May.`,
        "en",
      ),
    ).toEqual(["Visit planned 2026-05-06…2026-05-08: person:ken-obi @ place:london"]);
  });
  it("not presence on one day, over years, elsewhere than in a place, or of no one", () => {
    expect(visits("[Ana Ruiz](person:ana-ruiz) was in [Japan](country:JP) on 6 April.", "en")).toEqual([]);
    expect(visits("[Ana Ruiz](person:ana-ruiz) was in [Japan](country:JP) from 2019 to 2022.", "en")).toEqual([]);
    expect(visits("[Ana Ruiz](person:ana-ruiz) was in contact with [Japan](country:JP) from 6 to 8 April.", "en")).toEqual([]);
    expect(visits("[Ana Ruiz](person:ana-ruiz) said the fair was in [Osaka](place:osaka) from 6 to 8 April.", "en")).toEqual([]);
  });
});

describe("a meeting whose sides are joined by hyphens", () => {
  const gatherings = (markup: string, language: "fr" | "en") =>
    extractFromLinked(linkedDocument(markup, { published: "2026-04-15", language }), testKnowledge, tools).events.map(
      (e) => `${e.type} ${e.status} ${e.date ?? "-"}: ${[...e.participants].sort().join(", ")} @ ${e.place ?? "-"}`,
    );
  it("'the EU-Japan summit', 'Chile-Peru border talks': the sides before the noun meet", () => {
    expect(gatherings("The [EU](org:eu)-[Japan](country:JP) summit opened in [Osaka](place:osaka) on Monday.", "en")).toEqual([
      "Meeting occurred 2026-04-13: country:JP, org:eu @ place:osaka",
    ]);
    expect(gatherings("[Chile](country:CL)-[Peru](country:PE) border talks were postponed.", "en")).toEqual([
      "Meeting cancelled -: country:CL, country:PE @ -",
    ]);
  });
  it("'le sommet UE-Japon … a été reporté', 'les pourparlers germano-polonais': the sides after the noun meet", () => {
    expect(gatherings("Le sommet [UE](org:eu)-[Japon](country:JP) prévu à [Osaka](place:osaka) a été reporté sine die.", "fr")).toEqual([
      "Meeting cancelled -: country:JP, org:eu @ place:osaka",
    ]);
    expect(
      gatherings(
        "Les pourparlers germano-[polonais](country:PL demonym) ont repris mardi à [Berlin](place:berlin), selon l'[Allemagne](country:DE).",
        "fr",
      ),
    ).toEqual(["Meeting occurred 2026-04-14: country:DE, country:PL @ place:berlin"]);
  });
  it("not sides joined far from the noun, nor a combining form for a country the article does not name", () => {
    expect(
      gatherings("The [EU](org:eu)-[Japan](country:JP) trade deal was discussed in talks in [Osaka](place:osaka) on Monday.", "en"),
    ).toEqual([]);
    expect(gatherings("Les pourparlers germano-[polonais](country:PL demonym) ont repris mardi à [Berlin](place:berlin).", "fr")).toEqual(
      [],
    );
  });
});

describe("a counted group of people", () => {
  const meetings = (markup: string, language: "fr" | "en") =>
    extractFromLinked(linkedDocument(markup, { published: "2026-04-15", language }), testKnowledge, tools)
      .events.filter((e) => e.status === "planned")
      .map((e) => `${e.type} ${e.date ?? "-"}: ${[...e.participants].sort().join(", ")}`);
  const FR =
    "[Ana Ruiz](person:ana-ruiz) a reçu mardi à [Rome](place:rome) [Ken Obi](person:ken-obi) et [Hans Berg](person:hans-berg). " +
    "[Ken Obi](person:ken-obi) s'est ensuite entretenu par téléphone avec [Lea Sun](person:lea-sun). ";
  const EN =
    "[Ana Ruiz](person:ana-ruiz) hosted [Ken Obi](person:ken-obi) and [Hans Berg](person:hans-berg) in [Rome](place:rome) on Tuesday. " +
    "[Ken Obi](person:ken-obi) later spoke by phone with [Lea Sun](person:lea-sun). ";
  it("'les trois ministres', 'the three ministers' stand for the three people who met, not the last two named", () => {
    expect(meetings(`${EN}The three ministers will meet again in [Osaka](place:osaka) in May.`, "en")).toEqual([
      "Meeting 2026-05: person:ana-ruiz, person:hans-berg, person:ken-obi",
    ]);
    expect(meetings(`${FR}Les trois ministres se réuniront de nouveau en mai à [Osaka](place:osaka).`, "fr")).toEqual([
      "Meeting 2026-05: person:ana-ruiz, person:hans-berg, person:ken-obi",
    ]);
  });
  it("'une réunion des trois ministres', 'a meeting of the three ministers': the counted group as the noun's complement", () => {
    expect(meetings(`${FR}Une nouvelle réunion des trois ministres est prévue en mai à [Osaka](place:osaka).`, "fr")).toEqual([
      "Meeting 2026-05: person:ana-ruiz, person:hans-berg, person:ken-obi",
    ]);
    expect(meetings(`${EN}A new meeting of the three ministers is planned in [Osaka](place:osaka) in May.`, "en")).toEqual([
      "Meeting 2026-05: person:ana-ruiz, person:hans-berg, person:ken-obi",
    ]);
  });
  it("'the two ministers' still stand for the latest two", () => {
    expect(meetings(`${EN}The two ministers will meet again in [Osaka](place:osaka) in May.`, "en")).toEqual([
      "Meeting 2026-05: person:ken-obi, person:lea-sun",
    ]);
  });
});

describe("a group whose noun names an office", () => {
  const DEF_GB = "title:defence-secretary Defence_Secretary minister country:GB";
  const DEF_NO = "title:defence-minister Defence_Minister minister country:NO";
  const DEF_FR = "title:defence-minister Defence_Minister minister country:FR";
  const CEO_A = "title:chief-executive Chief_Executive other org:brightwater";
  const CEO_B = "title:chief-executive Chief_Executive other org:nordmarin";
  const meetingPeople = (markup: string, language: "fr" | "en") =>
    events(markup, language)
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.join(", "));
  const EN =
    `[British](country:GB demonym) {Defence Secretary}(${DEF_GB}) [John Hale](person:john-hale) and [Norway](country:NO)'s {defence minister}(${DEF_NO}) [Erik Lund](person:erik-lund) attended the ceremony in [London](place:london) on Monday. ` +
    `The contract was signed by [Paul Grant](person:paul-grant), {chief executive}(${CEO_A}) of [Brightwater](org:brightwater), and [Anna Berg](person:anna-berg), {chief executive}(${CEO_B}) of [Nordmarin](org:nordmarin). `;
  const FR =
    `La {ministre des Armées}(${DEF_FR}) [française](country:FR demonym) [Claire Dumas](person:claire-dumas) et le {ministre de la Défense}(${DEF_NO}) [norvégien](country:NO demonym) [Erik Lund](person:erik-lund) ont assisté lundi à la cérémonie à [Paris](place:paris). ` +
    `Le contrat a été signé par [Paul Grant](person:paul-grant), {PDG}(${CEO_A}) de [Brightwater](org:brightwater), et [Anna Berg](person:anna-berg), {PDG}(${CEO_B}) de [Nordmarin](org:nordmarin). `;

  it("'the two ministers', 'les deux ministres' are the ministers named, not the two chief executives who just signed", () => {
    expect(meetingPeople(`${EN}The two ministers then held talks on Arctic security.`, "en")).toEqual([
      "person:erik-lund, person:john-hale",
    ]);
    expect(meetingPeople(`${EN}Later, a meeting of the two ministers was held at the ministry.`, "en")).toEqual([
      "person:erik-lund, person:john-hale",
    ]);
    expect(meetingPeople(`${FR}Les deux ministres se sont ensuite entretenus de la sécurité dans l'Arctique.`, "fr")).toEqual([
      "person:claire-dumas, person:erik-lund",
    ]);
  });
  it("'the two chief executives', 'les deux PDG' stay the chief executives", () => {
    expect(meetingPeople(`${EN}The two chief executives then held talks on production.`, "en")).toEqual([
      "person:anna-berg, person:paul-grant",
    ]);
    expect(meetingPeople(`${FR}Les deux PDG se sont ensuite entretenus de la production.`, "fr")).toEqual([
      "person:anna-berg, person:paul-grant",
    ]);
  });
  it("a group whose noun names no office ('the two men', 'les deux hommes') is the latest event's people, as before", () => {
    expect(meetingPeople(`${EN}The two men then held talks on production.`, "en")).toEqual(["person:anna-berg, person:paul-grant"]);
    expect(meetingPeople(`${FR}Les deux hommes se sont ensuite entretenus de la production.`, "fr")).toEqual([
      "person:anna-berg, person:paul-grant",
    ]);
  });
  it("'the two presidents' with no president named falls back to the latest event's people", () => {
    expect(meetingPeople(`${EN}The two presidents then held talks on production.`, "en")).toEqual(["person:anna-berg, person:paul-grant"]);
  });
});

describe("an agreement to meet later, in French", () => {
  it("'ils sont convenus de se retrouver à Y début septembre': a meeting planned, the group's people", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) s'est entretenue lundi par téléphone avec [Ken Obi](person:ken-obi). Les deux dirigeants sont convenus de se retrouver à [Rome](place:rome) début septembre.",
      "fr",
    );
    expect(found).toContainEqual({
      type: "Meeting",
      status: "planned",
      date: "2026-09",
      participants: ["person:ana-ruiz", "person:ken-obi"],
      place: "place:rome",
    });
  });

  it("'sont convenus de se revoir à Y en mai': planned, and the meeting past keeps its own place", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) a reçu lundi à [Lyon](place:lyon) [Ken Obi](person:ken-obi). Les deux dirigeants sont convenus de se revoir à [Rome](place:rome) en mai.",
      "fr",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "Meeting", status: "planned", date: "2026-05", place: "place:rome" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "Meeting", status: "occurred", date: "2026-04-13", place: "place:lyon" }));
  });

  it("'ils ont convenu de se réunir en mai': planned for the coming May, not a meeting past", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) lundi. Ils ont convenu de se réunir en mai.",
      "fr",
      "2026-07-15",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "Meeting", status: "planned", date: "2027-05" }));
    expect(found.filter((e) => e.status === "occurred").map((e) => e.date)).toEqual(["2026-07-13"]);
  });

  it("leaves 'se retrouver' without such an agreement a weak word ('ils se sont retrouvés dans une impasse')", () => {
    const found = events(
      "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi) lundi. Les deux dirigeants se sont retrouvés dans une impasse.",
      "fr",
    );
    expect(found.filter((e) => e.type === "Meeting")).toHaveLength(1);
  });
});

describe("a meeting with a group and those of it named ('dont Mme X et M. Y', 'including X and Y')", () => {
  const types = (markup: string, language: "fr" | "en") =>
    events(markup, language).map((e) => `${e.type}: ${[...e.participants].sort().join(", ")}`);
  it("takes the people named after 'dont' as participants: a list, not a relative clause", () => {
    expect(
      types(
        "Le ministre [Ana Ruiz](person:ana-ruiz) a rencontré des représentants de la société civile, dont Mme [Lena Berg](person:lena-berg) et [Ken Obi](person:ken-obi).",
        "fr",
      ),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi, person:lena-berg"]);
    expect(
      types(
        "Minister [Ana Ruiz](person:ana-ruiz) met civil society representatives, including [Lena Berg](person:lena-berg) and [Ken Obi](person:ken-obi).",
        "en",
      ),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi, person:lena-berg"]);
  });
  it("'a échangé avec' is a meeting verb", () => {
    expect(types("Mardi, [Ana Ruiz](person:ana-ruiz) a échangé avec [Ken Obi](person:ken-obi) à [Rome](place:rome).", "fr")).toEqual([
      "Meeting: person:ana-ruiz, person:ken-obi",
    ]);
  });
  it("a relative 'dont' clause with its own verb still sets its people apart", () => {
    expect(
      types(
        "[Ana Ruiz](person:ana-ruiz) a rencontré [Ken Obi](person:ken-obi), dont le prédécesseur [Lena Berg](person:lena-berg) avait signé le traité.",
        "fr",
      ).filter((e) => e.startsWith("Meeting")),
    ).toEqual(["Meeting: person:ana-ruiz, person:ken-obi"]);
  });
});

describe("the sides a summit gathers: 'The summit brought together X and Y', 'Le sommet, qui devait réunir X et Y, …'", () => {
  const meetings = (markup: string, language: "fr" | "en") =>
    events(markup, language)
      .filter((e) => e.type === "Meeting")
      .map((e) => [e.status, e.date, e.place, ...e.participants]);
  it("the countries listed after the verb of gathering take part; with the noun's relative clause, a cancelled one keeps its date and place", () => {
    expect(
      meetings("The summit brought together [Chile](country:CL) and [Bolivia](country:BO) on 9 April in [Arica](place:arica).", "en"),
    ).toEqual([["occurred", "2026-04-09", "place:arica", "country:BO", "country:CL"]]);
    expect(
      meetings("Le sommet a réuni le [Chili](country:CL) et la [Bolivie](country:BO) le 9 avril à [Arica](place:arica).", "fr"),
    ).toEqual([["occurred", "2026-04-09", "place:arica", "country:BO", "country:CL"]]);
    expect(
      meetings(
        "La réunion, qui devait réunir les gouvernements [chilien](country:CL demonym) et [bolivien](country:BO demonym) le 11 décembre à [Arica](place:arica), avait été annulée à la dernière minute.",
        "fr",
      ),
    ).toEqual([["cancelled", "2025-12-11", "place:arica", "country:BO", "country:CL"]]);
    expect(
      meetings(
        "The summit, which was to bring together [Chile](country:CL) and [Bolivia](country:BO) on December 11 in [Arica](place:arica), had been cancelled at the last minute.",
        "en",
      ),
    ).toEqual([["cancelled", "2025-12-11", "place:arica", "country:BO", "country:CL"]]);
  });
  it("not the verb of another clause or subject: '… was cancelled, and the president gathered X and Y'", () => {
    const other = meetings(
      "The summit in [Arica](place:arica) was cancelled, and [Ana Ruiz](person:ana-ruiz) gathered [Chile](country:CL) and [Bolivia](country:BO) elsewhere.",
      "en",
    );
    expect(other.flat()).not.toContain("country:CL");
  });
});

describe("an « il » that stands for no one", () => {
  it("'Il y a deux ans, un mémorandum a été signé': the date's « il » makes no one told before a signer", () => {
    const found = events(
      "Le ministre [Paul Verdier](person:paul-verdier) a rencontré jeudi à [Rome](place:rome) son homologue [Marco Bellini](person:marco-bellini).\n\nIl y a deux ans, un mémorandum a été signé entre les deux pays.",
      "fr",
    );
    expect(found.filter((e) => e.type === "Signing" && e.participants.includes("person:paul-verdier"))).toEqual([]);
  });
  it("while a personal « il » still stands for the one told before", () => {
    const found = events(
      "Le ministre [Paul Verdier](person:paul-verdier) est arrivé jeudi à [Rome](place:rome).\n\nIl a signé vendredi un mémorandum avec [Marco Bellini](person:marco-bellini).",
      "fr",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "Signing", participants: ["person:marco-bellini", "person:paul-verdier"] }),
    );
  });
});
