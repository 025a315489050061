/**
 * Who signs an agreement, through the whole extraction stage (sentences written for these tests, French and
 * English): the Signing event's people and the SIGNED relations.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge, extractionTools as tools, PRES, DEF as DM } from "./linked-markup.js";
import { relationNames } from "./relation-names.js";

const extract = (markup: string, language: string, published = "2026-02-02") =>
  extractFromLinked(linkedDocument(markup, { published, language }), testKnowledge, tools);

/** "Name -> Agreement" for each SIGNED relation, sorted. */
function signed(out: ReturnType<typeof extract>): string[] {
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.type === "SIGNED")
    .map((r) => `${names.get(r.source)} -> ${names.get(r.target)}`)
    .sort();
}

/** The people of each Signing event, as names, sorted. */
/** The names of the agreements an extraction found, sorted. */
function agreements(out: ReturnType<typeof extract>): string[] {
  return out.entities
    .filter((e) => e.type === "Agreement")
    .map((e) => e.name)
    .sort();
}

function signingPeople(out: ReturnType<typeof extract>): string[][] {
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.events
    .filter((e) => e.type === "Signing")
    .map((e) =>
      e.participants
        .filter((p) => p.startsWith("person:"))
        .map((p) => names.get(p) ?? p)
        .sort(),
    );
}

describe("who watches a signing does not sign", () => {
  it("'in the presence of X', 'en présence de X', 'sous le regard de X': X is no signer", () => {
    const en = extract(
      `In the presence of {President}(${PRES} country:NO) [Mark Adams](person:mark-adams), {Defence Minister}(${DM} country:NO) [Ola Berg](person:ola-berg) and [Paul Weber](person:paul-weber) signed the [Fjord Accord](agreement:fjord-accord) in Oslo on Tuesday.`,
      "en",
    );
    expect(signed(en)).toEqual(["Ola Berg -> Fjord Accord", "Paul Weber -> Fjord Accord"]);
    expect(signingPeople(en)).toEqual([["Ola Berg", "Paul Weber"]]);
    const fr = extract(
      `En présence du {président}(${PRES} country:FR) [Marc Lenoir](person:marc-lenoir), [Paul Durand](person:paul-durand) et [Nikos Petrou](person:nikos-petrou) ont signé mardi l'[accord de Délos](agreement:delos-accord).`,
      "fr",
    );
    expect(signed(fr)).toEqual(["Nikos Petrou -> accord de Délos", "Paul Durand -> accord de Délos"]);
    const after = extract(
      `[Paul Durand](person:paul-durand) et [Nikos Petrou](person:nikos-petrou) ont signé mardi l'[accord de Délos](agreement:delos-accord), sous le regard du {président}(${PRES} country:FR) [Marc Lenoir](person:marc-lenoir).`,
      "fr",
    );
    expect(signed(after)).toEqual(["Nikos Petrou -> accord de Délos", "Paul Durand -> accord de Délos"]);
  });

  it("'X attended the signing', 'X a assisté à la signature', 'X looked on as Y and Z signed': X is no signer", () => {
    const attended = extract(
      `{Defence Minister}(${DM} country:DE) [Lena Hartmann](person:lena-hartmann) attended the signing of the [Fjord Accord](agreement:fjord-accord) between [Norway](country:NO) and [Germany](country:DE) on Tuesday.`,
      "en",
    );
    expect(signed(attended)).toEqual([]);
    expect(signingPeople(attended).flat()).toEqual([]);
    const witnessed = extract(
      `{President}(${PRES} country:NO) [Mark Adams](person:mark-adams) witnessed the signing of the [Fjord Accord](agreement:fjord-accord) by [Ola Berg](person:ola-berg) and [Paul Weber](person:paul-weber).`,
      "en",
    );
    expect(signed(witnessed)).toEqual(["Ola Berg -> Fjord Accord", "Paul Weber -> Fjord Accord"]);
    const assisted = extract(
      `Le {président}(${PRES} country:FR) [Marc Lenoir](person:marc-lenoir) a assisté mardi à la signature de l'[accord de Délos](agreement:delos-accord) entre la [France](country:FR) et la [Grèce](country:GR).`,
      "fr",
    );
    expect(signed(assisted)).toEqual([]);
    expect(signingPeople(assisted).flat()).toEqual([]);
    const lookedOn = extract(
      `{President}(${PRES} country:NO) [Mark Adams](person:mark-adams) looked on as [Ola Berg](person:ola-berg) and [Paul Weber](person:paul-weber) signed the [Fjord Accord](agreement:fjord-accord).`,
      "en",
    );
    expect(signed(lookedOn)).toEqual(["Ola Berg -> Fjord Accord", "Paul Weber -> Fjord Accord"]);
  });

  it("still signs: one who attended something else and then signed, one who signed with another", () => {
    const both = extract(
      `[Ola Berg](person:ola-berg) attended the talks and signed the [Fjord Accord](agreement:fjord-accord) with [Paul Weber](person:paul-weber) on Tuesday.`,
      "en",
    );
    expect(signed(both)).toEqual(["Ola Berg -> Fjord Accord", "Paul Weber -> Fjord Accord"]);
    const fr = extract(
      `[Paul Durand](person:paul-durand) a assisté au sommet et a signé l'[accord de Délos](agreement:delos-accord) avec [Nikos Petrou](person:nikos-petrou).`,
      "fr",
    );
    expect(signed(fr)).toEqual(["Nikos Petrou -> accord de Délos", "Paul Durand -> accord de Délos"]);
    // A verb of watching in a clause of its own: "X, who oversees procurement, signed".
    const clause = extract(
      `[Ola Berg](person:ola-berg), who oversees procurement, signed the [Fjord Accord](agreement:fjord-accord).`,
      "en",
    );
    expect(signed(clause)).toEqual(["Ola Berg -> Fjord Accord"]);
  });
});

