import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge, extractionTools as tools, PM } from "./linked-markup.js";

function events(markup: string, published: string | null = "2026-02-02", language = "fr") {
  return extractFromLinked(linkedDocument(markup, { published, language }), testKnowledge, tools).events;
}
const brief = (e: ReturnType<typeof events>[number]) => ({
  type: e.type,
  status: e.status,
  date: e.date,
  participants: [...e.participants].sort(),
  place: e.place ?? null,
});

const LEADERS_FR = `Le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) et son {homologue}(- counterpart other country:GB counterpart) [britannique](country:GB demonym) [John Smith](person:john-smith), en visite au [Japon](country:JP), ont convenu samedi de renforcer leur coopération.`;

describe("events", () => {
  it("reads a joint-action verb with two leaders as a meeting, and 'en visite au' as a visit", () => {
    const found = events(LEADERS_FR).map(brief);
    expect(found).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-01-31",
      participants: ["person:john-smith", "person:kenji-sato"],
      place: "country:JP",
    });
    expect(found).toContainEqual({
      type: "Visit",
      status: "occurred",
      date: "2026-01-31",
      participants: ["person:john-smith"],
      place: "country:JP",
    });
  });

  it("merges anaphoric mentions into the salient event, which keeps the lead's date and gathers evidence", () => {
    const found = events(
      `${LEADERS_FR}\n\nEn ouverture de la réunion, [Sato](person:kenji-sato) a parlé. À l'issue de l'entretien, les deux dirigeants ont tenu une conférence de presse. Lors de ce sommet, ils ont aussi discuté.`,
    );
    const meetings = found.filter((e) => e.type === "Meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.date).toBe("2026-01-31");
    expect(meetings[0]?.evidence.map((e) => e.text.slice(0, 14))).toEqual([
      "Le Premier min",
      "En ouverture d",
      "À l'issue de l",
      "Lors de ce som",
    ]);
    const press = found.find((e) => e.type === "PressConference");
    expect(press?.participants.sort()).toEqual(["person:john-smith", "person:kenji-sato"]);
  });

  it("makes a meeting of ministers decided by two leaders a planned meeting of their countries, never merged with the occurred one", () => {
    const found = events(
      `${LEADERS_FR} Ils ont également décidé d'organiser avant la fin de l'année une réunion « 2+2 » des ministres des Affaires étrangères et de la Défense.`,
    ).map(brief);
    expect(found).toContainEqual({
      type: "Meeting",
      status: "planned",
      date: "2026",
      participants: ["country:GB", "country:JP"],
      place: null,
    });
    expect(found.filter((e) => e.type === "Meeting" && e.status === "occurred")).toHaveLength(1);
  });

  it("reads 'doit se rendre … du 28 au 31 mars' as a planned visit with a date range, its visitor from a title standing alone", () => {
    const found = events(
      `${LEADERS_FR} Le {Premier ministre}(${PM} country:GB) [britannique](country:GB demonym) doit se rendre en [Chine](country:CN) du 28 au 31 mars.`,
    );
    const visit = found.find((e) => e.type === "Visit" && e.status === "planned");
    expect(visit).toMatchObject({ date: "2026-03-28", endDate: "2026-03-31", participants: ["person:john-smith"], place: "country:CN" });
  });

  it("joins two signings of one agreement: the parties and the signers", () => {
    const found = events(
      `L'[Union européenne](org:eu) et le [Japon](country:JP) ont signé un accord de sécurité. [Anna Weber](person:anna-weber) a signé vendredi le [partenariat de sécurité Japon-UE](agreement:eu-japan) avec son {homologue}(- counterpart other country:JP counterpart) [japonais](country:JP demonym) [Ken Ito](person:ken-ito).`,
      "2024-11",
    );
    const signings = found.filter((e) => e.type === "Signing");
    expect(signings).toHaveLength(1);
    expect(signings[0]?.participants.sort()).toEqual(["country:JP", "org:eu", "person:anna-weber", "person:ken-ito"]);
    expect(signings[0]?.date).toBe("2024-11");
    expect(signings[0]?.cameo).toBe("057");
  });

  it("'les deux pays ont signé' after a meeting: the signing of the leaders' countries", () => {
    const found = events(
      `Le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) a reçu lundi à [Tokyo](place:tokyo) son {homologue}(- counterpart other country:GB counterpart) [britannique](country:GB demonym) [John Smith](person:john-smith). Les deux pays ont signé un accord de défense.`,
    );
    const signings = found.filter((e) => e.type === "Signing");
    expect(signings.map(brief)).toEqual([
      { type: "Signing", status: "occurred", date: "2026-02-02", participants: ["country:GB", "country:JP"], place: "place:tokyo" },
    ]);
  });

  it("a group's next act takes the place of the event it refers to, unless one is planned and the other told", () => {
    const found = events(
      `[Kenji Sato](person:kenji-sato) a reçu lundi à [Tokyo](place:tokyo) [John Smith](person:john-smith). Les deux dirigeants ont signé un accord de défense. Les deux dirigeants se rencontreront l'an prochain.`,
    ).map(brief);
    expect(found).toContainEqual({
      type: "Signing",
      status: "occurred",
      date: "2026-02-02",
      participants: ["person:john-smith", "person:kenji-sato"],
      place: "place:tokyo",
    });
    expect(found.filter((e) => e.status === "planned").map((e) => e.place)).toEqual([null]);
  });

  it("tells two undated signings of disjoint pairs apart, and joins a lone co-signer to the signing told", () => {
    const found = events(
      `[Britain](country:GB) and [France](country:FR) signed a defence treaty. [Poland](country:PL) and [South Korea](country:KR) signed a contract for tanks. [Leonardo](org:leonardo) signed the contract as a subcontractor.`,
      null,
      "en",
    );
    expect(found.filter((e) => e.type === "Signing").map((e) => [...e.participants].sort())).toEqual([
      ["country:FR", "country:GB"],
      ["country:KR", "country:PL", "org:leonardo"],
    ]);
  });

  it("reads 'est attendu à', 'is expected in' as a planned visit", () => {
    const fr = events(
      `Le {Premier ministre}(${PM} country:JP) [Kenji Sato](person:kenji-sato) est attendu à [Rome](place:rome) lundi.`,
      "2026-02-04",
    );
    expect(fr.map(brief)).toEqual([
      { type: "Visit", status: "planned", date: "2026-02-09", participants: ["person:kenji-sato"], place: "place:rome" },
    ]);
    // A date inside the trigger: "est attendu lundi à Rome".
    const dated = events(`[Kenji Sato](person:kenji-sato) est attendu lundi à [Rome](place:rome).`, "2026-02-04").map(brief);
    expect(dated).toEqual([
      { type: "Visit", status: "planned", date: "2026-02-09", participants: ["person:kenji-sato"], place: "place:rome" },
    ]);
    // "Tant attendue", long-awaited, plans nothing.
    const awaited = events(
      `La rencontre tant attendue entre [Kenji Sato](person:kenji-sato) et [John Smith](person:john-smith) a eu lieu lundi à [Rome](place:rome).`,
      "2026-02-04",
    );
    expect(awaited.map((e) => e.status)).toEqual(["occurred"]);
    const en = events(`[Jane Roe](person:jane-roe) is expected in [Rome](place:rome) on Monday.`, "2026-02-04", "en");
    expect(en.map(brief)).toEqual([
      { type: "Visit", status: "planned", date: "2026-02-09", participants: ["person:jane-roe"], place: "place:rome" },
    ]);
  });

  it("a coordinated subject travels together, through an adverb inside the trigger", () => {
    const found = events(
      `On Monday, [Jane Roe](person:jane-roe), [Ken Ito](person:ken-ito) and [John Smith](person:john-smith) travelled together to [Tokyo](place:tokyo).`,
      "2026-02-04",
      "en",
    ).map(brief);
    expect(found).toEqual([
      {
        type: "Visit",
        status: "occurred",
        date: "2026-02-02",
        participants: ["person:jane-roe", "person:john-smith", "person:ken-ito"],
        place: "place:tokyo",
      },
    ]);
  });

  it("reads English: met, talks, will visit, is set to", () => {
    const found = events(
      `[Jane Roe](person:jane-roe) met [Ken Ito](person:ken-ito) in [Tokyo](place:tokyo) on Monday. The talks covered [cybersecurity](topic:cybersecurity). [Jane Roe](person:jane-roe) will visit [Italy](country:IT) next month.`,
      "2026-02-04",
      "en",
    ).map(brief);
    expect(found).toEqual([
      {
        type: "Meeting",
        status: "occurred",
        date: "2026-02-02",
        participants: ["person:jane-roe", "person:ken-ito"],
        place: "place:tokyo",
      },
      { type: "Visit", status: "planned", date: "2026-03", participants: ["person:jane-roe"], place: "country:IT" },
    ]);
  });

  it("attaches topics of the sentence and paragraph", () => {
    const found = events(
      `[Jane Roe](person:jane-roe) met [Ken Ito](person:ken-ito) on Monday to discuss [critical minerals](topic:critical-minerals).`,
      "2026-02-04",
      "en",
    );
    expect(found[0]?.topics).toEqual(["topic:critical-minerals"]);
  });

  it("does not take the speaker of reported speech as a participant", () => {
    const found = events(
      `[Japan](country:JP) and [Italy](country:IT) signed a defence pact, [Jane Roe](person:jane-roe) said.`,
      "2026-02-04",
      "en",
    );
    expect(found.map(brief)).toEqual([
      { type: "Signing", status: "occurred", date: "2026-02-04", participants: ["country:IT", "country:JP"], place: null },
    ]);
  });

  it("drops an anaphoric mention with nothing to refer to, and never builds events from teasers", () => {
    expect(events(`Les discussions entre [Tokyo](place:tokyo) et [Londres](place:london) continueront.`)).toEqual([]);
    expect(
      events(`Un texte sans événement.\n\nEN SAVOIR PLUS :\n\n[Jane Roe](person:jane-roe) a rencontré [Ken Ito](person:ken-ito) samedi.`),
    ).toEqual([]);
  });

  it("does not mistake 'un signe' for a signing; a definite meeting with its own people is a meeting", () => {
    const found = events(`Cette rencontre entre [Jane Roe](person:jane-roe) et [Ken Ito](person:ken-ito) est un signe encourageant.`);
    expect(found.map((e) => e.type)).toEqual(["Meeting"]);
  });

  it("gives every event stable ids and verbatim evidence", () => {
    const doc = linkedDocument(LEADERS_FR, { published: "2026-02-02" });
    const a = extractFromLinked(doc, testKnowledge, tools);
    const b = extractFromLinked(doc, testKnowledge, tools);
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id));
    expect(a.events[0]?.id).toBe("event:0123456789abcdef:1");
    for (const e of a.events) for (const ev of e.evidence) expect(doc.document.text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it("lets a group subject sign, and gives a group's meeting the date of the event it comes from", () => {
    const found = events(
      `[Jane Roe](person:jane-roe) a rencontré mercredi [Ken Ito](person:ken-ito). Les deux dirigeants ont signé une déclaration commune.`,
      "2025-07-10",
    ).map(brief);
    expect(found).toContainEqual({
      type: "Signing",
      status: "occurred",
      date: "2025-07-09",
      participants: ["person:jane-roe", "person:ken-ito"],
      place: null,
    });
    const english = events(
      `[Jane Roe](person:jane-roe) and [Ken Ito](person:ken-ito) signed a memorandum on Tuesday. The two ministers met in [Melbourne](place:melbourne).`,
      "2025-08-05",
      "en",
    ).map(brief);
    expect(english).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2025-08-05",
      participants: ["person:jane-roe", "person:ken-ito"],
      place: "place:melbourne",
    });
  });

  it("reads the summit of an organisation as a meeting of it", () => {
    const found = events(`Le sommet de l'[OTAN](org:nato) s'est tenu mercredi à [La Haye](place:the-hague).`, "2025-06-26").map(brief);
    expect(found).toEqual([
      { type: "Meeting", status: "occurred", date: "2025-06-25", participants: ["org:nato"], place: "place:the-hague" },
    ]);
  });

  it("dates a follow-on event by the event its sentence refers back to", () => {
    const found = events(
      `[Jane Roe](person:jane-roe) a reçu mardi [Ken Ito](person:ken-ito). En marge de l'entretien, [Ana Costa](person:ana-costa) et [Kei Mori](person:kei-mori) ont signé une lettre d'intention.`,
      "2025-02-13",
    ).map(brief);
    expect(found).toContainEqual({
      type: "Signing",
      status: "occurred",
      date: "2025-02-11",
      participants: ["person:ana-costa", "person:kei-mori"],
      place: null,
    });
    expect(found.find((e) => e.type === "Meeting")?.participants).toEqual(["person:jane-roe", "person:ken-ito"]);
  });

  it("reads a future-tense sentence as planned even when its date is this month", () => {
    const found = events(
      `[Jane Roe](person:jane-roe) and [Ken Ito](person:ken-ito) will hold talks in [Manila](place:manila) later this month.`,
      "2024-07-08",
      "en",
    );
    expect(found.map((e) => e.status)).toEqual(["planned"]);
  });

  it("keeps a signing told in a relative clause apart from the story's signing, with its own date", () => {
    const found = events(
      `[Australia](country:AU) and [Japan](country:JP) have signed a memorandum, the two governments said. They also reviewed the [Access Agreement](agreement:raa), which [Japan](country:JP) and [Australia](country:AU) signed in 2022.`,
      "2025-09-06",
      "en",
    )
      .filter((e) => e.type === "Signing")
      .map((e) => e.date);
    // The story's signing, told in the lead with no day of its own, takes the publication date.
    expect(found).toEqual(["2025-09-06", "2022"]);
  });
});
