/**
 * Closed-class words of French and English that recognition relies on: function words,
 * honorifics, head nouns that give a name its type, verbs that make a capital the subject.
 * These are facts about the languages, not about any article; every entry is folded
 * (lower case, no accents, ' for apostrophes) to compare with `foldForMatch` output.
 */
import type { EntityType } from "../../src/model/extraction.js";

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Honorifics before a surname: "M. Starmer", "Mme Takaichi", "Mr Healey". Folded, without the dot. */
export const HONORIFICS = words(`
  m mm mme mmes mlle mr mrs ms messrs dr pr sir dame lord lady monsieur madame ayatollah mgr monseigneur hon
  gen gal lt col adm capt cdt sgt sen rep gov
`);

/** Honorifics that are ranks or offices abbreviated: only with their dot ("Gen. Brown", not "Gen Nakatani"). */
export const DOTTED_HONORIFICS = words("m gen gal lt col adm capt cdt sgt sen rep gov");

/** Generational suffixes abbreviated after a name, whose dot is the name's: "John F. Smith Jr.", "Ramon Cruz Sr.". */
export const ABBREVIATED_GENERATIONS = words("jr sr");

/** "son homologue britannique", "his Japanese counterpart". */
export const COUNTERPART = words("homologue homologues counterpart counterparts");

/** Particles before a father's name inside a person's: "Mohammed bin Salman" (the word after them is no surname). */
export const PATRONYMIC_PARTICLES = words("bin ben bint ibn");

/** Words that can be capitalised but never start or make a name: articles, pronouns, prepositions, conjunctions. */
export const FUNCTION_WORDS = words(`
  le la les l' un une des du de d' au aux ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes
  il elle ils elles on nous vous je tu qui que qu' quoi dont ou où et mais donc or ni car si lors dans en pour par sur
  sous avec sans selon apres avant depuis pendant entre vers chez contre malgre outre parmi ainsi alors aussi
  cependant pourtant toutefois neanmoins enfin puis ensuite desormais deja encore meme tous toutes tout toute
  c' s' n' j' m' t' y a est sont ont hier demain aujourd ici lorsque lorsqu puisque quand comment pourquoi
  yesterday today tomorrow
  the a an this that these those his her its their our your my he she it they we you i who whom whose which what
  in on at for by with without from to of into onto over under after before during since until while when where
  and or but nor so yet as if than then also however meanwhile although though because according
  there here how why all both each every some any no not
`);

/** Capitalised words that are never a person or an organisation on their own. */
export const NON_NAMES = words(`
  headquarters
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  lundi mardi mercredi jeudi vendredi samedi dimanche
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  internet web breaking actualites actualite news update live direct video photo photos exclusif exclusive
  brexit covid covid-19 coronavirus sars-cov-2 ebola
  etat etats gouvernement government president presidente premier premiere ministre minister secretary
  chef chief leader dirigeant dirigeante ambassadeur ambassador general amiral admiral
  monsieur madame mademoiselle sir dame lord lady
  nord sud est ouest north south east west occident orient
  dieu god allah pape pope
  noel paques ramadan christmas easter
  senator senateur senatrice representative congressman congresswoman colonel captain lieutenant sergeant
  lire aussi voir plus savoir read more see also share partager
  staff
`);

/**
 * Head nouns that make a capitalised name an organisation, a programme or an agreement
 * ("Agence européenne de défense", "Ministry of Defence", "Parti travailliste", "Paris Agreement");
 * a number word closes the name of a grouping of states ("Bucharest Nine", "Nordic Five").
 */
export const HEAD_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[
    ...words(`
    agence ministere parti commission conseil forces force banque fonds organisation office institut autorite comite
    commandement communaute community tv television radio
    cour tribunal assemblee parlement senat union alliance armee marine direction secretariat federation association
    fondation groupe societe compagnie centre bureau service departement garde academie universite mouvement front
    ligue congres chambre haut-commissariat delegation mission etat-major gendarmerie police triangle format quartet quatuor
    agency ministry party council bank fund organization institute authority committee court assembly parliament
    senate army navy department federation foundation group corporation company center centre
    guard academy university movement league congress chamber corps command directorate administration
    quartet three four five six seven eight nine ten twelve twenty
    inc ltd plc gmbh industries systems aerospace aviation electric motors airlines airways holdings technologies
    dynamics electronics shipbuilding shipyards helicopters times post journal herald tribune gazette
  `),
  ].map((w): [string, EntityType] => [w, "Organization"]),
  ...[...words("programme program projet project")].map((w): [string, EntityType] => [w, "Program"]),
  ...[
    ...words(`
    accord accords traite pacte partenariat convention memorandum protocole charte
    agreement accords treaty pact partnership protocol charter
  `),
  ].map((w): [string, EntityType] => [w, "Agreement"]),
  ...[
    ...words(`
    mer ocean golfe mont monts ile iles detroit lac fleuve riviere cap peninsule plateau canal baie palais chateau aeroport
    sea ocean gulf mount mountains island islands strait lake river cape peninsula bay palace castle airport
    quai rue avenue boulevard street valley square bridge road
    camp base fort hotel residence manoir colline port
    house hill manor lodge residence harbour harbor
  `),
  ].map((w): [string, EntityType] => [w, "Place"]),
]);

/**
 * Legal forms of a company, as written (case counts: "AS", not "as"), before its name ("PT Dirgantara Laut", an
 * Indonesian company; "PJSC", "JSC") or after it ("Vestra AS", "Halvorsen ASA", "Dirgantara Laut Tbk", "Kessler AG").
 */