describe("a relative clause inside a joint subject", () => {
  const DEPUTY = "title:deputy-minister Deputy_Minister minister";

  it("'X, who oversees procurement, and Y signed', 'X, qui supervise les achats, et Y ont signé': both sign", () => {
    const en = extract(
      `{Deputy Minister}(${DEPUTY} country:KR) [Tom Baker](person:tom-baker), who oversees procurement, and {Defence Minister}(${DM} country:KR) [Lee Sang](person:lee-sang) signed the [Han River Pact](agreement:han-pact) on Tuesday.`,
      "en",
    );
    expect(signed(en)).toEqual(["Lee Sang -> Han River Pact", "Tom Baker -> Han River Pact"]);
    expect(signingPeople(en)).toEqual([["Lee Sang", "Tom Baker"]]);
    const fr = extract(
      `Le {vice-ministre}(${DEPUTY} country:KR) [Tom Baker](person:tom-baker), qui supervise les achats d'armement, et la {ministre de la Défense}(${DM} country:KR) [Lee Sang](person:lee-sang) ont signé mardi le [pacte du Han](agreement:han-pact).`,
      "fr",
    );
    expect(signed(fr)).toEqual(["Lee Sang -> pacte du Han", "Tom Baker -> pacte du Han"]);
  });

  it("the people of the clause told aside do not sign; a lone subject with a clause still signs", () => {
    const aside = extract(
      `[Tom Baker](person:tom-baker), who met [Ana Ruiz](person:ana-ruiz) last week, and [Lee Sang](person:lee-sang) signed the [Han River Pact](agreement:han-pact) on Tuesday.`,
      "en",
    );
    expect(signed(aside)).toEqual(["Lee Sang -> Han River Pact", "Tom Baker -> Han River Pact"]);
    const alone = extract(
      `[Ana Ruiz](person:ana-ruiz) met her counterpart on Monday. [Tom Baker](person:tom-baker), who oversees procurement, signed the [Han River Pact](agreement:han-pact) on Tuesday.`,
      "en",
    );
    expect(signed(alone)).toEqual(["Tom Baker -> Han River Pact"]);
  });
});

describe("another signing told apart", () => {
  const signings = (out: ReturnType<typeof extract>) => {
    const names = new Map(out.entities.map((e) => [e.id, e.name]));
    return out.events
      .filter((e) => e.type === "Signing")
      .map((e) => `${e.date ?? "-"} ${e.participants.map((p) => names.get(p) ?? p).join("+")}`)
      .sort();
  };

  it("'Separately, X and Y signed …' is a signing of its own, on the story's day, not the background one told before", () => {
    const en = extract(
      `[Raj Kumar](person:raj-kumar) and [Jose Reyes](person:jose-reyes) met in [Manila](place:manila) on Wednesday. In 2019 [India](country:IN) and the [Philippines](country:PH) signed the [Delhi Logistics Pact](agreement:delhi-pact). Separately, [Kumar](person:raj-kumar) and [Reyes](person:jose-reyes) signed a [memorandum on maritime cooperation](agreement:sea-memo).`,
      "en",
      "2026-12-03",
    );
    expect(signings(en)).toEqual(["2019 India+Philippines", "2026-12-02 Raj Kumar+Jose Reyes"]);
    expect(signed(en)).toEqual(["Jose Reyes -> memorandum on maritime cooperation", "Raj Kumar -> memorandum on maritime cooperation"]);
    const fr = extract(
      `[Raj Kumar](person:raj-kumar) et [Jose Reyes](person:jose-reyes) se sont rencontrés mercredi à [Manille](place:manila). En 2019, l'[Inde](country:IN) et les [Philippines](country:PH) avaient signé le [pacte logistique de Delhi](agreement:delhi-pact). Par ailleurs, [Kumar](person:raj-kumar) et [Reyes](person:jose-reyes) ont signé un [mémorandum sur la coopération maritime](agreement:sea-memo).`,
      "fr",
      "2026-12-03",
    );
    expect(signings(fr)).toEqual(["2019 Inde+Philippines", "2026-12-02 Raj Kumar+Jose Reyes"]);
  });

  it("an undated signing right after a dated one of the story still takes its day", () => {
    const out = extract(
      `[Raj Kumar](person:raj-kumar) and [Jose Reyes](person:jose-reyes) met in [Manila](place:manila) on Wednesday. [Kumar](person:raj-kumar) and [Reyes](person:jose-reyes) signed a [memorandum on maritime cooperation](agreement:sea-memo).`,
      "en",
      "2026-12-03",
    );
    expect(signings(out)).toEqual(["2026-12-02 Raj Kumar+Jose Reyes"]);
  });
});

describe("an agreement told signed by a participle, no signer named", () => {
  const signings = (out: ReturnType<typeof extract>) => {
    const names = new Map(out.entities.map((e) => [e.id, e.name]));
    return out.events
      .filter((e) => e.type === "Signing")
      .map(
        (e) => `${e.status} ${e.date ?? "-"} ${e.participants.map((p) => names.get(p) ?? p).join("+")} @${names.get(e.place ?? "") ?? "-"}`,
      );
  };

  it("'The pact between X and Y, signed in Z on D, entered into force', 'l'accord entre X et Y, signé à Z le D': a signing on D at Z by X and Y", () => {
    const en = extract(
      `The [Reef Pact](agreement:reef-pact) between [Japan](country:JP) and the [Philippines](country:PH), signed in [Manila](place:manila) on 8 July 2024, entered into force in 2025.`,
      "en",
      "2026-12-03",
    );
    expect(signings(en)).toEqual(["occurred 2024-07-08 Japan+Philippines @Manila"]);
    const fr = extract(
      `L'[accord de Délos](agreement:delos-accord) entre la [France](country:FR) et la [Grèce](country:GR), paraphé à [Athènes](place:athens) le 3 novembre 2023, doit encore être ratifié.`,
      "fr",
      "2026-12-03",
    );
    expect(signings(fr)).toEqual(["occurred 2023-11-03 France+Grèce @Athènes"]);
    const passive = extract(
      `The [Reef Pact](agreement:reef-pact) between [Japan](country:JP) and the [Philippines](country:PH) was signed on 3 November 2023.`,
      "en",
      "2026-12-03",
    );
    expect(signings(passive)).toEqual(["occurred 2023-11-03 Japan+Philippines @-"]);
  });

  it("not a participle of the agreement: another clause, or the parties' names far before", () => {
    // The participle belongs to another noun's clause.
    const other = extract(
      `[Japan](country:JP) and the [Philippines](country:PH) discussed the [Reef Pact](agreement:reef-pact) and a letter from their ministers, later signed in [Manila](place:manila) on 8 July 2024.`,
      "en",
      "2026-12-03",
    );
    expect(signings(other).filter((s) => s.includes("Japan"))).toEqual([]);
  });
});

