/**
 * Each relation rule on its own, in French and in English (sentences written for these tests),
 * then the vetoes, then the rules together through the whole extraction stage.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { buildContext } from "../../../ingest/extract/context.js";
import { defaultLexicon } from "../../../ingest/extract/lexicon.js";
import { extractRoles } from "../../../ingest/extract/roles.js";
import { findAgreements } from "../../../ingest/extract/agreements.js";
import { relationCuesFor } from "../../../ingest/extract/relation-cues.js";
import { buildReading, readRelations, SENTENCE_RULES } from "../../../ingest/extract/relation-rules/index.js";
import { linkedDocument, testKnowledge, extractionTools as tools } from "./linked-markup.js";
import { relationNames } from "./relation-names.js";
import { PhraseSet, plainWordsOf, SentenceTokens } from "../../../ingest/extract/sentence-tokens.js";

function reading(markup: string, language: string) {
  const ctx = buildContext(linkedDocument(markup, { published: "2026-02-02", language }), testKnowledge, defaultLexicon(language), tools);
  const cues = relationCuesFor(language);
  if (!cues) throw new Error(`no cues for ${language}`);
  const agreements = findAgreements(ctx);
  const names = new Map(agreements.newEntities.map((e) => [e.id, e.name]));
  return { r: buildReading(ctx, cues, extractRoles(ctx).roles, [], agreements.mentions), names };
}

/** What one rule reads in the markup: "source TYPE target", with the name of an agreement found by shape. */
function rule(name: string, markup: string, language: string): string[] {
  const { r, names } = reading(markup, language);
  const found = SENTENCE_RULES.find((x) => x.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return r.ctx.sentences
    .flatMap((_, i) => {
      const read = found.read(r, i);
      // The gate of readRelations never passes over a sentence the rule reads something in.
      if (read.length > 0) expect(found.triggers(r.cues).some((set) => set.mayOccurIn(plainWordsOf(r.ctx, i)))).toBe(true);
      return read;
    })
    .map((c) => `${c.source} ${c.type} ${names.get(c.target) ?? c.target}`)
    .sort();
}

/** What all the rules and vetoes keep. */
function kept(markup: string, language: string): string[] {
  const { r } = reading(markup, language);
  return readRelations(r)
    .map((c) => `${c.source} ${c.type} ${c.target}`)
    .sort();
}

describe("membership rules", () => {
  it("memberPredicate: a copula or an apposition before a member noun and its organisation", () => {
    expect(rule("memberPredicate", `Le [Monténégro](country:ME) est devenu le 29e membre de l'[OTAN](org:nato) en 2017.`, "fr")).toEqual([
      "country:ME MEMBER_OF org:nato",
    ]);
    expect(
      rule("memberPredicate", `[NATO](org:nato) leaders met in Vilnius. [Finland](country:FI) became the alliance's newest member.`, "en"),
    ).toEqual(["country:FI MEMBER_OF org:nato"]);
    expect(rule("memberPredicate", `[Norway](country:NO), a founding member of [NATO](org:nato), hosted the meeting.`, "en")).toEqual([
      "country:NO MEMBER_OF org:nato",
    ]);
    expect(
      rule("memberPredicate", `La [Suède](country:SE), devenue membre à part entière de l'[OTAN](org:nato), a hissé son drapeau.`, "fr"),
    ).toEqual(["country:SE MEMBER_OF org:nato"]);
  });

  it("memberPredicate: organisations coordinated with the complement, past an acronym or a relative clause", () => {
    expect(
      rule(
        "memberPredicate",
        `La [Gambie](country:GM) est membre de la [Cédéao](org:ecowas), qui compte quinze pays, et de l'[Union africaine](org:african-union).`,
        "fr",
      ),
    ).toEqual(["country:GM MEMBER_OF org:african-union", "country:GM MEMBER_OF org:ecowas"]);
    expect(
      rule(
        "memberPredicate",
        `[Ghana](country:GH) is a member of [ECOWAS](org:ecowas) and of the [African Union](org:african-union).`,
        "en",
      ),
    ).toEqual(["country:GH MEMBER_OF org:african-union", "country:GH MEMBER_OF org:ecowas"]);
    // Coordinated with a determiner and no "of": "a member of A and the B".
    expect(
      rule(
        "memberPredicate",
        `[Kenya](country:KE), a member of the [Commonwealth](org:commonwealth) and the [African Union](org:african-union), hosted the talks.`,
        "en",
      ),
    ).toEqual(["country:KE MEMBER_OF org:african-union", "country:KE MEMBER_OF org:commonwealth"]);
    // What follows the coordinator is another clause, not a second complement.
    expect(
      rule(
        "memberPredicate",
        `Le [Mali](country:ML) est membre de l'[Union africaine](org:african-union) et la [Côte d'Ivoire](country:CI) a salué la décision.`,
        "fr",
      ),
    ).toEqual(["country:ML MEMBER_OF org:african-union"]);
    expect(
      rule(
        "memberPredicate",
        `[Ghana](country:GH) is a member of [ECOWAS](org:ecowas), hosted by [Nigeria](country:NG), and of the [African Union](org:african-union).`,
        "en",
      ),
    ).toEqual(["country:GH MEMBER_OF org:ecowas"]);
  });

  it("memberPredicate: not for observers, associates, former members or a negation", () => {
    expect(
      rule("memberPredicate", `Le [Groenland](country:GL) n'est que membre observateur du [Conseil nordique](org:nordic-council).`, "fr"),
    ).toEqual([]);
    expect(rule("memberPredicate", `[Georgia](country:GE) is not a member of [NATO](org:nato).`, "en")).toEqual([]);
    expect(rule("memberPredicate", `[Chile](country:CL) is an associate member of [Mercosur](org:mercosur).`, "en")).toEqual([]);
  });

  it("memberPredicate: members listed before a counted apposition; a membership with no complement is of the article's organisation", () => {
    expect(
      rule(
        "memberPredicate",
        `L'[Argentine](country:AR), le [Brésil](country:BR) et l'[Uruguay](country:UY), les trois membres fondateurs du [Mercosur](org:mercosur), étaient là.`,
        "fr",
      ),
    ).toEqual(["country:AR MEMBER_OF org:mercosur", "country:BR MEMBER_OF org:mercosur", "country:UY MEMBER_OF org:mercosur"]);
    expect(
      rule(
        "memberPredicate",
        `Le [Mercosur](org:mercosur) s'élargit. La [Bolivie](country:BO), devenue membre à part entière en 2024, votera.`,
        "fr",
      ),
    ).toEqual(["country:BO MEMBER_OF org:mercosur"]);
  });

  it("memberApposition: the member named after a comma", () => {
    expect(
      rule(
        "memberApposition",
        `[ECOWAS](org:ecowas) met on Monday. Talks with the bloc's largest member, [Nigeria](country:NG), stalled.`,
        "en",
      ),
    ).toEqual(["country:NG MEMBER_OF org:ecowas"]);
    expect(
      rule("memberApposition", `Le membre fondateur de l'[OTAN](org:nato), la [Belgique](country:BE), accueille le sommet.`, "fr"),
    ).toEqual(["country:BE MEMBER_OF org:nato"]);
  });

  it("memberPredicate: countries before a member phrase in apposition, 'tous deux', 'both' before the noun", () => {
    expect(
      rule(
        "memberPredicate",
        `Le [Liban](country:LB) et le [Qatar](country:QA), tous deux membres de la [Ligue arabe](org:arab-league), ont signé un accord.`,
        "fr",
      ),
    ).toEqual(["country:LB MEMBER_OF org:arab-league", "country:QA MEMBER_OF org:arab-league"]);
    expect(
      rule("memberPredicate", `[India](country:IN) and [Japan](country:JP), both members of the [Quad](org:quad), signed the pact.`, "en"),
    ).toEqual(["country:IN MEMBER_OF org:quad", "country:JP MEMBER_OF org:quad"]);
    expect(rule("memberPredicate", `[India](country:IN) met members of the [Quad](org:quad), then left.`, "en")).toEqual([]);
  });

  it("orgMemberNoun: 'NATO members X and Y', 'X, a NATO member', not a former or observer member", () => {
    expect(
      rule("orgMemberNoun", `[NATO](org:nato) members [Romania](country:RO) and [Bulgaria](country:BG) backed the plan.`, "en"),
    ).toEqual(["country:BG MEMBER_OF org:nato", "country:RO MEMBER_OF org:nato"]);
    expect(rule("orgMemberNoun", `Fellow [EU](org:eu) member [Hungary](country:HU) objected.`, "en")).toEqual([
      "country:HU MEMBER_OF org:eu",
    ]);
    expect(rule("orgMemberNoun", `[Poland](country:PL), a [NATO](org:nato) member since 1999, signed the deal.`, "en")).toEqual([
      "country:PL MEMBER_OF org:nato",
    ]);
    expect(rule("orgMemberNoun", `Former [EU](org:eu) member [Britain](country:GB) stayed out.`, "en")).toEqual([]);
    expect(rule("orgMemberNoun", `[NATO](org:nato) members met in [Brussels](place:brussels) with [Ukraine](country:UA).`, "en")).toEqual(
      [],
    );
    expect(rule("orgMemberNoun", `[Serbia](country:RS), not an [EU](org:eu) member, abstained.`, "en")).toEqual([]);
  });

  it("joinVerb: a finite verb of joining, not a wish nor a negation", () => {
    expect(rule("joinVerb", `La [Croatie](country:HR) a officiellement rejoint l'[espace Schengen](org:schengen) en 2023.`, "fr")).toEqual([
      "country:HR MEMBER_OF org:schengen",
    ]);
    expect(rule("joinVerb", `[Sweden](country:SE) formally joined [NATO](org:nato) in March.`, "en")).toEqual([
      "country:SE MEMBER_OF org:nato",
    ]);
    expect(rule("joinVerb", `La [Serbie](country:RS) n'a pas rejoint l'[UE](org:eu).`, "fr")).toEqual([]);
    expect(rule("joinVerb", `[Moldova](country:MD) hopes to join the [EU](org:eu) and could have joined [NATO](org:nato).`, "en")).toEqual(
      [],
    );
  });

  it("rejoinVerb: rejoining after leaving is a membership no withdrawal undoes", () => {
    expect(
      kept(`The [African Union](org:au) met. [Morocco](country:MA), which left the organisation in 1984, rejoined it in 2017.`, "en"),
    ).toEqual(["country:MA MEMBER_OF org:au"]);
    expect(rule("rejoinVerb", `L'[Union africaine](org:au) s'est réunie. Le [Maroc](country:MA) l'a réintégrée en 2017.`, "fr")).toEqual([
      "country:MA MEMBER_OF org:au",
    ]);
  });

  it("foundedByThem: the countries the sentence opens with founded the organisation 'qu'ils avaient fondée', 'which they founded'", () => {
    expect(
      rule(
        "foundedByThem",
        `Les dirigeants du [Kenya](country:KE), de l'[Ouganda](country:UG) et de la [Tanzanie](country:TZ) se sont réunis à Arusha pour le sommet de la [Communauté d'Afrique de l'Est](org:eac) (CAE), qu'ils avaient fondée en 1967.`,
        "fr",
      ),
    ).toEqual(["country:KE MEMBER_OF org:eac", "country:TZ MEMBER_OF org:eac", "country:UG MEMBER_OF org:eac"]);
    expect(
      rule(
        "foundedByThem",
        `Leaders of [Chile](country:CL), [Colombia](country:CO), [Mexico](country:MX) and [Peru](country:PE) met in Lima for a summit of the [Pacific Alliance](org:pa), which they founded in 2011.`,
        "en",
      ),
    ).toEqual(["country:CL MEMBER_OF org:pa", "country:CO MEMBER_OF org:pa", "country:MX MEMBER_OF org:pa", "country:PE MEMBER_OF org:pa"]);
    // One country named: "they" are not its founders.
    expect(
      rule(
        "foundedByThem",
        `The president of [Chile](country:CL) attended a summit of the [Pacific Alliance](org:pa), which they founded in 2011.`,
        "en",
      ),
    ).toEqual([]);
  });

  it("joinedMembers: the three or more countries a country joins are members of the article's organisation", () => {
    expect(
      rule(
        "joinedMembers",
        `Le [Mercosur](org:mercosur) a tenu son sommet à Asuncion. La [Bolivie](country:BO) rejoint ainsi l'[Argentine](country:AR), le [Brésil](country:BR) et le [Paraguay](country:PY), ainsi que l'[Uruguay](country:UY).`,
        "fr",
      ),
    ).toEqual([
      "country:AR MEMBER_OF org:mercosur",
      "country:BO MEMBER_OF org:mercosur",
      "country:BR MEMBER_OF org:mercosur",
      "country:PY MEMBER_OF org:mercosur",
      "country:UY MEMBER_OF org:mercosur",
    ]);
    expect(
      rule(
        "joinedMembers",
        `The [ASEAN](org:asean) summit opened in Dili. [Timor-Leste](country:TL) joins [Indonesia](country:ID), [Malaysia](country:MY) and [Thailand](country:TH) as a full member.`,
        "en",
      ),
    ).toEqual([
      "country:ID MEMBER_OF org:asean",
      "country:MY MEMBER_OF org:asean",
      "country:TH MEMBER_OF org:asean",
      "country:TL MEMBER_OF org:asean",
    ]);
    // Two countries joined in an action: no membership.
    expect(
      rule(
        "joinedMembers",
        `The [NATO](org:nato) summit opened. [France](country:FR) joined [Germany](country:DE) and [Italy](country:IT) in condemning the coup.`,
        "en",
      ),
    ).toEqual([]);
  });

  it("joinVerb: joining a programme is taking part in it", () => {
    expect(rule("joinVerb", `[Japan](country:JP) joined the [GCAP](program:gcap) in 2022.`, "en")).toEqual([
      "country:JP PARTICIPATES_IN program:gcap",
    ]);
  });

  it("accessionNoun: whose accession to what; not a bid nor an indefinite prospect", () => {
    expect(rule("accessionNoun", `L'adhésion de la [Croatie](country:HR) à l'[UE](org:eu) date de 2013.`, "fr")).toEqual([
      "country:HR MEMBER_OF org:eu",
    ]);
    expect(rule("accessionNoun", `[Finland](country:FI)'s accession to [NATO](org:nato) doubled its border with Russia.`, "en")).toEqual([
      "country:FI MEMBER_OF org:nato",
    ]);
    expect(rule("accessionNoun", `Ils ont évoqué une adhésion de l'[Ukraine](country:UA) à l'[OTAN](org:nato).`, "fr")).toEqual([]);
    expect(rule("accessionNoun", `[Ukraine](country:UA)'s bid for membership of [NATO](org:nato) stalled.`, "en")).toEqual([]);
  });

  it("accessionNoun: 'the bloc' stands for the organisation of the article, 'le pays' for its country", () => {
    expect(
      rule(
        "accessionNoun",
        `Le [Timor oriental](country:TL) a rejoint l'[ASEAN](org:asean). Son président a salué l'intégration du pays dans le bloc.`,
        "fr",
      ),
    ).toEqual(["country:TL MEMBER_OF org:asean"]);
  });

  it("admittedInto: an organisation admits countries, or countries were admitted to it", () => {
    expect(
      rule(
        "admittedInto",
        `Le [Forum du Sahel](org:sahel-forum), jusqu'ici composé de cinq pays, a accepté en son sein le [Tchad](country:TD) et le [Niger](country:NE).`,
        "fr",
      ),
    ).toEqual(["country:NE MEMBER_OF org:sahel-forum", "country:TD MEMBER_OF org:sahel-forum"]);
    expect(rule("admittedInto", `[Timor-Leste](country:TL) was admitted as a full member of [ASEAN](org:asean) in 2025.`, "en")).toEqual([
      "country:TL MEMBER_OF org:asean",
    ]);
  });

  it("groupingList: the members listed after the organisation", () => {
    expect(
      rule(
        "groupingList",
        `[Poland](country:PL) is a member of the [Weimar Triangle](org:weimar), which also includes [France](country:FR) and [Germany](country:DE).`,
        "en",
      ),
    ).toEqual(["country:DE MEMBER_OF org:weimar", "country:FR MEMBER_OF org:weimar"]);
    expect(
      rule(
        "groupingList",
        `Le [Groupe de Visegrád](org:v4), qui réunit la [Pologne](country:PL), la [Hongrie](country:HU), la [Tchéquie](country:CZ) et la [Slovaquie](country:SK), s'est réuni.`,
        "fr",
      ),
    ).toEqual(["country:CZ MEMBER_OF org:v4", "country:HU MEMBER_OF org:v4", "country:PL MEMBER_OF org:v4", "country:SK MEMBER_OF org:v4"]);
  });

  it("groupingList: past an apposition that describes the grouping", () => {
    expect(
      rule(
        "groupingList",
        `They met before a summit of the [SADC](org:sadc), the regional bloc that also includes [Angola](country:AO) and [Zambia](country:ZM).`,
        "en",
      ),
    ).toEqual(["country:AO MEMBER_OF org:sadc", "country:ZM MEMBER_OF org:sadc"]);
    expect(
      rule(
        "groupingList",
        `La [CAE](org:eac), le bloc régional qui réunit le [Kenya](country:KE) et l'[Ouganda](country:UG), s'est réunie.`,
        "fr",
      ),
    ).toEqual(["country:KE MEMBER_OF org:eac", "country:UG MEMBER_OF org:eac"]);
    // A named thing in between is not an apposition of the grouping.
    expect(
      rule(
        "groupingList",
        `The [SADC](org:sadc) met, as [Namibia](country:NA) said, a body that also includes [Angola](country:AO).`,
        "en",
      ),
    ).toEqual([]);
  });

  it("foundedBy: founders before or after the founded body, passive or active; the list ends at its last coordinated item", () => {
    expect(
      rule(
        "foundedBy",
        `Fondée en 1967 par l'[Indonésie](country:ID), la [Malaisie](country:MY) et les [Philippines](country:PH), l'[ASEAN](org:asean) compte aujourd'hui dix membres.`,
        "fr",
      ),
    ).toEqual(["country:ID MEMBER_OF org:asean", "country:MY MEMBER_OF org:asean", "country:PH MEMBER_OF org:asean"]);
    expect(
      rule(
        "foundedBy",
        `[Brazil](country:BR), [Russia](country:RU), [India](country:IN) and [China](country:CN) founded [BRIC](org:bric) in 2009.`,
        "en",
      ),
    ).toEqual([
      "country:BR MEMBER_OF org:bric",
      "country:CN MEMBER_OF org:bric",
      "country:IN MEMBER_OF org:bric",
      "country:RU MEMBER_OF org:bric",
    ]);
    expect(
      rule("foundedBy", `[BRICS](org:brics) met. The group was created in 2009 by [Brazil](country:BR) and [Russia](country:RU).`, "en"),
    ).toEqual(["country:BR MEMBER_OF org:brics", "country:RU MEMBER_OF org:brics"]);
    expect(
      rule(
        "foundedBy",
        `Le [Mali](country:ML) et le [Niger](country:NE) ont quitté la CEDEAO. Les deux pays avaient déjà fondé l'[Alliance du Sahel](org:aes) en 2023.`,
        "fr",
      ),
    ).toEqual(["country:ML MEMBER_OF org:aes", "country:NE MEMBER_OF org:aes"]);
    expect(
      rule("foundedBy", `[Mercosul](org:mercosur), established by [Brazil](country:BR) and [Argentina](country:AR) in 1991, met.`, "en"),
    ).toEqual(["country:AR MEMBER_OF org:mercosur", "country:BR MEMBER_OF org:mercosur"]);
  });
});

describe("group rules", () => {
  it("groupList: 'the other member states are …' with the organisation the noun points at", () => {
    expect(
      rule(
        "groupList",
        `L'[Estonie](country:EE) préside le [Conseil balte](org:baltic-council). Les autres États membres du bloc sont la [Lettonie](country:LV) et la [Lituanie](country:LT).`,
        "fr",
      ),
    ).toEqual(["country:LT MEMBER_OF org:baltic-council", "country:LV MEMBER_OF org:baltic-council"]);
  });

  it("groupList: a counted group and its list after a colon, for the programme named between", () => {
    expect(
      rule(
        "groupList",
        `Three client nations are involved in the [Tiger](program:tiger) helicopter programme: [Spain](country:ES), [France](country:FR) and [Germany](country:DE).`,
        "en",
      ),
    ).toEqual([
      "country:DE PARTICIPATES_IN program:tiger",
      "country:ES PARTICIPATES_IN program:tiger",
      "country:FR PARTICIPATES_IN program:tiger",
    ]);
    expect(
      rule(
        "groupList",
        `Le [drone Aquila](program:aquila) avance. L'agence représente les trois clients de lancement : la [Grèce](country:GR), [Chypre](country:CY) et [Malte](country:MT).`,
        "fr",
      ),
    ).toEqual([
      "country:CY PARTICIPATES_IN program:aquila",
      "country:GR PARTICIPATES_IN program:aquila",
      "country:MT PARTICIPATES_IN program:aquila",
    ]);
  });

  it("groupList: 'the 12 countries include …' acts as the twelve countries did before", () => {
    expect(
      rule(
        "groupList",
        `Twelve countries signed the [Pacific Pact](agreement:pacific-pact) on Monday. The 12 countries include [Chile](country:CL), [Peru](country:PE) and [Mexico](country:MX).`,
        "en",
      ),
    ).toEqual([
      "country:CL PARTY_TO agreement:pacific-pact",
      "country:MX PARTY_TO agreement:pacific-pact",
      "country:PE PARTY_TO agreement:pacific-pact",
    ]);
  });
});

describe("party and signatory rules", () => {
  it("signedBy: the agent list after a passive signing, past a date and a place", () => {
    expect(
      rule(
        "signedBy",
        `Une déclaration d'intention a été signée mardi à [Berlin](place:berlin) par l'[Allemagne](country:DE), la [Pologne](country:PL) et la [Lituanie](country:LT).`,
        "fr",
      ),
    ).toEqual([
      "country:DE PARTY_TO déclaration d'intention",
      "country:LT PARTY_TO déclaration d'intention",
      "country:PL PARTY_TO déclaration d'intention",
    ]);
  });

  it("signedBy: signatories with their titles; someone they represented did not sign", () => {
    expect(
      rule(
        "signedBy",
        `The [Gulf Accord](agreement:gulf-accord) was jointly signed by [Ali Hassan](person:ali-hassan), Minister of Trade, who represented King [Omar Said](person:omar-said); [Jane Roe](person:jane-roe) and [Li Wei](person:li-wei).`,
        "en",
      ),
    ).toEqual([
      "person:ali-hassan SIGNED agreement:gulf-accord",
      "person:jane-roe SIGNED agreement:gulf-accord",
      "person:li-wei SIGNED agreement:gulf-accord",
    ]);
  });

  it("signedBy: after 'et par'/'and by', a signatory described in words no title list knows", () => {
    expect([
      ...new Set(
        rule(
          "signedBy",
          `Le [Pacte d'Oyo](agreement:oyo-pact) a été signé par [Ana Ruiz](person:ana-ruiz), {présidente}(title:ceo Chief_Executive executive org:acme) d'[Acme](org:acme), et par le directeur de l'agence des achats militaires, [Ken Obi](person:ken-obi).`,
          "fr",
        ),
      ),
    ]).toEqual([
      "org:acme PARTY_TO agreement:oyo-pact",
      "person:ana-ruiz SIGNED agreement:oyo-pact",
      "person:ken-obi SIGNED agreement:oyo-pact",
    ]);
    expect(
      rule(
        "signedBy",
        `The [Oyo Pact](agreement:oyo-pact) was signed by [Ana Ruiz](person:ana-ruiz) and by the head of the national procurement office, [Ken Obi](person:ken-obi), in the presence of [Joe Hall](person:joe-hall).`,
        "en",
      ),
    ).toEqual(["person:ana-ruiz SIGNED agreement:oyo-pact", "person:ken-obi SIGNED agreement:oyo-pact"]);
  });

  it("signedBy: a title standing alone signs for its country; 'le texte' refers back to the agreement", () => {
    expect(
      rule(
        "signedBy",
        `Le [Maroc](country:MA) et la [Mauritanie](country:MR) ont signé lundi un accord de défense. Le texte a été paraphé par le {ministre marocain de la Défense}(title:defence-minister Defence_Minister minister country:MA) et son {homologue mauritanien}(- counterpart minister country:MR counterpart).`,
        "fr",
      ),
    ).toEqual(["country:MA PARTY_TO accord de défense", "country:MR PARTY_TO accord de défense"]);
  });

  it("signedBy: 'the signature by A and B of' an agreement told after them", () => {
    expect(
      rule(
        "signedBy",
        `The minister announced the signature by [Norway](country:NO) and [Iceland](country:IS) of a [Fisheries Accord](agreement:fisheries-accord).`,
        "en",
      ),
    ).toEqual(["country:IS PARTY_TO agreement:fisheries-accord", "country:NO PARTY_TO agreement:fisheries-accord"]);
  });

  it("signingSubject: the subjects of a signing verb, a minister's country, and the party after 'with'", () => {
    expect(
      rule(
        "signingSubject",
        `La [France](country:FR) et l'[Italie](country:IT) ont signé vendredi le [traité d'Ancône](agreement:ancona-treaty).`,
        "fr",
      ),
    ).toEqual(["country:FR PARTY_TO agreement:ancona-treaty", "country:IT PARTY_TO agreement:ancona-treaty"]);
    expect(
      rule(
        "signingSubject",
        `Le {ministre de la Défense}(title:defence-minister Defence_Minister minister country:JP) du [Japon](country:JP), [Ken Ito](person:ken-ito), a signé le [pacte de Suva](agreement:suva-pact) avec les [Fidji](country:FJ).`,
        "fr",
      ),
    ).toEqual([
      "country:FJ PARTY_TO agreement:suva-pact",
      "country:JP PARTY_TO agreement:suva-pact",
      "person:ken-ito SIGNED agreement:suva-pact",
    ]);
  });

  it("signingSubject: subjects behind honorifics; agreements coordinated after the object have the same signers", () => {
    expect(
      rule(
        "signingSubject",
        `M. [Ugo Lenti](person:ugo-lenti) et Mme [Ana Sato](person:ana-sato) ont signé le [pacte de Gênes](agreement:genoa-pact).`,
        "fr",
      ),
    ).toEqual(["person:ana-sato SIGNED agreement:genoa-pact", "person:ugo-lenti SIGNED agreement:genoa-pact"]);
    expect(
      rule(
        "signingSubject",
        `Mr [Ugo Lenti](person:ugo-lenti) and Ms [Ana Sato](person:ana-sato) signed the [Genoa Pact](agreement:genoa-pact) and then signed the [Levante Arrangement](agreement:levante).`,
        "en",
      ),
    ).toEqual([
      "person:ana-sato SIGNED agreement:genoa-pact",
      "person:ana-sato SIGNED agreement:levante",
      "person:ugo-lenti SIGNED agreement:genoa-pact",
      "person:ugo-lenti SIGNED agreement:levante",
    ]);
    expect(
      rule(
        "signingSubject",
        `[Japan](country:JP) a signé le [pacte de Gênes](agreement:genoa-pact), ainsi que l'[accord de Trieste](agreement:trieste).`,
        "fr",
      ),
    ).toEqual(["country:JP PARTY_TO agreement:genoa-pact", "country:JP PARTY_TO agreement:trieste"]);
    // Another subject signs the second one: not coordinated with the first object.
    expect(
      rule(
        "signingSubject",
        `[Japan](country:JP) signed the [Genoa Pact](agreement:genoa-pact), and [Italy](country:IT) signed the [Trieste Accord](agreement:trieste).`,
        "en",
      ),
    ).toEqual(["country:IT PARTY_TO agreement:trieste", "country:JP PARTY_TO agreement:genoa-pact"]);
  });

  it("signingSubject: comparable deals with another country do not make it a party to this one", () => {
    expect(
      rule(
        "signingSubject",
        `[Japan](country:JP) signed the [Reef Pact](agreement:reef-pact) and has signed comparable deals with [Tonga](country:TO).`,
        "en",
      ),
    ).toEqual(["country:JP PARTY_TO agreement:reef-pact"]);
  });

  it("onBehalfOf: the country another signs for is a party", () => {
    expect(
      rule(
        "onBehalfOf",
        `[Belgium](country:BE) signed the [Benelux Charter](agreement:benelux-charter) on behalf of [Luxembourg](country:LU).`,
        "en",
      ),
    ).toEqual(["country:LU PARTY_TO agreement:benelux-charter"]);
    expect(
      rule("onBehalfOf", `Le ministre a signé l'[accord de Nice](agreement:nice-accord) au nom du [Luxembourg](country:LU).`, "fr"),
    ).toEqual(["country:LU PARTY_TO agreement:nice-accord"]);
  });

  it("betweenParties: 'between A and B', 'qui lie A et B' after the agreement", () => {
    expect(
      rule(
        "betweenParties",
        `Le [pacte d'Ancône](agreement:ancona-pact) qui lie l'[Italie](country:IT) et la [Croatie](country:HR) expire.`,
        "fr",
      ),
    ).toEqual(["country:HR PARTY_TO agreement:ancona-pact", "country:IT PARTY_TO agreement:ancona-pact"]);
    expect(
      rule(
        "betweenParties",
        `The [Danube Treaty](agreement:danube-treaty) between [Austria](country:AT) and [Hungary](country:HU) took effect.`,
        "en",
      ),
    ).toEqual(["country:AT PARTY_TO agreement:danube-treaty", "country:HU PARTY_TO agreement:danube-treaty"]);
  });

  it("betweenParties: 'le texte, qui lie A et B', 'the text, which binds A, B and C' stand for the one agreement just named", () => {
    expect(
      rule(
        "betweenParties",
        `Le [traité de Lomé](agreement:lome-treaty) a été signé hier. Le texte, qui lie le [Togo](country:TG) et le [Ghana](country:GH), entre en vigueur en mai.`,
        "fr",
      ),
    ).toEqual(["country:GH PARTY_TO agreement:lome-treaty", "country:TG PARTY_TO agreement:lome-treaty"]);
    expect(
      rule(
        "betweenParties",
        `The [Volta Treaty](agreement:volta-treaty) was signed on Monday. The text, which binds [Togo](country:TG), [Ghana](country:GH) and [Benin](country:BJ), takes effect in May.`,
        "en",
      ),
    ).toEqual([
      "country:BJ PARTY_TO agreement:volta-treaty",
      "country:GH PARTY_TO agreement:volta-treaty",
      "country:TG PARTY_TO agreement:volta-treaty",
    ]);
  });

  it("boundBy: 'A et B sont liés par le traité', 'A and B are bound by the treaty'", () => {
    expect(
      rule(
        "boundBy",
        `La [Norvège](country:NO) et la [Russie](country:RU) sont liées par le [traité de Svalbard](agreement:svalbard).`,
        "fr",
      ),
    ).toEqual(["country:NO PARTY_TO agreement:svalbard", "country:RU PARTY_TO agreement:svalbard"]);
    expect(
      rule(
        "boundBy",
        `[Japan](country:JP) and the [Philippines](country:PH) are bound by the [Reciprocal Access Agreement](agreement:raa) since 2024.`,
        "en",
      ),
    ).toEqual(["country:JP PARTY_TO agreement:raa", "country:PH PARTY_TO agreement:raa"]);
    expect(rule("boundBy", `[Japan](country:JP) is not bound by the [Ottawa Treaty](agreement:ottawa).`, "en")).toEqual([]);
  });

  it("ratifiedBy: the parliaments that ratified, and the subjects of 'ratified'; not who is due to ratify", () => {
    expect(
      rule(
        "ratifiedBy",
        `Le [protocole de Lomé](agreement:lome-protocol), ratifié par les Parlements du [Togo](country:TG), du [Bénin](country:BJ) et en mars par celui du [Ghana](country:GH), entre en vigueur.`,
        "fr",
      ),
    ).toEqual([
      "country:BJ PARTY_TO agreement:lome-protocol",
      "country:GH PARTY_TO agreement:lome-protocol",
      "country:TG PARTY_TO agreement:lome-protocol",
    ]);
    expect(
      rule("ratifiedBy", `[Chile](country:CL) and [Peru](country:PE) have ratified the [Andes Treaty](agreement:andes-treaty).`, "en"),
    ).toEqual(["country:CL PARTY_TO agreement:andes-treaty", "country:PE PARTY_TO agreement:andes-treaty"]);
    expect(rule("ratifiedBy", `[Turkey](country:TR) is due to ratify the [Andes Treaty](agreement:andes-treaty).`, "en")).toEqual([]);
  });
});

describe("vetoes", () => {
  it("withdrawn: a country that withdrew, was suspended or was pulled out is no member or party", () => {
    expect(
      kept(`[Kenya](country:KE) joined the [Coffee Union](org:coffee-union) in 1990. [Kenya](country:KE) withdrew in 2001.`, "en"),
    ).toEqual([]);
    expect(
      kept(`Le [Mali](country:ML) a rejoint l'[Alliance du Sahel](org:sahel-alliance) en 2023, mais le pays a été suspendu en 2024.`, "fr"),
    ).toEqual([]);
    expect(
      kept(
        `[Chile](country:CL) has ratified the [Pacific Pact](agreement:pacific-pact). Its next president pulled [Chile](country:CL) out of the pact.`,
        "en",
      ),
    ).toEqual([]);
  });

  it("boughtProgramme: the buyer of a programme's aircraft or ships takes no part in the programme", () => {
    expect(
      kept(
        `La [Norvège](country:NO) et le [Chili](country:CL) ont signé mardi un accord pour l'achat de 12 [Falcon](program:falcon) de patrouille.`,
        "fr",
      ).filter((relation) => relation.includes("PARTICIPATES_IN")),
    ).toEqual([]);
    expect(
      kept(
        `[Chile](country:CL) signed an agreement with [Norway](country:NO) for the purchase of 12 [Falcon](program:falcon) jets.`,
        "en",
      ).filter((relation) => relation.includes("PARTICIPATES_IN")),
    ).toEqual([]);
    // Joining or developing a programme is still taking part in it.
    expect(kept(`[Chile](country:CL) joined the [Falcon](program:falcon) programme in 2022 to develop a new jet.`, "en")).toEqual([
      "country:CL PARTICIPATES_IN program:falcon",
    ]);
  });

  it("otherAgreements: a Signing told of similar agreements gives no party to the article's one", () => {
    const { r } = reading(
      `[Japan](country:JP) signed the [Reef Pact](agreement:reef-pact). [Japan](country:JP) has signed similar agreements with [Tonga](country:TO).`,
      "en",
    );
    const fromEvent = {
      type: "PARTY_TO" as const,
      source: "country:TO",
      target: "agreement:reef-pact",
      sentenceIndex: 1,
      confidence: 0.8,
      rule: "signingEvent",
    };
    expect(readRelations(r, [fromEvent]).filter((c) => c.source === "country:TO")).toEqual([]);
  });

  it("otherAgreements: 'those signed with Z' are other agreements; a plain signing with Z keeps its party", () => {
    const fromEvent = (source: string) => ({
      type: "PARTY_TO" as const,
      source,
      target: "agreement:reef-pact",
      sentenceIndex: 1,
      confidence: 0.8,
      rule: "signingEvent",
    });
    const fr = reading(
      `Le [Japon](country:JP) a signé le [pacte du Récif](agreement:reef-pact). C'est le premier pacte de ce genre, après ceux signés avec les [Tonga](country:TO).`,
      "fr",
    );
    expect(readRelations(fr.r, [fromEvent("country:TO")]).filter((c) => c.source === "country:TO")).toEqual([]);
    const en = reading(
      `[Japan](country:JP) signed the [Reef Pact](agreement:reef-pact). It is its first pact of the kind, after the ones signed with [Tonga](country:TO).`,
      "en",
    );
    expect(readRelations(en.r, [fromEvent("country:TO")]).filter((c) => c.source === "country:TO")).toEqual([]);
    const plain = reading(
      `[Japan](country:JP) signed the [Reef Pact](agreement:reef-pact). The pact was signed with [Tonga](country:TO) in Nuku'alofa.`,
      "en",
    );
    expect(readRelations(plain.r, [fromEvent("country:TO")]).filter((c) => c.source === "country:TO")).toHaveLength(1);
  });

  it("withdrawn: withdrawing an ambassador is not leaving", () => {
    expect(
      kept(
        `[Kenya](country:KE) joined the [Coffee Union](org:coffee-union) in 1990. [Kenya](country:KE) withdrew its ambassador from Paris.`,
        "en",
      ),
    ).toEqual(["country:KE MEMBER_OF org:coffee-union"]);
  });
});

describe("the whole stage", () => {
  const extract = (markup: string, language: string, headline = false) =>
    extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language, headline }), testKnowledge, tools);
  const pairs = relationNames;

  it("a person who announced a signing told by a noun did not sign; the signatories' countries are parties", () => {
    const out = extract(
      `La ministre [Anne Dupont](person:anne-dupont) a annoncé la signature par l'[Espagne](country:ES) et le [Portugal](country:PT) de l'[accord du Tage](agreement:tagus-accord).`,
      "fr",
    );
    expect(pairs(out, "SIGNED")).toEqual([]);
    expect(pairs(out, "PARTY_TO")).toEqual(["Espagne -> accord du Tage", "Portugal -> accord du Tage"]);
  });

  it("who chaired the ceremony did not sign", () => {
    const out = extract(
      `[Marta Ruiz](person:marta-ruiz) signed the [Tagus Accord](agreement:tagus-accord) on Friday at a ceremony chaired by [Luis Gomez](person:luis-gomez).`,
      "en",
    );
    expect(pairs(out, "SIGNED")).toEqual(["Marta Ruiz -> Tagus Accord"]);
  });

  it("the parties of a letter of intent about an initiative take part in it", () => {
    const out = extract(
      `Les ministres ont lancé l'[initiative Égée](program:aegean) lundi. Une lettre d'intention en ce sens a été signée par la [Grèce](country:GR) et [Chypre](country:CY).`,
      "fr",
    );
    expect(pairs(out, "PARTY_TO")).toEqual(["Chypre -> initiative Égée letter of intent", "Grèce -> initiative Égée letter of intent"]);
    expect(pairs(out, "PARTICIPATES_IN")).toEqual(["Chypre -> initiative Égée", "Grèce -> initiative Égée"]);
  });
});