export const LEGAL_FORMS_BEFORE: ReadonlySet<string> = new Set("PT CV PJSC JSC OAO PAO".split(" "));
export const LEGAL_FORMS_AFTER: ReadonlySet<string> = new Set(
  "AS ASA AG AB SA SAS SpA NV BV Oy Oyj Tbk Bhd Berhad Pte LLC PLC Plc Corp KK GmbH Ltd Inc".split(" "),
);

/** Heads that close an English name ("Labour Party", "European Defence Agency", "Paris Agreement"); French heads open it. */
export const TRAILING_HEADS = words(`
  agency ministry party commission council forces force bank fund organization organisation office institute authority
  community tv television radio
  committee court assembly parliament senate union alliance army navy department secretariat federation association
  foundation group corporation company center centre bureau service guard academy university movement front league
  congress chamber corps command directorate administration inc ltd plc gmbh triangle format quartet
  three four five six seven eight nine ten twelve twenty
  program programme project agreement accords treaty pact partnership protocol charter memorandum
  sea ocean gulf mountains island islands strait lake river peninsula bay palace castle airport
  street valley square bridge road base house hill manor lodge residence harbour harbor hotel
  industries systems aerospace aviation electric motors airlines airways holdings technologies dynamics electronics
  shipbuilding shipyards helicopters times post journal herald tribune gazette
`);

/**
 * Words that make a capitalised run the name of a document, an event or a policy ("National
 * Security Strategy", "Shangri-La Dialogue", "Sommet de l'OTAN"): not an entity Entente types.
 */
export const NOT_ENTITY_WORDS = words(`
  strategy strategie review summit sommet conference forum dialogue framework cadre initiative plan act law loi
  declaration statement communique report rapport day journee week semaine war guerre crisis crise cup coupe
  games jeux prize prix award festival olympics expo exercise exercises exercice exercices operation operations
  doctrine vision agenda roadmap paper livre blanc white budget election elections
`);

/** Agreement nouns that, written in lower case, still open a named agreement when a pair "X-Y" closes it. */
export const AGREEMENT_NOUNS = words("accord traite pacte partenariat agreement treaty pact partnership");

/**
 * Prepositions after which a capitalised name outside the KB is a place, never a person
 * ("met Lloyd Austin at Camp Aguinaldo", "talks in Pearl Harbor"). French "à" also takes
 * people ("a répondu à Jean Dupont"), so it counts only with a country after the name.
 */
export const PLACE_PREPOSITIONS = words("in near outside inside dans");

/**
 * "at" makes a place only after a verb or an event noun ("met Lloyd Austin at …", "spoke at …",
 * "talks at …"), or a name: "analysts at Policy Exchange" work for an organisation.
 */
export const AT = "at";
export const BEFORE_PLACE_AT = words(`
  met meet meets meeting spoke speaks speak arrived arrives landed land held hold holds stayed stay gathered
  talks meeting meetings summit ceremony conference visit dinner reception signing signed
`);

/** Words between a place and its country: "à Kananaskis, au Canada", "in Kananaskis, Canada". */
export const COUNTRY_LINKS = words("au aux en in the");

/** Words before a capital that make it a place ("à Tokyo", "in London"), not a government. */
export const LOCATIVE_BEFORE = words(`
  a au aux en dans vers depuis de d' du des pres sur jusqu'a via
  in at to from near into outside inside via across around toward towards
`);

/** Verbs and auxiliaries after a capital that make it the subject, hence the government ("Tokyo a annoncé"). */
export const GOVERNMENT_VERBS_AFTER = words(`
  a ont avait avaient aura auront aurait auraient peut peuvent pourrait pourraient doit doivent devrait devraient
  va vont veut veulent est sont etait etaient souhaite souhaitent estime estiment affirme affirment juge jugent
  refuse refusent denonce denoncent condamne condamnent accuse accusent annonce annoncent entend entendent
  compte comptent insiste insistent craint craignent reproche exige exigent demande demandent menace menacent
  soutient soutiennent rejette rejettent appelle appellent considere considerent
  has have had is are was were will would can could should must may might says said announced announces
  wants want warned warns insists insisted accused accuses rejected rejects plans plan hopes hope believes
  sees signed agreed agrees called calls urged urges demanded demands condemned condemns denied denies
  responded responds threatened threatens
`);

/**
 * Endings of finite verbs that GOVERNMENT_VERBS_AFTER does not list: French future and
 * imperfect ("Varsovie et Berlin signeront"), English past ("London announced").
 */
export const FINITE_VERB_ENDING = /^\p{Ll}+(?:eront|iront|ront|era|ira|erait|irait|eraient|iraient|aient|ed)$/u;

/** Reporting verbs before an inverted subject ("a annoncé Bruxelles", "selon Tokyo", "said Washington"). */
export const GOVERNMENT_VERBS_BEFORE = words(`
  annonce declare indique affirme precise souligne estime explique ajoute assure rappele rappelle fait savoir
  selon confirme reconnu reconnait note averti avertit
  said says according announced stated added
`);

/** Endings of French adjectives, to let a name's head take them ("Parti travailliste", "Banque centrale européenne"). */
export const ADJECTIVE_ENDING =
  /(iste|istes|ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|al|ale|aux|ales|ique|iques|een|eenne|eens|eennes|el|elle|els|elles|if|ive|ifs|ives|aire|aires|ere|eres|ee|ees|ie|ies|ois|oise|oises)$/;