describe("several agreements told in one sentence", () => {
  const signers = (out: ReturnType<typeof extract>) => signingPeople(out).map((p) => p.join("+"));

  it("'Trois protocoles d'accord ont été échangés : l'un …, signé par A et B ; un deuxième …, signé par C et D …': a signing each", () => {
    const fr = extract(
      `Trois protocoles d'accord ont été échangés : l'un sur la sécurité maritime, signé par [Ravi Shankar](person:ravi-shankar) et [Kamal Silva](person:kamal-silva) ; un deuxième sur la formation, signé par [Anil Kapoor](person:anil-kapoor) et [Saman Perera](person:saman-perera) ; et un troisième sur la santé, signé par [Vikram Rao](person:vikram-rao) et [Nuwan Jayasuriya](person:nuwan-jayasuriya).`,
      "fr",
    );
    expect(signers(fr).sort()).toEqual(["Anil Kapoor+Saman Perera", "Kamal Silva+Ravi Shankar", "Nuwan Jayasuriya+Vikram Rao"]);
    // Each item is an agreement of its own, named by the announced noun and its topic, signed by its own pair.
    expect(signed(fr)).toEqual([
      "Anil Kapoor -> protocole d'accord sur la formation",
      "Kamal Silva -> protocole d'accord sur la sécurité maritime",
      "Nuwan Jayasuriya -> protocole d'accord sur la santé",
      "Ravi Shankar -> protocole d'accord sur la sécurité maritime",
      "Saman Perera -> protocole d'accord sur la formation",
      "Vikram Rao -> protocole d'accord sur la santé",
    ]);
    const en = extract(
      `Three memorandums of understanding were exchanged: one on maritime security, signed by [Ravi Shankar](person:ravi-shankar) and [Kamal Silva](person:kamal-silva); one on training, signed by [Anil Kapoor](person:anil-kapoor) and [Saman Perera](person:saman-perera); and a third on health, signed by [Vikram Rao](person:vikram-rao) and [Nuwan Jayasuriya](person:nuwan-jayasuriya).`,
      "en",
    );
    expect(signers(en).sort()).toEqual(["Anil Kapoor+Saman Perera", "Kamal Silva+Ravi Shankar", "Nuwan Jayasuriya+Vikram Rao"]);
  });

  it("one agreement of that kind is still signed: 'un protocole d'accord'", () => {
    const one = extract(
      `[Ravi Shankar](person:ravi-shankar) et [Kamal Silva](person:kamal-silva) ont signé un protocole d'accord sur la sécurité maritime.`,
      "fr",
    );
    expect(signed(one)).toHaveLength(2);
    expect(signers(one)).toEqual(["Kamal Silva+Ravi Shankar"]);
  });
});