describe("passing over sentences that cannot hold a rule's cues", () => {
  it("a phrase may occur only where each of its words is among the sentence's plain words", () => {
    const joined = new PhraseSet(["a rejoint", "has joined"]);
    const { r } = reading(
      `La [Suède](country:SE) a officiellement rejoint l'[OTAN](org:nato). Le [Japon](country:JP) a signé un accord.`,
      "fr",
    );
    expect(joined.mayOccurIn(plainWordsOf(r.ctx, 0))).toBe(true);
    expect(joined.mayOccurIn(plainWordsOf(r.ctx, 1))).toBe(false);
    expect(new PhraseSet(["has joined"]).mayOccurIn(new Set(["has", "joined", "nato"]))).toBe(true);
    expect(new PhraseSet(["has joined"]).mayOccurIn(new Set(["has", "signed"]))).toBe(false);
  });

  it("the plain words hold every word and punctuation token of the sentence read with its names, titles and dates", () => {
    const markups: Array<[string, string]> = [
      [`L'adhésion de la [Suède](country:SE) à l'[OTAN](org:nato), le 7 mars 2024, a mis fin à sa neutralité.`, "fr"],
      [
        `Un discours pro-[OTAN](org:nato) et anti-[Russie](country:RU) du {président finlandais}(title:president President head-of-state country:FI).`,
        "fr",
      ],
      [`[Sweden](country:SE)'s accession to the alliance's command, [NATO](org:nato)'s newest member, came on March 7.`, "en"],
      [`The members' meeting in [Brussels](place:brussels) (with [Japan](country:JP)) ended aujourd'hui.`, "en"],
    ];
    for (const [markup, language] of markups) {
      const { r } = reading(markup, language);
      const tokens = new SentenceTokens(r.ctx);
      r.ctx.sentences.forEach((_, i) => {
        const words = plainWordsOf(r.ctx, i);
        const missing = tokens
          .of(i)
          .filter((t) => t.kind === "word" || t.kind === "punct")
          .map((t) => t.norm)
          .filter((norm) => !words.has(norm));
        expect(missing, markup).toEqual([]);
      });
    }
  });
});
