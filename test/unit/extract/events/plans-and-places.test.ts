/**
 * Planned and past meetings told by hosting, inviting and joining, the status and place of an event
 * told with another one it comes "ahead of", and a country that receives support (not a place), end to
 * end on our own French and English sentences.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../../ingest/extract/index.js";
import { receivesSupport } from "../../../../ingest/extract/events/place.js";
import { linkedDocument, testKnowledge } from "../linked-markup.js";
import { contextFor, sentenceOf, spanOf, tools } from "./support.js";

function events(markup: string, language: "fr" | "en", published = "2026-12-03") {
  return extractFromLinked(linkedDocument(markup, { published, language }), testKnowledge, tools).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date,
    participants: [...e.participants].sort(),
    place: e.place ?? null,
  }));
}

const ANA = "[Ana Ruiz](person:ana-ruiz)";
const KEN = "[Ken Obi](person:ken-obi)";

describe("a country that receives support is no place of the event", () => {
  it("receivesSupport: 'le soutien de la France à l'Ukraine', 'l'aide militaire à Kiev', 'aid to Ukraine'", () => {
    const receives = (markup: string, language: "fr" | "en", word: string) => {
      const ctx = contextFor(markup, { language });
      const m = spanOf(ctx, word);
      const { index, sentence } = sentenceOf(ctx, m);
      return receivesSupport(ctx, index, sentence, m);
    };
    expect(receives(`${ANA} a réaffirmé le soutien de la [France](country:FR) à l'[Ukraine](country:UA).`, "fr", "Ukraine")).toBe(true);
    expect(receives(`${ANA} a parlé de l'aide militaire à [Kiev](place:kyiv).`, "fr", "Kiev")).toBe(true);
    expect(receives(`${ANA} a évoqué les livraisons d'armes au [Niger](country:NE).`, "fr", "Niger")).toBe(true);
    expect(receives(`${ANA} discussed military aid to [Ukraine](country:UA).`, "en", "Ukraine")).toBe(true);
    expect(receives(`${ANA} discussed the support of the [EU](org:eu) to [Ukraine](country:UA).`, "en", "Ukraine")).toBe(true);
    // Not a receiver: a place after an event's noun or a phrase opener, or after no noun of support.
    expect(receives(`${ANA} a apporté son soutien lors d'une réunion à [Berlin](place:berlin).`, "fr", "Berlin")).toBe(false);
    expect(receives(`${ANA} a promis son aide à la réunion de [Berlin](place:berlin).`, "fr", "Berlin")).toBe(false);
    expect(receives(`${ANA} a rencontré ${KEN} à [Berlin](place:berlin).`, "fr", "Berlin")).toBe(false);
    expect(receives(`${ANA} offered support during a meeting in [Berlin](place:berlin).`, "en", "Berlin")).toBe(false);
    expect(receives(`${ANA} travelled to [Berlin](place:berlin).`, "en", "Berlin")).toBe(false);
  });

  it("'a réaffirmé le soutien de la France à l'Ukraine lors d'une réunion à Berlin': Berlin, never Ukraine", () => {
    expect(
      events(
        `${ANA} a réaffirmé le soutien de la [France](country:FR) à l'[Ukraine](country:UA) lors d'une réunion à [Berlin](place:berlin) avec ${KEN} mardi.`,
        "fr",
      ),
    ).toEqual([
      {
        type: "Meeting",
        status: "occurred",
        date: "2026-12-01",
        participants: ["person:ana-ruiz", "person:ken-obi"],
        place: "place:berlin",
      },
    ]);
    const talks = events(`${ANA} a rencontré mardi ${KEN} pour des discussions sur le soutien à l'[Ukraine](country:UA).`, "fr");
    expect(talks).toEqual([expect.objectContaining({ type: "Meeting", place: null })]);
    const aid = events(`${ANA} held talks with ${KEN} on Tuesday on the delivery of tanks to [Ukraine](country:UA).`, "en");
    expect(aid).toEqual([expect.objectContaining({ type: "Meeting", place: null })]);
  });

  it("a place after 'à' with no noun of support stays the place", () => {
    expect(events(`${ANA} a rencontré mardi ${KEN} à [Kiev](place:kyiv) pour parler de soutien.`, "fr")).toEqual([
      expect.objectContaining({ type: "Meeting", place: "place:kyiv" }),
    ]);
  });
});

describe("an event told with a later one it comes 'ahead of': each keeps its own status, date and place", () => {
  it("'spoke by phone on Monday ahead of next week's NATO summit in Brussels': the call occurred, no place; the summit planned", () => {
    const found = events(
      `${ANA} and ${KEN} spoke by phone on Monday ahead of next week's [NATO](org:nato) summit in [Brussels](place:brussels).`,
      "en",
    );
    expect(found).toContainEqual({
      type: "Call",
      status: "occurred",
      date: "2026-11-30",
      participants: ["person:ana-ruiz", "person:ken-obi"],
      place: null,
    });
    expect(found).toContainEqual(
      expect.objectContaining({ type: "Meeting", status: "planned", participants: ["org:nato"], place: "place:brussels" }),
    );
  });

  it("'s'est entretenue lundi au téléphone avec Y en amont du sommet de l'OTAN à La Haye': Monday is the call's, not the summit's", () => {
    const found = events(
      `${ANA} s'est entretenue lundi au téléphone avec ${KEN} en amont du sommet de l'[OTAN](org:nato) à [La Haye](place:the-hague).`,
      "fr",
    );
    expect(found).toEqual([
      { type: "Call", status: "occurred", date: "2026-11-30", participants: ["person:ana-ruiz", "person:ken-obi"], place: null },
      { type: "Meeting", status: "planned", date: null, participants: ["org:nato"], place: "place:the-hague" },
    ]);
  });

  it("'Ahead of the NATO summit, X met Y in Berlin on Monday': two meetings, the summit's noun and the verb close together", () => {
    const found = events(`Ahead of the [NATO](org:nato) summit, ${ANA} met ${KEN} in [Berlin](place:berlin) on Monday.`, "en");
    expect(found).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-11-30",
      participants: ["person:ana-ruiz", "person:ken-obi"],
      place: "place:berlin",
    });
    expect(found).toContainEqual({ type: "Meeting", status: "planned", date: null, participants: ["org:nato"], place: null });
  });

  it("'met Y on Monday before the summit in Rome': Rome is the summit's place, not the meeting's", () => {
    expect(events(`${ANA} met ${KEN} on Monday before the summit in [Rome](place:rome).`, "en")).toEqual([
      { type: "Meeting", status: "occurred", date: "2026-11-30", participants: ["person:ana-ruiz", "person:ken-obi"], place: null },
    ]);
  });

  it("negative: 'avant de se rendre à Varsovie' keeps the day told before; a relative clause dates the later summit", () => {
    const trip = events(`${ANA} a rencontré lundi ${KEN} à [Berlin](place:berlin) avant de se rendre à [Varsovie](place:warsaw).`, "fr");
    expect(trip).toContainEqual(expect.objectContaining({ type: "Meeting", date: "2026-11-30", place: "place:berlin" }));
    expect(trip).toContainEqual(expect.objectContaining({ type: "Visit", date: "2026-11-30", place: "place:warsaw" }));
    const summit = events(
      `The visit of ${ANA} comes ahead of a summit of the [GCC](org:gcc), which [Riyadh](place:riyadh) is due to host in January.`,
      "en",
    );
    expect(summit).toContainEqual(
      expect.objectContaining({ type: "Meeting", status: "planned", date: "2027-01", participants: ["org:gcc"] }),
    );
  });
});

describe("a later event named by its organisation inside the phrase", () => {
  it("'ahead of the NATO defence ministers' meeting which Belgium will host in Brussels': a planned meeting of NATO", () => {
    const found = events(
      `${ANA} held a call last week with ${KEN}, ahead of the [NATO](org:nato) defence ministers' meeting which [Belgium](country:BE) will host in [Brussels](place:brussels) in February.`,
      "en",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "Meeting", status: "planned", date: "2027-02", participants: ["org:nato"], place: "place:brussels" }),
    );
    // The call's people are not the later meeting's.
    expect(found.filter((e) => e.type === "Meeting").flatMap((e) => e.participants)).not.toContain("person:ana-ruiz");
  });

  it("a later event whose phrase names no organisation nor two sides stays untold", () => {
    const found = events(`${ANA} held a call last week with ${KEN}, ahead of the meeting which will take place in February.`, "en");
    expect(found.filter((e) => e.type === "Meeting")).toEqual([]);
  });
});

describe("an invitation to a place tells the guest's planned visit there", () => {
  const CHANCELLOR = "title:chancellor Chancellor head-of-government country:DE";

  it("'X a invité le chancelier allemand Y à Paris en janvier', 'X has invited Y to Abuja next month'", () => {
    expect(events(`${ANA} a invité le {chancelier allemand}(${CHANCELLOR}) ${KEN} à [Paris](place:paris) en janvier.`, "fr")).toEqual([
      { type: "Visit", status: "planned", date: "2027-01", participants: ["person:ken-obi"], place: "place:paris" },
    ]);
    expect(events(`${ANA} has invited ${KEN} to [Abuja](place:abuja) next month.`, "en")).toEqual([
      { type: "Visit", status: "planned", date: "2027-01", participants: ["person:ken-obi"], place: "place:abuja" },
    ]);
  });

  it("'a invité le chancelier allemand Y à se rendre à Paris': planned, however long the guest's title", () => {
    expect(events(`${ANA} a invité le {chancelier allemand}(${CHANCELLOR}) ${KEN} à se rendre à [Paris](place:paris).`, "fr")).toEqual([
      { type: "Visit", status: "planned", date: null, participants: ["person:ken-obi"], place: "place:paris" },
    ]);
  });

  it("negative: no guest named, or another event after the preposition, tells no visit of its own", () => {
    expect(events(`${ANA} a invité les entreprises à [Paris](place:paris).`, "fr")).toEqual([]);
    expect(events(`${ANA} invited investors to [Paris](place:paris) in January.`, "en")).toEqual([]);
    const summit = events(`${ANA} invited ${KEN} to the summit in [Paris](place:paris).`, "en");
    expect(summit.filter((e) => e.type === "Visit")).toEqual([]);
  });
});

describe("joining a group that meets is a meeting with it", () => {
  it("'X will join NATO defence ministers in Brussels next week', 'X rejoindra jeudi ses homologues de l'OTAN à Bruxelles'", () => {
    expect(events(`${ANA} will join [NATO](org:nato) defence ministers in [Brussels](place:brussels) next week.`, "en")).toEqual([
      { type: "Meeting", status: "planned", date: "2026-12", participants: ["org:nato", "person:ana-ruiz"], place: "place:brussels" },
    ]);
    expect(events(`${ANA} rejoindra jeudi ses homologues de l'[OTAN](org:nato) à [Bruxelles](place:brussels).`, "fr")).toEqual([
      { type: "Meeting", status: "planned", date: "2026-12-03", participants: ["org:nato", "person:ana-ruiz"], place: "place:brussels" },
    ]);
  });

  it("'is expected to join her counterparts': the group's meeting told before, with one more participant", () => {
    const found = events(
      `[NATO](org:nato) defence ministers will meet in [Brussels](place:brussels) on Friday. ${ANA} is expected to join her counterparts there.`,
      "en",
    );
    expect(found).toEqual([
      { type: "Meeting", status: "planned", date: "2026-12-04", participants: ["org:nato", "person:ana-ruiz"], place: "place:brussels" },
    ]);
  });

  it("negative: joining an organisation, joining in an act, or a group with no one else named", () => {
    expect(events(`[Sweden](country:SE) joined [NATO](org:nato) in 2024.`, "en")).toEqual([]);
    expect(events(`${ANA} joined her counterparts in condemning the attack.`, "en")).toEqual([]);
    expect(events(`${ANA} a rejoint ses homologues pour dénoncer l'attaque.`, "fr")).toEqual([]);
    expect(events(`${ANA} is expected to join her counterparts on Friday.`, "en")).toEqual([]);
  });
});

describe("a meeting told in the pluperfect happened before the story's events", () => {
  it("'X received Y in London on Tuesday. The two had met in Rome': two meetings, the earlier one undated", () => {
    const found = events(`${ANA} received ${KEN} in [London](place:london) on Tuesday. The two had met in [Rome](place:rome).`, "en");
    expect(found.filter((e) => e.type === "Meeting")).toEqual([
      {
        type: "Meeting",
        status: "occurred",
        date: "2026-12-01",
        participants: ["person:ana-ruiz", "person:ken-obi"],
        place: "place:london",
      },
      { type: "Meeting", status: "occurred", date: null, participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:rome" },
    ]);
  });

  it("'Ils s'étaient rencontrés à Rome', 'X avait rencontré Y à Rome': never the day of the story", () => {
    const found = events(`${ANA} a reçu mardi ${KEN} à [Paris](place:paris). Ils s'étaient rencontrés à [Rome](place:rome).`, "fr");
    expect(found).toContainEqual(expect.objectContaining({ type: "Meeting", date: null, place: "place:rome" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "Meeting", date: "2026-12-01", place: "place:paris" }));
    expect(events(`${ANA} avait rencontré ${KEN} à [Rome](place:rome).`, "fr")).toEqual([
      { type: "Meeting", status: "occurred", date: null, participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:rome" },
    ]);
  });

  it("negative: background in the pluperfect with no other place, or a gap 'since', stays with the story's event", () => {
    const same = events(`${ANA} a reçu mardi ${KEN} à [Paris](place:paris). Les deux hommes s'étaient déjà rencontrés.`, "fr");
    expect(same.filter((e) => e.type === "Meeting")).toEqual([expect.objectContaining({ date: "2026-12-01", place: "place:paris" })]);
    const since = events(`${ANA} a rencontré ${KEN}, qu'elle n'avait pas vu depuis le sommet de [Rome](place:rome) en mai.`, "fr");
    expect(since).toContainEqual(
      expect.objectContaining({ type: "Meeting", date: "2026-12-03", participants: ["person:ana-ruiz", "person:ken-obi"] }),
    );
  });
});

describe("inside a relative clause, the one who acts is the clause's antecedent, not the sentence's subject", () => {
  it("'A praised X, who had visited Portsmouth where he met Y': X meets Y, not A", () => {
    const found = events(
      `${ANA} praised ${KEN}, who had visited [Portsmouth](place:portsmouth) on Tuesday where he met [Lee Park](person:lee-park).`,
      "en",
    );
    expect(found.filter((e) => e.type === "Meeting").map((e) => e.participants)).toEqual([["person:ken-obi", "person:lee-park"]]);
  });

  it("'A a accueilli X, qui s'est rendu à Toulon où il a rencontré le préfet': no meeting of A in Toulon", () => {
    const found = events(
      `${ANA} a accueilli ${KEN}, qui s'est rendu mardi à [Toulon](place:toulon) où il a rencontré le préfet maritime.`,
      "fr",
    );
    expect(found.filter((e) => e.type === "Meeting" && e.place === "place:toulon")).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ type: "Visit", participants: ["person:ken-obi"], place: "place:toulon" }));
  });

  it("negative: a relative clause after a place keeps the sentence's subject ('s'est rendue à Toulon, où elle a rencontré X')", () => {
    expect(events(`${ANA} s'est rendue mardi à [Toulon](place:toulon), où elle a rencontré ${KEN}.`, "fr")).toContainEqual(
      expect.objectContaining({ type: "Meeting", participants: ["person:ana-ruiz", "person:ken-obi"], place: "place:toulon" }),
    );
  });
});

describe("a counterpart left as a country and a guest of another country are two meetings of one host", () => {
  const PM_IN = "{Premier ministre}(title:prime-minister Prime_Minister head-of-government country:IN) [indien](country:IN demonym)";
  const COUNTERPART_DE = "{son homologue}(title:president President head-of-state country:DE counterpart) [allemand](country:DE demonym)";

  it("'X recevra en janvier son homologue allemand. Il doit aussi recevoir le 12 janvier le Premier ministre indien Y'", () => {
    const found = events(`${ANA} recevra en janvier ${COUNTERPART_DE}. Elle doit aussi recevoir le 12 janvier le ${PM_IN} ${KEN}.`, "fr");
    expect(found.map((e) => e.participants)).toEqual([
      ["country:DE", "person:ana-ruiz"],
      ["person:ana-ruiz", "person:ken-obi"],
    ]);
  });

  it("negative: the counterpart named later, of the counterpart's country, is the same meeting", () => {
    const PRES_DE = "{président}(title:president President head-of-state country:DE) [allemand](country:DE demonym)";
    const found = events(`${ANA} recevra en janvier ${COUNTERPART_DE}. Elle doit recevoir le 12 janvier le ${PRES_DE} ${KEN}.`, "fr");
    expect(found.filter((e) => e.type === "Meeting")).toHaveLength(1);
  });
});

describe("a summit told 'before' after an event: planned, never dated by the story's day", () => {
  it("'met Y on Tuesday before the NATO summit in Vilnius': the summit is planned", () => {
    expect(events(`${ANA} met ${KEN} on Tuesday before the [NATO](org:nato) summit in [Vilnius](place:vilnius).`, "en")).toContainEqual({
      type: "Meeting",
      status: "planned",
      date: null,
      participants: ["org:nato"],
      place: "place:vilnius",
    });
  });

  it("negative: 'en 2019 avant le sommet de l'OTAN à Londres' stays past, with no publication date", () => {
    expect(
      events(`${ANA} a rencontré ${KEN} en 2019 avant le sommet de l'[OTAN](org:nato) à [Londres](place:london).`, "fr"),
    ).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: null,
      participants: ["org:nato"],
      place: "place:london",
    });
  });
});