describe("several agreements told one after another, each signed by its own pair", () => {
  const signers = (out: ReturnType<typeof extract>) => signingPeople(out).map((p) => p.join("+"));

  it("'The MoU on X was signed by A and B. The MoU on Y was signed by A and C, and a third, on Z, by D and E': three agreements, three signings", () => {
    const en = extract(
      `Three MoUs were exchanged on Monday. The MoU on hydrography was signed by [Chaminda Perera](person:chaminda-perera) and [Budi Santoso](person:budi-santoso). The MoU on digital identity was signed by [Chaminda Perera](person:chaminda-perera) and [Ahmad Hidayat](person:ahmad-hidayat), and a third, on civil-service training, by [Ravi Fernando](person:ravi-fernando) and [Siti Rahma](person:siti-rahma).`,
      "en",
    );
    expect(agreements(en)).toEqual(["MoU on civil-service training", "MoU on digital identity", "MoU on hydrography"]);
    expect(signers(en).sort()).toEqual(["Ahmad Hidayat+Chaminda Perera", "Budi Santoso+Chaminda Perera", "Ravi Fernando+Siti Rahma"]);
    expect(signed(en)).toEqual([
      "Ahmad Hidayat -> MoU on digital identity",
      "Budi Santoso -> MoU on hydrography",
      "Chaminda Perera -> MoU on digital identity",
      "Chaminda Perera -> MoU on hydrography",
      "Ravi Fernando -> MoU on civil-service training",
      "Siti Rahma -> MoU on civil-service training",
    ]);
  });

  it("'le second, portant sur Y, par le directeur général des douanes béninoises, C, et D': an office's complement before the name", () => {
    const GENERAL_DIRECTOR = "title:director-general Director_General executive";
    const fr = extract(
      `Deux protocoles ont été signés lundi. Le premier, sur la pêche, a été signé par [Awa Ndiaye](person:awa-ndiaye) et [Karim Benali](person:karim-benali) ; le second, portant sur la formation des douaniers, par le {directeur général}(${GENERAL_DIRECTOR}) des douanes [béninoises](country:BJ demonym), [Moussa Diop](person:moussa-diop), et [Leila Amrani](person:leila-amrani).`,
      "fr",
    );
    expect(signers(fr).sort()).toEqual(["Awa Ndiaye+Karim Benali", "Leila Amrani+Moussa Diop"]);
    const en = extract(
      `The treaty was signed by the {director general}(${GENERAL_DIRECTOR}) of the customs service, [Moussa Diop](person:moussa-diop), and [Leila Amrani](person:leila-amrani).`,
      "en",
    );
    expect(signers(en)).toEqual(["Leila Amrani+Moussa Diop"]);
    // Not past a longer description, nor one with a clause of its own.
    const long = extract(
      `The treaty was signed by the {director general}(${GENERAL_DIRECTOR}) who had negotiated it for the customs service over many years, [Moussa Diop](person:moussa-diop), and [Leila Amrani](person:leila-amrani).`,
      "en",
    );
    expect(signers(long)).not.toContain("Leila Amrani+Moussa Diop");
  });

  it("'The first MoU, on X, was signed by A and B. A second memorandum, on Y, …': each named by its topic after the comma, its own signers", () => {
    const en = extract(
      `Two memorandums were signed in Colombo on Monday. The first MoU, on port logistics, was signed by [Ravi Shankar](person:ravi-shankar) and [Kamal Silva](person:kamal-silva). A second memorandum, on customs training, was signed by [Saman Perera](person:saman-perera) and [Anil Kapoor](person:anil-kapoor).`,
      "en",
    );
    expect(agreements(en)).toEqual(["MoU on port logistics", "memorandum on customs training"]);
    expect(signed(en)).toEqual([
      "Anil Kapoor -> memorandum on customs training",
      "Kamal Silva -> MoU on port logistics",
      "Ravi Shankar -> MoU on port logistics",
      "Saman Perera -> memorandum on customs training",
    ]);
    const fr = extract(
      `Deux protocoles ont été signés lundi. Le premier protocole, relatif au corridor routier, a été signé par [Awa Ndiaye](person:awa-ndiaye) et [Karim Benali](person:karim-benali) ; le second, portant sur la formation des douaniers, par [Moussa Diop](person:moussa-diop) et [Leila Amrani](person:leila-amrani).`,
      "fr",
    );
    expect(signed(fr)).toEqual([
      "Awa Ndiaye -> protocole relatif au corridor routier",
      "Karim Benali -> protocole relatif au corridor routier",
      "Leila Amrani -> protocole portant sur la formation des douaniers",
      "Moussa Diop -> protocole portant sur la formation des douaniers",
    ]);
    // No topic after the comma: the noun alone.
    const signedThen = extract(
      `The first treaty, signed in 2010, was signed by [Ravi Shankar](person:ravi-shankar) and [Kamal Silva](person:kamal-silva).`,
      "en",
    );
    expect(agreements(signedThen)).toEqual(["treaty"]);
  });

  it("'Trois protocoles d'accord ont été signés : le premier, sur X, par A et B ; le deuxième, sur Y, par C et D': no verb of their own", () => {
    const fr = extract(
      `Trois protocoles d'accord ont été signés mardi : le premier, sur la pêche artisanale, par [Awa Ndiaye](person:awa-ndiaye) et [Karim Benali](person:karim-benali) ; le deuxième, sur l'énergie solaire, par [Moussa Diop](person:moussa-diop) et [Leila Amrani](person:leila-amrani).`,
      "fr",
    );
    expect(signers(fr).sort()).toEqual(["Awa Ndiaye+Karim Benali", "Leila Amrani+Moussa Diop"]);
    expect(signed(fr)).toEqual([
      "Awa Ndiaye -> protocole d'accord sur la pêche artisanale",
      "Karim Benali -> protocole d'accord sur la pêche artisanale",
      "Leila Amrani -> protocole d'accord sur l'énergie solaire",
      "Moussa Diop -> protocole d'accord sur l'énergie solaire",
    ]);
    const another = extract(
      `La convention sur la pêche a été signée par [Awa Ndiaye](person:awa-ndiaye) et [Karim Benali](person:karim-benali), et une autre, sur la météorologie, par [Moussa Diop](person:moussa-diop) et [Leila Amrani](person:leila-amrani).`,
      "fr",
    );
    expect(signers(another).sort()).toEqual(["Awa Ndiaye+Karim Benali", "Leila Amrani+Moussa Diop"]);
    expect(signed(another).filter((x) => x.startsWith("Moussa"))).toEqual(["Moussa Diop -> convention sur la météorologie"]);
    const two = extract(
      `Two agreements were signed on Tuesday: the first, on port security, by [Ola Berg](person:ola-berg) and [Paul Weber](person:paul-weber); the second, on fisheries, by [Kari Holm](person:kari-holm) and [John Smith](person:john-smith).`,
      "en",
    );
    expect(signed(two)).toEqual([
      "John Smith -> agreement on fisheries",
      "Kari Holm -> agreement on fisheries",
      "Ola Berg -> agreement on port security",
      "Paul Weber -> agreement on port security",
    ]);
  });

  it("still one agreement: the same noun told again without a topic, or with the same; an ordinal with no agreement announced", () => {
    const again = extract(
      `The MoU on hydrography was signed by [Chaminda Perera](person:chaminda-perera) and [Budi Santoso](person:budi-santoso). The MoU was signed in [Colombo](place:colombo) on Tuesday.`,
      "en",
    );
    expect(agreements(again)).toEqual(["MoU on hydrography"]);
    const same = extract(
      `Un protocole d'accord sur la pêche a été signé par [Awa Ndiaye](person:awa-ndiaye) et [Karim Benali](person:karim-benali). Le protocole d'accord sur la pêche a été signé à [Dakar](place:dakar).`,
      "fr",
    );
    expect(agreements(same)).toHaveLength(1);
    const ordinal = extract(
      `[Ola Berg](person:ola-berg) and [Paul Weber](person:paul-weber) held two rounds of talks. The first, on port security, was chaired by [Kari Holm](person:kari-holm).`,
      "en",
    );
    expect(agreements(ordinal)).toEqual([]);
    const noTopic = extract(
      `Three MoUs were signed on Tuesday: one by [Ola Berg](person:ola-berg) and [Paul Weber](person:paul-weber), another by [Kari Holm](person:kari-holm) and [John Smith](person:john-smith).`,
      "en",
    );
    expect(agreements(noTopic)).toEqual([]);
  });
});

describe("the subject of a signing described between commas", () => {
  it("'X, Secretary to the Ministry of Ports, signed the agreement with Y', 'X, responsable de l'agence, a signé l'accord avec Y': both sign", () => {
    const en = extract(
      `[Chaminda Perera](person:chaminda-perera), Secretary to the [Ministry of Ports](org:ports-ministry), signed the agreement with [Budi Santoso](person:budi-santoso) on Tuesday.`,
      "en",
    );
    expect(signingPeople(en)).toEqual([["Budi Santoso", "Chaminda Perera"]]);
    const fr = extract(
      `[Awa Ndiaye](person:awa-ndiaye), responsable de l'[Agence des ports](org:ports-agency), a signé mardi l'accord avec [Karim Benali](person:karim-benali).`,
      "fr",
    );
    expect(signingPeople(fr)).toEqual([["Awa Ndiaye", "Karim Benali"]]);
  });

  it("not a description: a list of names, of bodies, before the verb", () => {
    const list = extract(
      `[Ola Berg](person:ola-berg), [Paul Weber](person:paul-weber) and [Kari Holm](person:kari-holm) signed the [Fjord Accord](agreement:fjord-accord) on Tuesday.`,
      "en",
    );
    expect(signed(list)).toEqual(["Kari Holm -> Fjord Accord", "Ola Berg -> Fjord Accord", "Paul Weber -> Fjord Accord"]);
    const bodies = extract(
      `[Acme Systems](org:acme), [Nordic Arms](org:nordic-arms) and the [Materiel Agency](org:materiel-agency) signed the [Fjord Accord](agreement:fjord-accord).`,
      "en",
    );
    expect(relationNames(bodies, "PARTY_TO")).toEqual([
      "Acme Systems -> Fjord Accord",
      "Materiel Agency -> Fjord Accord",
      "Nordic Arms -> Fjord Accord",
    ]);
  });
});

describe("the body of a signatory's office no title list knows is no party", () => {
  it("'signed by X, Secretary to the Ministry of Ports, and Y': the ministry is where X works, not a party; on its behalf, it is", () => {
    const en = extract(
      `The [Harbour Accord](agreement:harbour-accord) was signed by [Chaminda Perera](person:chaminda-perera), Secretary to the [Ministry of Ports](org:ports-ministry), and [Budi Santoso](person:budi-santoso).`,
      "en",
    );
    expect(signed(en)).toEqual(["Budi Santoso -> Harbour Accord", "Chaminda Perera -> Harbour Accord"]);
    expect(relationNames(en, "PARTY_TO")).toEqual([]);
    const behalf = extract(
      `The [Harbour Accord](agreement:harbour-accord) was signed by [Chaminda Perera](person:chaminda-perera), on behalf of the [Ministry of Ports](org:ports-ministry), and [Budi Santoso](person:budi-santoso).`,
      "en",
    );
    expect(relationNames(behalf, "PARTY_TO")).toEqual(["Ministry of Ports -> Harbour Accord"]);
    const list = extract(
      `The [Harbour Accord](agreement:harbour-accord) was signed by the [Ministry of Ports](org:ports-ministry) and the [Port Authority](org:port-authority).`,
      "en",
    );
    expect(relationNames(list, "PARTY_TO")).toEqual(["Ministry of Ports -> Harbour Accord", "Port Authority -> Harbour Accord"]);
  });
});

describe("an agreement recalled by a participle right after its name", () => {
  it("'Le ministre a rappelé le traité signé à Niamey le 6 juillet 2024', 'The minister recalled the treaty signed in …': the subject is no signer", () => {
    const fr = extract(
      `Le {ministre}(${DM} country:NE) [Issa Garba](person:issa-garba) a rappelé le [traité de Zinder](agreement:zinder-treaty) signé à [Niamey](place:niamey) le 6 juillet 2024.`,
      "fr",
    );
    expect(signed(fr)).toEqual([]);
    expect(signingPeople(fr).flat()).toEqual([]);
    const en = extract(
      `{Defence Minister}(${DM} country:NE) [Issa Garba](person:issa-garba) recalled the [Zinder Treaty](agreement:zinder-treaty) signed in [Niamey](place:niamey) on 6 July 2024.`,
      "en",
    );
    expect(signed(en)).toEqual([]);
    const hailed = extract(
      `[Issa Garba](person:issa-garba) et [Moussa Traoré](person:moussa-traore) ont salué l'[accord de Zinder](agreement:zinder-treaty) signé mardi entre le [Niger](country:NE) et le [Mali](country:ML).`,
      "fr",
    );
    expect(signed(hailed)).toEqual([]);
  });

  it("still signs: the subject of the verb of signing, the agents after the participle", () => {
    const subject = extract(
      `Le {ministre}(${DM} country:NE) [Issa Garba](person:issa-garba) a signé le [traité de Zinder](agreement:zinder-treaty) à [Niamey](place:niamey) le 6 juillet 2024.`,
      "fr",
    );
    expect(signed(subject)).toEqual(["Issa Garba -> traité de Zinder"]);
    const agents = extract(
      `[Awa Keita](person:awa-keita) a rappelé le [traité de Zinder](agreement:zinder-treaty) signé par [Issa Garba](person:issa-garba) et [Moussa Traoré](person:moussa-traore).`,
      "fr",
    );
    expect(signed(agents)).toEqual(["Issa Garba -> traité de Zinder", "Moussa Traoré -> traité de Zinder"]);
  });
});

describe("signers after long titles, their organisations the parties", () => {
  const CEO = "title:ceo Chief_Executive executive";
  const DIRECTOR = "title:director Director executive";
  const relations = relationNames;

  it("'signed by X, director of the agency, and Acme Chief Executive Y': both sign, each with their own office, both bodies parties", () => {
    const out = extract(
      `The [Fjord Accord](agreement:fjord-accord) was signed by [Kari Holm](person:kari-holm), {director}(${DIRECTOR} org:materiel-agency) of the [Materiel Agency](org:materiel-agency), and [Acme Systems](org:acme) {Chief Executive}(${CEO}) [John Smith](person:john-smith).`,
      "en",
    );
    expect(signed(out)).toEqual(["John Smith -> Fjord Accord", "Kari Holm -> Fjord Accord"]);
    expect(relations(out, "HOLDS_ROLE")).toEqual(["John Smith -> Acme Systems", "Kari Holm -> Materiel Agency"]);
    expect(relations(out, "PARTY_TO")).toEqual(["Acme Systems -> Fjord Accord", "Materiel Agency -> Fjord Accord"]);
  });

  it("'par le PDG de A, X, et par la directrice des achats chiliens, la contre-amirale Y': both sign", () => {
    const ADMIRAL = "title:rear-admiral Rear_Admiral military";
    const out = extract(
      `Le [contrat](agreement:hull-contract) a été paraphé jeudi à [Brest](place:brest) par le {PDG}(${CEO} org:thalassa) de [Thalassa Marine](org:thalassa), [Louis Garnier](person:louis-garnier), et par la {directrice}(${DIRECTOR}) des achats militaires [chiliens](country:CL demonym), la {contre-amirale}(${ADMIRAL}) [Paula Rojas](person:paula-rojas).`,
      "fr",
    );
    expect(signed(out)).toEqual(["Louis Garnier -> contrat", "Paula Rojas -> contrat"]);
    expect(signingPeople(out)).toEqual([["Louis Garnier", "Paula Rojas"]]);
    const en = extract(
      `The [contract](agreement:hull-contract) was signed in [Brest](place:brest) by the {chief executive}(${CEO} org:thalassa) of [Thalassa Marine](org:thalassa), [Louis Garnier](person:louis-garnier), and by the director of [Chilean](country:CL demonym) naval procurement, {Rear Admiral}(${ADMIRAL}) [Paula Rojas](person:paula-rojas).`,
      "en",
    );
    expect(signed(en)).toEqual(["Louis Garnier -> contract", "Paula Rojas -> contract"]);
    expect(signingPeople(en)).toEqual([["Louis Garnier", "Paula Rojas"]]);
  });

  it("'signed by X, head of Estonia's investment centre, and Y': a description no title list knows, a country inside it, still both sign", () => {
    const en = extract(
      `The [contract](agreement:ammo-contract) was signed on Wednesday in [Tallinn](place:tallinn) by [Maria Lepp](person:maria-lepp), head of [Estonia](country:EE)'s defence investment centre, and [Tom Berg](person:tom-berg), {chief executive}(${CEO}) of [Nordic Arms](org:nordic-arms).`,
      "en",
    );
    expect(signed(en)).toEqual(["Maria Lepp -> contract", "Tom Berg -> contract"]);
    expect(signingPeople(en)).toEqual([["Maria Lepp", "Tom Berg"]]);
    const fr = extract(
      `Le [contrat](agreement:ammo-contract) a été signé mercredi à [Tallinn](place:tallinn) par [Maria Lepp](person:maria-lepp), responsable du centre d'investissement de défense de l'[Estonie](country:EE), et [Tom Berg](person:tom-berg), {PDG}(${CEO}) de [Nordic Arms](org:nordic-arms).`,
      "fr",
    );
    expect(signed(fr)).toEqual(["Maria Lepp -> contrat", "Tom Berg -> contrat"]);
  });

  it("'signed by X, on behalf of Acme, and Y', 'signé par X, au nom de l'agence, et Y': both sign, the body X signs for a party", () => {
    const en = extract(
      `The [training memorandum](agreement:training-memo) was signed by Mr [Rao](person:rao), on behalf of the [Civil Service Centre](org:civil-centre), and [Sunil Perera](person:sunil-perera).`,
      "en",
    );
    expect(signed(en)).toEqual(["Rao -> training memorandum", "Sunil Perera -> training memorandum"]);
    expect(relations(en, "PARTY_TO")).toContain("Civil Service Centre -> training memorandum");
    const fr = extract(
      `Le [mémorandum sur la formation](agreement:training-memo) a été signé par [Amadou Diallo](person:amadou-diallo), au nom de l'[Agence de la fonction publique](org:civil-agency), et [Jean Kaboré](person:jean-kabore).`,
      "fr",
    );
    expect(signed(fr)).toEqual(["Amadou Diallo -> mémorandum sur la formation", "Jean Kaboré -> mémorandum sur la formation"]);
    expect(relations(fr, "PARTY_TO")).toContain("Agence de la fonction publique -> mémorandum sur la formation");
  });

  it("no list past a description: a name after it that is not coordinated, or one of a clause of its own, does not sign", () => {
    const clause = extract(
      `The [contract](agreement:ammo-contract) was signed by [Maria Lepp](person:maria-lepp), head of the defence investment centre, in [Tallinn](place:tallinn), where [Tom Berg](person:tom-berg) had opened a plant.`,
      "en",
    );
    expect(signed(clause)).toEqual(["Maria Lepp -> contract"]);
    const long = extract(
      `Le [contrat](agreement:ammo-contract) a été signé par [Maria Lepp](person:maria-lepp), qui dirige depuis trois ans le centre d'investissement de défense, et [Tom Berg](person:tom-berg) a salué l'accord.`,
      "fr",
    );
    expect(signed(long)).not.toContain("Maria Lepp -> contrat ");
  });

  it("a title coordinated without a comma before 'and' is still the same person's ('X, chairman and chief executive of Acme')", () => {
    const out = extract(
      `[John Smith](person:john-smith), {director}(${DIRECTOR}) and {chief executive}(${CEO}) of [Acme Systems](org:acme), met [Kari Holm](person:kari-holm) on Monday.`,
      "en",
    );
    expect(relations(out, "HOLDS_ROLE").filter((r) => r.startsWith("Kari Holm"))).toEqual([]);
  });
});

describe("agreements listed as the objects of one signing: each gets its signers and parties", () => {
  it("'ont signé trois accords : un accord …, un mémorandum … et une lettre d'intention …': three agreements, the same parties", () => {
    const fr = extract(
      `La [Norvège](country:NO) et le [Chili](country:CL) ont signé mardi trois accords : un accord sur la pêche, un mémorandum d'entente sur la formation des pilotes et une lettre d'intention sur la construction navale.`,
      "fr",
    );
    expect(agreements(fr)).toEqual([
      "Norvège-Chili accord sur la pêche",
      "Norvège-Chili lettre d'intention sur la construction navale",
      "Norvège-Chili mémorandum d'entente sur la formation des pilotes",
    ]);
    expect(relationNames(fr, "PARTY_TO")).toHaveLength(6);
    expect(fr.events.filter((e) => e.type === "Signing")).toHaveLength(1);
  });

  it("'signed two agreements: a … agreement and a memorandum on …', 'including a …, a … and a …': the signers sign each", () => {
    const en = extract(
      `[Ola Berg](person:ola-berg) and [Paul Weber](person:paul-weber) signed two agreements on Tuesday: a reciprocal access agreement and a memorandum on maritime awareness.`,
      "en",
    );
    expect(signed(en)).toEqual([
      "Ola Berg -> memorandum on maritime awareness",
      "Ola Berg -> reciprocal access agreement",
      "Paul Weber -> memorandum on maritime awareness",
      "Paul Weber -> reciprocal access agreement",
    ]);
    const including = extract(
      `[Norway](country:NO) and [Chile](country:CL) signed several deals, including an agreement on fisheries, a protocol on customs and a memorandum on energy.`,
      "en",
    );
    expect(relationNames(including, "PARTY_TO")).toEqual([
      "Chile -> Norway-Chile agreement on fisheries",
      "Chile -> Norway-Chile memorandum on energy",
      "Chile -> Norway-Chile protocol on customs",
      "Norway -> Norway-Chile agreement on fisheries",
      "Norway -> Norway-Chile memorandum on energy",
      "Norway -> Norway-Chile protocol on customs",
    ]);
  });

  it("no list: another partner, another verb, a definite noun after an indefinite one, a relative clause", () => {
    const partners = extract(
      `La [Norvège](country:NO) a signé un accord sur la pêche avec le [Chili](country:CL) et un traité d'amitié avec le [Pérou](country:PE).`,
      "fr",
    );
    expect(relationNames(partners, "PARTY_TO").filter((r) => r.startsWith("Chili ->"))).toEqual([
      "Chili -> Norvège-Chili accord sur la pêche",
    ]);
    const verb = extract(
      `[Norway](country:NO) and [Chile](country:CL) signed a fisheries agreement and discussed a treaty on energy.`,
      "en",
    );
    expect(relationNames(verb, "PARTY_TO").filter((r) => r.includes("treaty"))).toEqual([]);
    const definite = extract(
      `La [Norvège](country:NO) et le [Chili](country:CL) ont signé un accord sur la pêche, le traité sur l'énergie restant en suspens.`,
      "fr",
    );
    expect(relationNames(definite, "PARTY_TO").filter((r) => r.includes("traité"))).toEqual([]);
    const relative = extract(
      `[Norway](country:NO) and [Chile](country:CL) signed an agreement on fisheries, which a protocol on customs will complete.`,
      "en",
    );
    expect(relationNames(relative, "PARTY_TO").filter((r) => r.includes("protocol"))).toEqual([]);
  });

  it("a topic ends before a coordinated agreement: 'un mémorandum sur la formation et une lettre d'intention sur …'", () => {
    const fr = extract(`La [Norvège](country:NO) a signé un mémorandum sur la formation et une lettre d'intention sur la défense.`, "fr");
    expect(agreements(fr)).toEqual(["lettre d'intention sur la défense", "mémorandum sur la formation"]);
    const en = extract(`[Norway](country:NO) signed a memorandum on training and a letter of intent on defence.`, "en");
    expect(agreements(en)).toEqual(["letter of intent on defence", "memorandum on training"]);
    // Not before other words: "sur la pêche et les ressources marines" stays one topic.
    const topic = extract(`La [Norvège](country:NO) a signé un mémorandum sur la pêche et les ressources marines.`, "fr");
    expect(agreements(topic)).toEqual(["mémorandum sur la pêche et les ressources marines"]);
  });
});

describe("two signings told in one sentence, each with its own sides", () => {
  const sides = (out: ReturnType<typeof extract>) =>
    out.events
      .filter((e) => e.type === "Signing")
      .map((e) => [...e.participants].sort().join("+"))
      .sort();

  it("'X signed a pact with Y, and Z signed a deal with W', 'X a signé un accord avec Y, tandis que Z a signé un traité avec W'", () => {
    const en = extract(
      `[Norway](country:NO) signed a defence pact with [Chile](country:CL), and [Peru](country:PE) signed a trade deal with [Japan](country:JP).`,
      "en",
    );
    expect(sides(en)).toEqual(["country:CL+country:NO", "country:JP+country:PE"]);
    expect(relationNames(en, "PARTY_TO")).toEqual([
      "Chile -> Norway-Chile defence pact",
      "Japan -> Peru-Japan trade deal",
      "Norway -> Norway-Chile defence pact",
      "Peru -> Peru-Japan trade deal",
    ]);
    const fr = extract(
      `La [Norvège](country:NO) a signé un accord sur la pêche avec le [Chili](country:CL), tandis que le [Pérou](country:PE) a signé un traité avec le [Japon](country:JP).`,
      "fr",
    );
    expect(sides(fr)).toEqual(["country:CL+country:NO", "country:JP+country:PE"]);
    expect(relationNames(fr, "PARTY_TO")).toEqual([
      "Chili -> Norvège-Chili accord sur la pêche",
      "Japon -> Pérou-Japon traité",
      "Norvège -> Norvège-Chili accord sur la pêche",
      "Pérou -> Pérou-Japon traité",
    ]);
  });

  it("one verb, several partners, or one agreement signed again: one signing", () => {
    const list = extract(
      `[Norway](country:NO) signed a defence pact with [Chile](country:CL), [Peru](country:PE) and [Japan](country:JP).`,
      "en",
    );
    expect(sides(list)).toEqual(["country:CL+country:JP+country:NO+country:PE"]);
    const again = extract(
      `La [Norvège](country:NO) a signé le traité avec le [Chili](country:CL), et le [Pérou](country:PE) l'a signé ensuite.`,
      "fr",
    );
    expect(again.entities.filter((e) => e.type === "Agreement")).toHaveLength(1);
  });
});

describe("an honorific style before a subject in apposition", () => {
  it("'The Defence Minister, Dr. X, signed …', 'Le ministre de la Défense, Dr X, a signé …': X signs", () => {
    const en = extract(
      `The {Defence Minister}(${DM} country:NO), Dr. [Ola Berg](person:ola-berg), signed a pact with [Chile](country:CL) on Monday.`,
      "en",
    );
    expect(signingPeople(en)).toEqual([["Ola Berg"]]);
    const fr = extract(
      `Le {ministre de la Défense}(${DM} country:NO), Dr [Ola Berg](person:ola-berg), a signé lundi un accord avec le [Chili](country:CL).`,
      "fr",
    );
    expect(signingPeople(fr)).toEqual([["Ola Berg"]]);
  });
});

describe("a passive signing whose signers come after its circumstances of time and place", () => {
  const CEO = "title:chief-executive Chief_Executive executive";
  it("'was signed on Monday at the ministry in Riga by X, …, and Y, …': X and Y sign", () => {
    const en = extract(
      `The [Baltic Radar Accord](agreement:baltic-radar) was signed on Monday at the defence ministry in [Riga](place:riga) by [Ilze Kalnina](person:ilze-kalnina), acting head of [Latvia](country:LV)'s procurement agency, and [Sven Ahlberg](person:sven-ahlberg), a {vice-president}(title:vice-president Vice_President executive) of [Saab](org:saab).`,
      "en",
    );
    expect(signed(en)).toEqual(["Ilze Kalnina -> Baltic Radar Accord", "Sven Ahlberg -> Baltic Radar Accord"]);
    expect(signingPeople(en)).toEqual([["Ilze Kalnina", "Sven Ahlberg"]]);
    const titled = extract(
      `The contract was signed last week in the main hall of the ministry in [Vilnius](place:vilnius) by {Defence Minister}(${DM} country:LT) [Rasa Petraitė](person:rasa-petraite) and [Saab](org:saab) {chief executive}(${CEO}) [Nils Ek](person:nils-ek).`,
      "en",
    );
    expect(signingPeople(titled)).toEqual([["Nils Ek", "Rasa Petraitė"]]);
  });

  it("'a été paraphé lundi au siège du ministère à Jakarta par X et par Y': X et Y signent", () => {
    const fr = extract(
      `L'[accord de Surabaya](agreement:surabaya-accord) a été paraphé lundi au siège du ministère à [Jakarta](place:jakarta) par le {PDG}(${CEO}) de [Naval Group](org:naval-group), [Luc Garnier](person:luc-garnier), et par le {ministre indonésien de la Défense}(${DM} country:ID), [Budi Hartono](person:budi-hartono).`,
      "fr",
    );
    expect(signed(fr)).toEqual(["Budi Hartono -> accord de Surabaya", "Luc Garnier -> accord de Surabaya"]);
    expect(signingPeople(fr)).toEqual([["Budi Hartono", "Luc Garnier"]]);
  });

  it("the 'by'/'par' of another verb or participle between is no signer's: 'at a ceremony hosted by X', 'lors d'une réunion présidée par X', 'and hailed by X'", () => {
    const hosted = extract(
      `The [Baltic Radar Accord](agreement:baltic-radar) was signed on Monday at a ceremony in [Riga](place:riga) hosted by [Ilze Kalnina](person:ilze-kalnina).`,
      "en",
    );
    expect(signed(hosted)).toEqual([]);
    expect(signingPeople(hosted).flat()).toEqual([]);
    const hailed = extract(
      `The [Baltic Radar Accord](agreement:baltic-radar) was signed on Monday in [Riga](place:riga) and hailed by [Ilze Kalnina](person:ilze-kalnina).`,
      "en",
    );
    expect(signed(hailed)).toEqual([]);
    const chaired = extract(
      `L'[accord de Surabaya](agreement:surabaya-accord) a été signé lundi lors d'une réunion à [Jakarta](place:jakarta) présidée par [Budi Hartono](person:budi-hartono).`,
      "fr",
    );
    expect(signed(chaired)).toEqual([]);
    const relative = extract(
      `L'[accord de Surabaya](agreement:surabaya-accord) a été signé lundi à [Jakarta](place:jakarta), qui a été choisie par [Budi Hartono](person:budi-hartono).`,
      "fr",
    );
    expect(signed(relative)).toEqual([]);
  });
});

describe("a passive signing told at the occasion of the event before: 'devrait y être signé', 'should be signed there'", () => {
  const VISIT_EN = `{President}(${PRES} country:PL) [Jan Nowak](person:jan-nowak) will travel to [Kyiv](place:kyiv) next week to meet {President}(${PRES} country:UA) [Oleh Bondar](person:oleh-bondar).`;
  const VISIT_FR = `Le {président}(${PRES} country:PL) [Jan Nowak](person:jan-nowak) se rendra la semaine prochaine à [Kiev](place:kyiv) pour rencontrer le {président}(${PRES} country:UA) [Oleh Bondar](person:oleh-bondar).`;
  /** Each Signing event as its status and its people, sorted. */
  const signings = (out: ReturnType<typeof extract>) =>
    out.events.filter((e) => e.type === "Signing").map((e) => [e.status, ...e.participants.filter((p) => p.startsWith("person:")).sort()]);
  const planned = [["planned", "person:jan-nowak", "person:oleh-bondar"]];

  it("is a planned signing of the participants of the event told before", () => {
    expect(signings(extract(`${VISIT_EN} A defence protocol should be signed there.`, "en"))).toEqual(planned);
    expect(signings(extract(`${VISIT_EN} A defence protocol will be signed on that occasion.`, "en"))).toEqual(planned);
    expect(signings(extract(`${VISIT_FR} Un mémorandum de défense devrait y être signé.`, "fr"))).toEqual(planned);
    expect(signings(extract(`${VISIT_FR} Un accord de défense y sera signé.`, "fr"))).toEqual(planned);
    expect(signings(extract(`${VISIT_FR} Un mémorandum sera paraphé à cette occasion.`, "fr"))).toEqual(planned);
  });

  it("'should sign' tells a planned signing", () => {
    expect(signings(extract(`${VISIT_EN} The two presidents should sign a defence protocol.`, "en"))).toEqual(planned);
  });

  it("no occasion named, or an agent named: not the event's participants", () => {
    expect(signings(extract(`${VISIT_EN} A defence protocol should be signed.`, "en"))).toEqual([]);
    expect(signings(extract(`${VISIT_FR} Un mémorandum de défense devrait être signé.`, "fr"))).toEqual([]);
    expect(signings(extract(`${VISIT_FR} En 2019, un mémorandum y avait été évoqué puis un autre a été signé.`, "fr"))).toEqual([]);
    // "there" a place only, no event told before it.
    const place = `{President}(${PRES} country:PL) [Jan Nowak](person:jan-nowak) opened a shipyard in [Gdynia](place:gdynia) with [Oleh Bondar](person:oleh-bondar).`;
    expect(signings(extract(`${place} A supply contract was signed there.`, "en"))).toEqual([]);
    const agent = extract(`${VISIT_EN} A defence protocol should be signed there by [Ewa Lis](person:ewa-lis).`, "en");
    expect(signings(agent)).toEqual([["planned", "person:ewa-lis"]]);
  });
});
