import { describe, expect, it } from "vitest";
import { findTemporalExpressions } from "../../../ingest/dates/index.js";

/** The expressions of a sentence as "text → date[..endDate][ future]". */
function dates(text: string, published: string | null, language = "fr"): string[] {
  return findTemporalExpressions({ text, start: 0 }, published, language).map(
    (e) => `${e.text} → ${e.date}${e.endDate ? `..${e.endDate}` : ""}${e.future ? " future" : ""}`,
  );
}

describe("findTemporalExpressions: weekdays follow the tense", () => {
  it("takes a bare weekday in a past sentence as the latest such day on or before publication", () => {
    expect(dates("Les deux dirigeants, réunis à Tokyo, ont convenu samedi de renforcer leur coopération.", "2026-02-02")).toEqual([
      "samedi → 2026-01-31",
    ]);
  });
  it("takes the publication day itself when the weekday is that day", () => {
    expect(dates("Le ministre est arrivé lundi à Canberra.", "2026-02-02")).toEqual(["lundi → 2026-02-02"]);
  });
  it("takes a bare weekday in a future sentence as the next such day after publication", () => {
    expect(dates("La présidente se rendra samedi à Jakarta.", "2026-02-02")).toEqual(["samedi → 2026-02-07 future"]);
    expect(dates("The minister will travel to Hanoi on Friday.", "2026-02-02", "en")).toEqual(["on Friday → 2026-02-06 future"]);
  });
  it("takes a future weekday that is the publication's own weekday as that very day; 'next' still means a week on", () => {
    expect(dates("Le Conseil européen se réunira jeudi à Bruxelles.", "2026-02-05")).toEqual(["jeudi → 2026-02-05"]);
    expect(dates("The finance ministers will meet on Sunday in Lisbon.", "2026-02-08", "en")).toEqual(["on Sunday → 2026-02-08"]);
    expect(dates("The finance ministers will meet next Sunday in Lisbon.", "2026-02-08", "en")).toEqual([
      "next Sunday → 2026-02-15 future",
    ]);
  });
  it("reads 'dernier' and 'prochain', 'last' and 'next' after or before a weekday", () => {
    expect(dates("Le sommet de mardi dernier a déçu.", "2026-02-05")).toEqual(["mardi dernier → 2026-02-03"]);
    expect(dates("Ils se retrouveront jeudi prochain.", "2026-02-05")).toEqual(["jeudi prochain → 2026-02-12 future"]);
    expect(dates("They met last Wednesday in Oslo.", "2026-02-04", "en")).toEqual(["last Wednesday → 2026-01-28"]);
  });
  it("reads a clause opening the sentence without a verb of its own in the main clause's tense", () => {
    expect(dates("Réunis mardi à Bruxelles, les ministres ont adopté un paquet.", "2026-09-12")).toEqual(["mardi → 2026-09-08"]);
    expect(dates("Arrivée jeudi à Hanoï, la ministre a rencontré son homologue.", "2026-09-12")).toEqual(["jeudi → 2026-09-10"]);
    expect(dates("Speaking in Ankara on Tuesday, the minister said the deal was close.", "2026-09-12", "en")).toEqual([
      "on Tuesday → 2026-09-08",
    ]);
    // the main clause's future counts as much
    expect(dates("Réunis mardi à Bruxelles, les ministres adopteront un paquet.", "2026-09-12")).toEqual(["mardi → 2026-09-15 future"]);
  });
  it("resolves 'on Monday' in an English past sentence", () => {
    expect(dates("The two leaders met on Monday in Seoul.", "2026-02-04", "en")).toEqual(["on Monday → 2026-02-02"]);
  });
  it("reads the weekend as its Saturday", () => {
    expect(dates("Les ministres se sont réunis ce week-end à Rome.", "2026-02-02")).toEqual(["ce week-end → 2026-01-31"]);
    expect(dates("The leaders will meet next weekend.", "2026-02-02", "en")).toEqual(["next weekend → 2026-02-07 future"]);
    expect(dates("Weekend talks are rare.", "2026-02-02", "en")).toEqual([]);
  });
  it("keeps a partial publication date partial: a weekday never invents a day", () => {
    expect(dates("Le ministre a signé vendredi un accord de défense.", "2024-11")).toEqual(["vendredi → 2024-11"]);
  });
  it("anchors a weekday inside a reporting clause to that clause's past", () => {
    expect(dates("Le président se rendra en Inde du 28 au 31 mars, a confirmé vendredi son porte-parole.", "2026-03-20")).toEqual([
      "du 28 au 31 mars → 2026-03-28..2026-03-31 future",
      "vendredi → 2026-03-20",
    ]);
  });
  it("uses the sentence's tense for an expression standing alone in its clause, and leaves a present clause alone", () => {
    expect(dates("Samedi, les deux dirigeants ont signé un accord.", "2026-02-02")).toEqual(["Samedi → 2026-01-31"]);
    expect(dates("L'accord du 31 janvier jette les bases d'une coopération, mais sa mise en œuvre sera difficile.", "2026-02-01")).toEqual([
      "31 janvier → 2026-01-31",
    ]);
  });
  it("with past and future forms in one clause, takes the verb the weekday follows, past an apposition", () => {
    // 7 October 2026 is a Wednesday.
    expect(dates("Ana Ruiz met Ken Obi in Lima on Tuesday to prepare a summit later this month.", "2026-10-07", "en")).toEqual([
      "on Tuesday → 2026-10-06",
      "this month → 2026-10",
    ]);
    expect(
      dates("Ana Ruiz met her counterpart, Ken Obi, in Lima on Tuesday to prepare a summit later this month.", "2026-10-07", "en"),
    ).toEqual(["on Tuesday → 2026-10-06", "this month → 2026-10"]);
    expect(dates("She said on Tuesday she would visit Lima.", "2026-10-07", "en")).toEqual(["on Tuesday → 2026-10-06"]);
    expect(dates("Les deux ministres se sont vus lundi pour préparer le sommet de la semaine prochaine.", "2026-10-07")[0]).toBe(
      "lundi → 2026-10-05",
    );
    // The future verb before the weekday still speaks for it.
    expect(dates("Ana Ruiz, who met Ken Obi last month, will travel to Lima on Friday.", "2026-10-07", "en").at(-1)).toBe(
      "on Friday → 2026-10-09 future",
    );
  });
  it("reads 'to be held' as a plan, not a past ('the summit, to be held in Tokyo on Oct. 28')", () => {
    expect(dates("The summit, to be held in Tokyo on Oct. 28, will gather the leaders.", "2026-10-07", "en")).toEqual([
      "Oct. 28 → 2026-10-28 future",
    ]);
  });
  it("uses the tense of the weekday's own clause, not of a reporting clause", () => {
    expect(dates("Le ministre visitera vendredi la base navale, a annoncé le ministère.", "2026-02-02")).toEqual([
      "vendredi → 2026-02-06 future",
    ]);
  });
});

describe("findTemporalExpressions: days and months", () => {
  it("reads 'le 31 janvier dernier' as the latest 31 January on or before publication", () => {
    expect(dates("Le 31 janvier dernier, la ministre a reçu son homologue.", "2026-02-01")).toEqual(["Le 31 janvier dernier → 2026-01-31"]);
    expect(dates("Le 3 mars dernier, un accord a été conclu.", "2026-02-01")).toEqual(["Le 3 mars dernier → 2025-03-03"]);
  });
  it("reads a date range 'du 28 au 31 mars' in the publication year, forward in a future sentence", () => {
    expect(dates("Le chef du gouvernement doit se rendre en Inde du 28 au 31 mars.", "2026-02-02")).toEqual([
      "du 28 au 31 mars → 2026-03-28..2026-03-31 future",
    ]);
    expect(dates("Il doit se rendre au Brésil du 10 au 12 janvier.", "2026-02-02")).toEqual([
      "du 10 au 12 janvier → 2027-01-10..2027-01-12 future",
    ]);
  });
  it("reads ranges across months and 'entre le 3 et le 5 avril'", () => {
    expect(dates("La conférence se tiendra du 28 mars au 2 avril.", "2026-02-02")).toEqual([
      "du 28 mars au 2 avril → 2026-03-28..2026-04-02 future",
    ]);
    expect(dates("Les manœuvres auront lieu entre le 3 et le 5 avril.", "2026-02-02")).toEqual([
      "entre le 3 et le 5 avril → 2026-04-03..2026-04-05 future",
    ]);
    expect(dates("The exercise runs from March 28 to 31, 2027.", null, "en")).toEqual([
      "from March 28 to 31, 2027 → 2027-03-28..2027-03-31",
    ]);
  });
  it("keeps explicit years and reads them without a publication date", () => {
    expect(dates("L'accord entrera en vigueur le 1er janvier 2025.", "2024-11")).toEqual(["le 1er janvier 2025 → 2025-01-01 future"]);
    expect(dates("Le traité signé le 1er janvier 2025 reste en vigueur.", null)).toEqual(["le 1er janvier 2025 → 2025-01-01"]);
    expect(dates("The memorandum was signed on 31/01/2025.", null, "en")).toEqual(["31/01/2025 → 2025-01-31"]);
  });
  it("returns nothing relative when there is no publication date", () => {
    expect(dates("Le Premier ministre est arrivé samedi à Tokyo, la semaine dernière.", null)).toEqual([]);
  });
});

describe("findTemporalExpressions: parts of months and years", () => {
  it("reads 'début avril', 'mi-mars', 'fin mars' as months", () => {
    expect(dates("Le sommet aura lieu début avril.", "2026-02-02")).toEqual(["début avril → 2026-04 future"]);
    expect(dates("Une délégation viendra à la mi-mars.", "2026-02-02")).toEqual(["à la mi-mars → 2026-03 future"]);
    expect(dates("Une nouvelle réunion est prévue fin mars à New Delhi.", "2026-02-02")).toEqual(["fin mars → 2026-03 future"]);
    expect(dates("Talks are planned for early April.", "2026-02-02", "en")).toEqual(["early April → 2026-04 future"]);
  });
  it("reads 'en janvier' back in a past sentence and forward in a future one", () => {
    expect(dates("Le ministre s'était rendu à Rome en novembre.", "2026-02-02")).toEqual(["en novembre → 2025-11"]);
    expect(dates("Le ministre se rendra à Rome en novembre.", "2026-02-02")).toEqual(["en novembre → 2026-11 future"]);
  });
  it("reads years: 'en 2024', 'd'ici 2030', 'by 2030'", () => {
    expect(dates("Le programme a été lancé en 2024.", "2026-02-02")).toEqual(["en 2024 → 2024"]);
    expect(dates("Le chasseur doit entrer en service d'ici 2035.", "2026-02-02")).toEqual(["d'ici 2035 → 2035 future"]);
    expect(dates("The jet should fly by 2030.", null, "en")).toEqual(["by 2030 → 2030 future"]);
  });
  it("reads 'avant la fin de l'année' as the publication year, looking forward", () => {
    expect(dates("Ils ont décidé d’organiser avant la fin de l’année une réunion des ministres.", "2026-02-02")).toEqual([
      "avant la fin de l’année → 2026 future",
    ]);
    expect(dates("They agreed to meet before the end of the year.", "2025-06-10", "en")).toEqual([
      "before the end of the year → 2025 future",
    ]);
  });
  it("reads relative weeks, months and days", () => {
    expect(dates("The ministers will meet again next month.", "2026-02-02", "en")).toEqual(["next month → 2026-03 future"]);
    expect(dates("Le mois dernier, il a suggéré une alliance.", "2024-11")).toEqual(["Le mois dernier → 2024-10"]);
    expect(dates("Last week was busy in Brussels.", "2026-02-11", "en")).toEqual(["Last week → 2026-02"]);
    expect(dates("Hier, le ministre a reçu l'ambassadeur.", "2026-02-02")).toEqual(["Hier → 2026-02-01"]);
  });
  it("reads parts of the current, next and last month", () => {
    expect(dates("Le ministre se rendra à Oslo à la fin du mois.", "2026-02-02")).toEqual(["à la fin du mois → 2026-02"]);
    expect(dates("Le traité sera signé début du mois prochain.", "2026-12-10")).toEqual(["début du mois prochain → 2027-01 future"]);
    expect(dates("The talks ended at the end of last month.", "2026-03-10", "en")).toEqual(["at the end of last month → 2026-02"]);
  });
  it("reads 'dans les prochains jours' as the publication month, looking forward", () => {
    expect(dates("Une tournée devrait inclure la Corée du Sud dans les prochains jours.", "2024-11")).toEqual([
      "dans les prochains jours → 2024-11 future",
    ]);
  });
});

describe("findTemporalExpressions: a weekday with a day and no month", () => {
  it("takes the month around publication where weekday and day agree", () => {
    expect(dates("Le ministre a déclaré jeudi 29 qu'il viendrait.", "2026-02-02")).toEqual(["jeudi 29 → 2026-01-29"]);
    expect(dates("Le sommet s'ouvrira jeudi 5 à Paris.", "2026-02-02")).toEqual(["jeudi 5 → 2026-02-05 future"]);
    expect(dates("They met on Thursday the 29th.", "2026-02-02", "en")).toEqual(["Thursday the 29th → 2026-01-29"]);
  });
  it("keeps only the month when no nearby month agrees or publication is partial, and never reads an hour as a day", () => {
    expect(dates("Lundi 3, il a parlé.", "2026-02-06")).toEqual(["Lundi 3 → 2026-02"]);
    expect(dates("La réunion de samedi 31 a eu lieu.", "2024-11")).toEqual(["samedi 31 → 2024-11"]);
    expect(dates("Il a parlé lundi 10 h 30 devant la presse.", "2026-02-04")).toEqual(["lundi → 2026-02-02"]);
  });
});

describe("findTemporalExpressions: two-day events, parts of years, seasons", () => {
  it("reads 'les 5 et 6 mars' as a range", () => {
    expect(dates("Les ministres se retrouveront les 5 et 6 mars à Bruxelles.", "2026-02-02")).toEqual([
      "les 5 et 6 mars → 2026-03-05..2026-03-06 future",
    ]);
  });
  it("reads 'mi-2027', 'fin 2035', 'early 2027' as years", () => {
    expect(dates("Le chasseur doit voler d'ici la mi-2027, puis entrer en service fin 2035.", "2026-02-02")).toEqual([
      "d'ici la mi-2027 → 2027 future",
      "fin 2035 → 2035 future",
    ]);
    expect(dates("Deliveries begin in early 2027.", null, "en")).toEqual(["in early 2027 → 2027"]);
  });
  it("reads seasons as years, and never the participle 'été' as summer", () => {
    expect(dates("L'accord avait été signé l'été dernier.", "2026-02-02")).toEqual(["l'été dernier → 2025"]);
    expect(dates("Le sommet se tiendra au printemps à Tokyo.", "2026-02-02")).toEqual(["au printemps → 2026"]);
    expect(dates("The talks will resume next winter.", "2026-02-02", "en")).toEqual(["next winter → 2026 future"]);
    expect(dates("La coentreprise doit présenter d'ici l'été une maquette.", "2026-02-13")).toEqual(["d'ici l'été → 2026 future"]);
    expect(dates("The prototype should fly by summer.", "2026-02-13", "en")).toEqual(["by summer → 2026 future"]);
  });
});

describe("findTemporalExpressions: offsets", () => {
  it("gives absolute offsets that index the document text", () => {
    const documentText = "Titre\n\nLe ministre a signé vendredi un accord.";
    const start = documentText.indexOf("Le ministre");
    const [found] = findTemporalExpressions({ text: documentText.slice(start), start }, "2026-02-02", "fr");
    expect(found).toBeDefined();
    expect(documentText.slice(found?.start, found?.end)).toBe("vendredi");
  });
  it("finds nothing in a sentence without a date, and never mistakes 'Mars' the planet or the verb 'may' for months", () => {
    expect(dates("La mission vers Mars coopère avec l'agence spatiale japonaise.", "2026-02-02")).toEqual([]);
    expect(dates("This may prove difficult, and protesters will march in protest.", "2026-02-02", "en")).toEqual([]);
    expect(dates("The treaty was signed in May.", "2026-02-02", "en")).toEqual(["in May → 2025-05"]);
  });
  it("counts spans in the number words of every pack, up to twenty", () => {
    // "quinze jours" is two weeks: 14 days (see "French weeks counted in days" below).
    expect(dates("Le traité a été paraphé il y a seize jours à Lomé.", "2026-02-20")).toEqual(["il y a seize jours → 2026-02-04"]);
    expect(dates("Le traité a été paraphé il y a quinze jours à Lomé.", "2026-02-20")).toEqual(["il y a quinze jours → 2026-02-06"]);
    expect(dates("The ceasefire collapsed twelve days ago.", "2026-02-20", "en")).toEqual(["twelve days ago → 2026-02-08"]);
    expect(dates("La commission rendra son avis dans douze jours.", "2026-02-20")).toEqual(["dans douze jours → 2026-03-04 future"]);
  });
});

describe("findTemporalExpressions: the day before", () => {
  it("counts 'la veille', 'le lendemain', 'two days later' from a day-precise date earlier in the sentence, else later in it", () => {
    expect(dates("Le sommet s'est tenu le 3 mars et le lendemain, les ministres ont signé.", "2026-03-10")).toEqual([
      "le 3 mars → 2026-03-03",
      "le lendemain → 2026-03-04",
    ]);
    expect(dates("Arrivé la veille à Osk, il a rencontré mardi le président.", "2026-03-12")).toEqual([
      "la veille → 2026-03-09",
      "mardi → 2026-03-10",
    ]);
    expect(dates("Talks opened on March 3; two days later the envoys signed.", "2026-03-10", "en")).toEqual([
      "March 3 → 2026-03-03",
      "two days later → 2026-03-05",
    ]);
    expect(dates("The ministers met on Friday and the following day they flew home.", "2026-03-10", "en")).toEqual([
      "on Friday → 2026-03-06",
      "the following day → 2026-03-07",
    ]);
  });
  it("counts from the day the sentences before told when its own sentence tells none", () => {
    const story = (text: string, storyDay: string | null) =>
      findTemporalExpressions({ text, start: 0 }, "2026-03-10", "fr", () => storyDay).map((e) => `${e.text} → ${e.date}`);
    expect(story("La veille, il avait rencontré le président.", "2026-03-09")).toEqual(["La veille → 2026-03-08"]);
    expect(story("Trois jours plus tard, le traité était signé.", "2026-03-02")).toEqual(["Trois jours plus tard → 2026-03-05"]);
    expect(story("La veille, il avait rencontré le président.", null)).toEqual(["La veille → 2026-03-09"]);
    expect(story("Dans la soirée, il a rencontré le président.", "2026-03-08")).toEqual(["Dans la soirée → 2026-03-08"]);
    expect(
      findTemporalExpressions({ text: "Later that day, the envoys signed.", start: 0 }, "2026-03-10", "en", () => "2026-03-06").map(
        (e) => `${e.text} → ${e.date}`,
      ),
    ).toEqual(["Later that day → 2026-03-06"]);
    expect(dates("Il est arrivé le lendemain de son élection.", "2026-02-05")).toEqual([]);
    expect(dates("Two days later than planned, the ship docked.", "2026-02-05", "en")).toEqual([]);
  });
  it("reads a bare 'la veille' / 'the day before' as the day before publication, not 'la veille du sommet'", () => {
    expect(dates("Le président est arrivé la veille à Rome.", "2026-02-05")).toEqual(["la veille → 2026-02-04"]);
    expect(dates("The envoy had landed in Oslo the day before.", "2026-02-05", "en")).toEqual(["the day before → 2026-02-04"]);
    expect(dates("Il est arrivé la veille du sommet.", "2026-02-05")).toEqual([]);
    expect(dates("Il est arrivé la veille d'un sommet.", "2026-02-05")).toEqual([]);
  });
});

describe("findTemporalExpressions: days counted from an event the sentence names", () => {
  /** The expressions, the day of the named event given by `told` (null: the sentences before tell none), the story's by `story`. */
  const anchored = (text: string, told: string | null, story: string | null, language = "fr") =>
    findTemporalExpressions({ text, start: 0 }, "2026-03-12", language, (phrase) => (phrase === undefined ? story : told)).map(
      (e) => `${e.text} → ${e.date}`,
    );
  it("counts 'la veille du sommet', 'the day after the signing' from that event's day, not the last day told", () => {
    expect(anchored("La veille du sommet, il s'était entretenu avec le président.", "2026-03-10", "2026-03-02")).toEqual([
      "La veille → 2026-03-09",
    ]);
    expect(anchored("Le lendemain de la signature, il a rencontré le président.", "2026-03-02", "2026-03-09")).toEqual([
      "Le lendemain → 2026-03-03",
    ]);
    expect(anchored("The day after the signing, Diallo met the president.", "2026-03-02", "2026-03-09", "en")).toEqual([
      "The day after → 2026-03-03",
    ]);
  });
  it("counts 'two days after the signing', 'trois jours après la signature' from that event's day, else the story's", () => {
    expect(anchored("He met the president two days after the signing.", "2026-03-10", "2026-03-09", "en")).toEqual([
      "two days after → 2026-03-12",
    ]);
    expect(anchored("Trois jours après la signature, il a reçu le Premier ministre.", "2026-03-02", "2026-03-03")).toEqual([
      "Trois jours après → 2026-03-05",
    ]);
    expect(anchored("Trois jours après la signature, il a reçu le Premier ministre.", null, "2026-03-03")).toEqual([
      "Trois jours après → 2026-03-06",
    ]);
  });
  it("takes a day told right after the event's noun as that event's; dates no event the sentences before do not tell", () => {
    expect(anchored("The day before the summit on Tuesday, he met the president.", "2026-02-20", null, "en")).toEqual([
      "The day before → 2026-03-09",
      "on Tuesday → 2026-03-10",
    ]);
    expect(anchored("La veille du scrutin, il a rencontré le président.", null, "2026-03-05")).toEqual([]);
    expect(anchored("The day before the vote, he met the president.", null, "2026-03-05", "en")).toEqual([]);
  });
});

describe("findTemporalExpressions: parts of publication's own day", () => {
  it("reads 'ce matin', 'ce soir', 'this morning', 'tonight' as the publication day, past or future", () => {
    expect(dates("Ce matin, la ministre s'est entretenue avec son homologue.", "2026-11-20")).toEqual(["Ce matin → 2026-11-20"]);
    expect(dates("Le président recevra ce soir son homologue à l'Élysée.", "2026-11-20")).toEqual(["ce soir → 2026-11-20"]);
    expect(dates("The two leaders spoke by phone this morning.", "2026-11-20", "en")).toEqual(["this morning → 2026-11-20"]);
    expect(dates("The envoy will meet the prime minister tonight.", "2026-11-20", "en")).toEqual(["tonight → 2026-11-20"]);
  });
  it("leaves 'ce matin-là' to the story's day, and counts 'that morning' from the day told before", () => {
    expect(dates("Ce matin-là, il avait rencontré le président.", "2026-11-20")).toEqual([]);
    expect(
      findTemporalExpressions({ text: "That morning, the envoys signed.", start: 0 }, "2026-11-20", "en", () => "2026-11-12").map(
        (e) => `${e.text} → ${e.date}`,
      ),
    ).toEqual(["That morning → 2026-11-12"]);
  });
});

describe("findTemporalExpressions: a day of this month, a month after 'to'", () => {
  it("reads 'le 14 courant' as the 14th of the publication's month", () => {
    expect(dates("La réunion, prévue le 14 courant, aura lieu à Osk.", "2026-11-10")).toEqual(["le 14 courant → 2026-11-14 future"]);
  });
  it("reads a month after 'to', 'à', 'pour', 'jusqu'à' as a date ahead, a lower-case 'march' as no month", () => {
    expect(dates("The visit was pushed back to March.", "2026-11-10", "en")).toEqual(["to March → 2027-03 future"]);
    expect(dates("La visite a été repoussée à juin.", "2026-11-10")).toEqual(["à juin → 2027-06 future"]);
    expect(dates("Le sommet est prévu pour février.", "2026-11-10")).toEqual(["pour février → 2027-02 future"]);
    expect(dates("The soldiers began to march.", "2026-11-10", "en")).toEqual([]);
    expect(dates("The visit was deferred until the new year.", "2026-11-10", "en")).toEqual(["until the new year → 2027 future"]);
    expect(dates("La visite est reportée après le nouvel an.", "2026-11-10")).toEqual(["après le nouvel an → 2027 future"]);
    expect(dates("They exchanged New Year greetings.", "2026-11-10", "en")).toEqual([]);
    expect(dates("A visit scheduled for April 14 was canceled.", "2026-04-20", "en")).toEqual(["April 14 → 2026-04-14"]);
  });
});

describe("findTemporalExpressions: a month of last or next year", () => {
  it("reads 'in August last year', 'March 3 next year', 'en mars de l'année dernière' in that year", () => {
    expect(dates("The two leaders first met in August last year.", "2026-11-27", "en")).toEqual(["in August last year → 2025-08"]);
    expect(dates("The deal takes effect on March 3 next year.", "2026-11-27", "en")).toEqual(["on March 3 next year → 2027-03-03 future"]);
    expect(dates("Ils s'étaient rencontrés en mars de l'année dernière.", "2026-11-27")).toEqual(["en mars de l'année dernière → 2025-03"]);
    expect(dates("Le sommet aura lieu le 5 juin l'an prochain.", "2026-11-27")).toEqual(["le 5 juin l'an prochain → 2027-06-05 future"]);
  });
});

describe("findTemporalExpressions: parts of a year, a month told at length", () => {
  it("reads halves and quarters of a year as that year, and 'dans le courant du mois de janvier' as January", () => {
    expect(dates("Les livraisons commenceront au premier semestre 2027.", "2026-11-10")).toEqual([
      "au premier semestre 2027 → 2027 future",
    ]);
    expect(dates("Deliveries start in the first half of 2027.", "2026-11-10", "en")).toEqual(["in the first half of 2027 → 2027 future"]);
    expect(dates("The summit is set for Q2 2027.", "2026-11-10", "en")).toEqual(["Q2 2027 → 2027 future"]);
    expect(dates("La visite aura lieu dans le courant du mois de janvier.", "2026-11-10")).toEqual([
      "dans le courant du mois de janvier → 2027-01 future",
    ]);
  });
});

describe("findTemporalExpressions: the start or end of next or last year, in either gender", () => {
  it("reads 'au début de l'an prochain' as next year and 'à la fin de l'an dernier' as last year", () => {
    expect(dates("La visite aura lieu au début de l'an prochain.", "2026-11-10")).toEqual(["début de l'an prochain → 2027 future"]);
    expect(dates("Le traité fut signé à la fin de l'an dernier.", "2026-11-10")).toEqual(["la fin de l'an dernier → 2025"]);
  });
});

describe("findTemporalExpressions: French weeks counted in days", () => {
  it("reads 'dans quinze jours' as two weeks and 'dans huit jours' as one, '15 jours' as written", () => {
    expect(dates("Le ministre reviendra dans quinze jours.", "2026-11-10")).toEqual(["dans quinze jours → 2026-11-24 future"]);
    expect(dates("Le ministre reviendra dans huit jours.", "2026-11-10")).toEqual(["dans huit jours → 2026-11-17 future"]);
    expect(dates("Le ministre reviendra dans 15 jours.", "2026-11-10")).toEqual(["dans 15 jours → 2026-11-25 future"]);
  });
});

/*
 * Weeks. The model has no week precision and a day would say more than the text: a week (Monday to Sunday),
 * or the part of it the text names, resolves to the month that holds its days, or to the range of the two
 * months it runs over. Publication on Thursday 3 December 2026 (its week: Monday 30 November to Sunday 6
 * December); on Wednesday 25 November 2026 (next week: 30 November to 6 December).
 */
describe("findTemporalExpressions: weeks and parts of weeks", () => {
  it("reads next and last week, in both languages, as the month of that week's days", () => {
    expect(dates("Minister Orlan Vesk will visit Lisbon next week.", "2026-12-03", "en")).toEqual(["next week → 2026-12 future"]);
    expect(dates("La ministre se rendra à Dakar la semaine prochaine.", "2026-12-03")).toEqual(["la semaine prochaine → 2026-12 future"]);
    expect(dates("The envoy toured the Gulf last week.", "2026-12-10", "en")).toEqual(["last week → 2026-11..2026-12"]);
    expect(dates("L'émissaire a visité Doha la semaine dernière.", "2026-12-17")).toEqual(["la semaine dernière → 2026-12"]);
  });
  it("gives the range of two months when the week named runs over both", () => {
    expect(dates("Minister Orlan Vesk will visit Lisbon next week.", "2026-11-25", "en")).toEqual(["next week → 2026-11..2026-12 future"]);
    expect(dates("Le chef de la diplomatie se rendra à Oslo la semaine prochaine.", "2026-11-25")).toEqual([
      "la semaine prochaine → 2026-11..2026-12 future",
    ]);
  });
  it("keeps, in publication's week, the days before it in a past clause and those after it in a future one", () => {
    // Monday 30 November to Thursday 3 December: two months; Thursday to Sunday: December.
    expect(dates("The two ministers met this week in Valletta.", "2026-12-03", "en")).toEqual(["this week → 2026-11..2026-12"]);
    expect(dates("Les deux ministres se réuniront cette semaine à La Valette.", "2026-12-03")).toEqual(["cette semaine → 2026-12"]);
    expect(dates("The leaders spoke by phone earlier this week.", "2026-12-03", "en")).toEqual(["earlier this week → 2026-11..2026-12"]);
    expect(dates("The leaders spoke by phone earlier this week.", "2026-12-10", "en")).toEqual(["earlier this week → 2026-12"]);
    expect(dates("The envoys will meet later this week in Tunis.", "2026-11-25", "en")).toEqual(["later this week → 2026-11 future"]);
    expect(dates("Le ministre avait reçu plus tôt dans la semaine son homologue.", "2026-12-03")).toEqual([
      "plus tôt dans la semaine → 2026-11..2026-12",
    ]);
  });
  it("reads the start, middle and end of a week, and the end as a deadline", () => {
    // early next week from Thursday 26 November: Monday 30 November and Tuesday 1 December.
    expect(dates("The delegation will arrive early next week.", "2026-11-26", "en")).toEqual(["early next week → 2026-11..2026-12 future"]);
    expect(dates("The delegation will arrive early next week.", "2026-11-19", "en")).toEqual(["early next week → 2026-11 future"]);
    expect(dates("The talks are expected midweek in Geneva.", "2026-12-03", "en")).toEqual(["midweek → 2026-12"]);
    expect(dates("Le sommet aura lieu en fin de semaine prochaine.", "2026-11-26")).toEqual([
      "en fin de semaine prochaine → 2026-12 future",
    ]);
    expect(dates("A decision is expected by the end of the week.", "2026-11-26", "en")).toEqual([
      "by the end of the week → 2026-11 future",
    ]);
    expect(dates("Une décision est attendue d'ici la fin de la semaine.", "2026-11-26")).toEqual([
      "d'ici la fin de la semaine → 2026-11 future",
    ]);
  });
  it("moves a bare week's part by the tense: over in a future clause, next week's; to come in a past one, last week's", () => {
    // Saturday 5 December: "en début de semaine" ahead is Monday 7 December; Monday 7 December: the end behind is 3–6 December.
    expect(dates("Le président recevra son homologue en début de semaine.", "2026-12-05")).toEqual(["en début de semaine → 2026-12"]);
    expect(dates("The president received his counterpart at the end of the week.", "2026-12-01", "en")).toEqual([
      "at the end of the week → 2026-11",
    ]);
    expect(dates("Le président a reçu son homologue en fin de semaine.", "2026-12-01")).toEqual(["en fin de semaine → 2026-11"]);
  });
  it("reads no week where 'week' names something else", () => {
    expect(dates("The week of talks ended without a deal.", "2026-12-03", "en")).toEqual([]);
    expect(dates("La semaine de quatre jours est débattue.", "2026-12-03")).toEqual([]);
    expect(dates("Les deux équipes se voient deux fois par semaine.", "2026-12-03")).toEqual([]);
    expect(dates("Le ministre s'est rendu à Rome dans la semaine qui a suivi le sommet.", "2026-12-03")).toEqual([]);
  });
  it("keeps a week partial when publication has no day", () => {
    expect(dates("La ministre se rendra à Dakar la semaine prochaine.", "2026-12")).toEqual(["la semaine prochaine → 2026-12 future"]);
  });
});

describe("findTemporalExpressions: spans of days", () => {
  it("reads days listed before their month as a range from the first to the last", () => {
    expect(dates("The envoys will meet on 2 and 3 December in Muscat.", "2026-11-20", "en")).toEqual([
      "on 2 and 3 December → 2026-12-02..2026-12-03 future",
    ]);
    expect(dates("The envoys will meet on the 2nd and 3rd of December.", "2026-11-20", "en")).toEqual([
      "on the 2nd and 3rd of December → 2026-12-02..2026-12-03 future",
    ]);
    expect(dates("Les émissaires se réuniront les 2, 3 et 4 décembre à Mascate.", "2026-11-20")).toEqual([
      "les 2, 3 et 4 décembre → 2026-12-02..2026-12-04 future",
    ]);
    expect(dates("Les émissaires se réuniront les mardi 2 et mercredi 3 décembre.", "2026-11-20")).toEqual([
      "les mardi 2 et mercredi 3 décembre → 2026-12-02..2026-12-03 future",
    ]);
  });
  it("reads 'from Tuesday, December 2 to Thursday, December 4' and '2 to 4 December' as ranges", () => {
    expect(dates("The forum will be held from Tuesday, December 2 to Thursday, December 4.", "2026-11-20", "en")).toEqual([
      "from Tuesday, December 2 to Thursday, December 4 → 2026-12-02..2026-12-04 future",
    ]);
    expect(dates("The forum runs 2 to 4 December in Doha.", "2026-11-20", "en")).toEqual([
      "2 to 4 December → 2026-12-02..2026-12-04 future",
    ]);
  });
  it("reads a range of weekdays in the clause's tense, the last weekday the first such day after the first", () => {
    // Thursday 3 December 2026.
    expect(dates("The ministers will meet between Monday and Wednesday in Doha.", "2026-12-03", "en")).toEqual([
      "between Monday and Wednesday → 2026-12-07..2026-12-09 future",
    ]);
    expect(dates("Les ministres se sont réunis du lundi au mercredi à Doha.", "2026-12-03")).toEqual([
      "du lundi au mercredi → 2026-11-30..2026-12-02",
    ]);
    expect(dates("Les ministres se réuniront entre lundi et mercredi à Doha.", "2026-12-03")).toEqual([
      "entre lundi et mercredi → 2026-12-07..2026-12-09 future",
    ]);
    // past: the range ends on or before publication, across a weekend
    expect(dates("The talks ran from Friday to Tuesday in Doha.", "2026-12-03", "en")).toEqual([
      "from Friday to Tuesday → 2026-11-27..2026-12-01",
    ]);
    expect(dates("La visite aura lieu de lundi à mercredi prochain.", "2026-12-03")).toEqual([
      "de lundi à mercredi prochain → 2026-12-07..2026-12-09 future",
    ]);
  });
  it("reads two weekdays in a row joined by 'and' / 'et' as a two-day range, past or future by the clause", () => {
    // Thursday 29 October 2026: a past Sunday–Monday is the one just gone, not the coming one.
    expect(dates("The talks held on Sunday and Monday in Doha ended without agreement.", "2026-10-29", "en")).toEqual([
      "on Sunday and Monday → 2026-10-25..2026-10-26",
    ]);
    expect(dates("Les négociateurs se sont retrouvés samedi et dimanche à Genève.", "2026-10-29")).toEqual([
      "samedi et dimanche → 2026-10-24..2026-10-25",
    ]);
    expect(dates("The envoys will meet on Monday and Tuesday in Oslo.", "2026-10-29", "en")).toEqual([
      "on Monday and Tuesday → 2026-11-02..2026-11-03 future",
    ]);
  });
  it("reads a date in a noun phrase opening the sentence in the main clause's tense after the comma", () => {
    // Thursday 29 October 2026: the nearest Sunday is the coming one; the main clause tells of the one gone.
    expect(
      dates("The two days of talks on Sunday and Monday, hosted by Norway, brought the envoys face to face.", "2026-10-29", "en"),
    ).toEqual(["on Sunday and Monday → 2026-10-25..2026-10-26"]);
    expect(dates("The meeting on Sunday, chaired by Norway, ended without a statement.", "2026-10-29", "en")).toEqual([
      "on Sunday → 2026-10-25",
    ]);
    expect(dates("Les pourparlers de dimanche et lundi, organisés par la Norvège, ont permis un premier accord.", "2026-10-29")).toEqual([
      "de dimanche et lundi → 2026-10-25..2026-10-26",
    ]);
  });
  it("keeps the nearest day when the verb after the comma is a reporting clause's or a subordinate one's", () => {
    expect(dates("The talks resume on Sunday, officials said.", "2026-10-29", "en")).toEqual(["on Sunday → 2026-11-01 future"]);
    expect(dates("The summit opens on Sunday, a week after ministers met in Oslo.", "2026-10-29", "en")).toEqual([
      "on Sunday → 2026-11-01 future",
    ]);
    expect(dates("La réunion de dimanche, qui a été préparée de longue date, sera présidée par la Norvège.", "2026-10-29")).toEqual([
      "dimanche → 2026-11-01 future",
    ]);
  });
  it("reads no range from two separate days, numbers that are not days, or days out of order", () => {
    expect(dates("The ministers met on Monday and on Wednesday.", "2026-12-03", "en")).toEqual([
      "on Monday → 2026-11-30",
      "on Wednesday → 2026-12-02",
    ]);
    expect(dates("Les ministres se sont vus lundi et mercredi.", "2026-12-03")).toEqual(["lundi → 2026-11-30", "mercredi → 2026-12-02"]);
    expect(dates("Il a parlé le 23 et 3 décembre.", "2026-12-10")).toEqual(["3 décembre → 2026-12-03"]);
  });
});

describe("findTemporalExpressions: weekdays with a prefix, and deadlines", () => {
  // Thursday 3 December 2026.
  it("reads 'this coming Friday' as the next Friday after publication, whatever the tense", () => {
    expect(dates("The leaders will meet this coming Friday in Rome.", "2026-12-03", "en")).toEqual([
      "this coming Friday → 2026-12-04 future",
    ]);
    expect(dates("The vote, which takes place this coming Thursday, was announced on Monday.", "2026-12-03", "en")).toEqual([
      "this coming Thursday → 2026-12-10 future",
      "on Monday → 2026-11-30",
    ]);
  });
  it("reads a weekday after 'by', 'd'ici', or 'until … to' as a deadline ahead, even in a past or modal clause", () => {
    expect(dates("Officials said a deal could be reached by Friday.", "2026-12-03", "en")).toEqual(["by Friday → 2026-12-04 future"]);
    expect(dates("Un accord pourrait être trouvé d'ici vendredi.", "2026-12-03")).toEqual(["d'ici vendredi → 2026-12-04 future"]);
    expect(dates("The Europeans gave Tehran until Monday to respond.", "2026-12-03", "en")).toEqual(["until Monday → 2026-12-07 future"]);
    expect(dates("Les Européens ont donné à Téhéran jusqu'à lundi pour répondre.", "2026-12-03")).toEqual([
      "jusqu'à lundi → 2026-12-07 future",
    ]);
    // "until" alone follows the tense: a stay that ended
    expect(dates("The minister stayed in Rome until Monday.", "2026-12-03", "en")).toEqual(["Monday → 2026-11-30"]);
  });
  it("reads 'ce vendredi', 'this Tuesday' in the clause's tense: the one before in the past, the one after ahead", () => {
    expect(dates("Le ministre a signé ce vendredi un accord.", "2026-12-03")).toEqual(["ce vendredi → 2026-11-27"]);
    expect(dates("Le ministre signera ce mardi un accord.", "2026-12-03")).toEqual(["ce mardi → 2026-12-08 future"]);
    expect(dates("The minister will sign the deal this Tuesday.", "2026-12-03", "en")).toEqual(["this Tuesday → 2026-12-08 future"]);
    expect(dates("The minister signed the deal this Tuesday.", "2026-12-03", "en")).toEqual(["this Tuesday → 2026-12-01"]);
  });
  it("reads ordinals and weekdays before a written day: 'Tuesday, December 1st', 'le mardi 1er décembre'", () => {
    expect(dates("The leaders will meet on Tuesday, December 1st in Rome.", "2026-11-20", "en")).toEqual([
      "Tuesday, December 1st → 2026-12-01 future",
    ]);
    expect(dates("Les dirigeants se réuniront le mardi 1er décembre à Rome.", "2026-11-20")).toEqual([
      "le mardi 1er décembre → 2026-12-01 future",
    ]);
    expect(dates("Les dirigeants se sont réunis le 1er décembre à Rome.", "2026-12-03")).toEqual(["le 1er décembre → 2026-12-01"]);
  });
});

describe("findTemporalExpressions: what the story's present comes a span after or before", () => {
  // Thursday 3 December 2026.
  it("dates what follows 'N weeks/months after' that many back from publication, 'before' that many ahead, in a present clause", () => {
    expect(dates("The talks come two weeks after the defence ministers met in Jakarta.", "2026-12-03", "en")).toEqual([
      "two weeks after → 2026-11",
    ]);
    expect(dates("Ce déplacement intervient deux mois après la visite du président à Varsovie.", "2026-12-03")).toEqual([
      "deux mois après → 2026-10",
    ]);
    expect(dates("La rencontre a lieu trois mois avant le sommet de l'Alliance.", "2026-12-03")).toEqual([
      "trois mois avant → 2027-03 future",
    ]);
  });
  it("dates nothing when the clause before it is past or future (the span counts from an event of unknown day), or no event follows", () => {
    expect(dates("Le chancelier s'est rendu en Pologne deux semaines après la visite du président.", "2026-12-03")).toEqual([]);
    expect(dates("The chancellor will travel to Warsaw two weeks after the summit.", "2026-12-03", "en")).toEqual([]);
    expect(dates("Deux ans après que les deux pays ont rompu, le dialogue reprend.", "2026-12-03")).toEqual([]);
    expect(dates("The accord comes two years after that.", "2026-12-03", "en")).toEqual([]);
    // opening its sentence, the span hangs on the sentence's past
    expect(dates("Deux mois après le sommet, les ministres se sont retrouvés à Oslo.", "2026-12-03")).toEqual([]);
  });
  it("reads a span of days the same way in a present clause, and in a past one counts it from a day the story told", () => {
    expect(dates("La visite intervient deux jours après le sommet de Bruxelles.", "2026-12-03")).toEqual(["deux jours après → 2026-12-01"]);
    expect(dates("The visit comes three days before the summit in Brussels.", "2026-12-03", "en")).toEqual([
      "three days before → 2026-12-06 future",
    ]);
    expect(
      dates("Le sommet s'est ouvert le 1er décembre et les ministres se sont retrouvés deux jours après le sommet.", "2026-12-10"),
    ).toEqual(["le 1er décembre → 2026-12-01", "deux jours après → 2026-12-03"]);
    // no day told: nothing (before, two days after publication, a future date for a past event)
    expect(dates("Deux jours après le sommet, les ministres se sont retrouvés à Oslo.", "2026-12-03")).toEqual([]);
    expect(dates("Two days after the summit, the ministers met again in Oslo.", "2026-12-03", "en")).toEqual([]);
  });
});

describe("findTemporalExpressions: 'cette semaine-là', the story's time", () => {
  it("reads no date from a time word pointed at the story's time by '-là', and still reads '-ci'", () => {
    expect(dates("Cette semaine-là, le ministre avait rencontré son homologue à Rome.", "2026-12-03")).toEqual([]);
    expect(dates("Ce mois-là, les deux pays avaient signé un accord.", "2026-12-03")).toEqual([]);
    expect(dates("Cette année-là, la France avait quitté le commandement intégré.", "2026-12-03")).toEqual([]);
    expect(dates("Ce mardi-là, le président avait reçu son homologue.", "2026-12-03")).toEqual([]);
    expect(dates("Ce mois-ci, le ministre a rencontré son homologue.", "2026-12-03")).toEqual(["Ce mois-ci → 2026-12"]);
  });
});

describe("findTemporalExpressions: a day or month without a year, and no tense to go by", () => {
  it("takes the year that puts it nearest to publication: next January when written in December", () => {
    expect(dates("Après une escale à Riga le 14 janvier, la délégation gagne Vilnius.", "2026-12-10")).toContain(
      "le 14 janvier → 2027-01-14 future",
    );
    expect(dates("Une étape à Oslo en février, puis Helsinki.", "2026-12-10")).toEqual(["en février → 2027-02 future"]);
    expect(dates("After a stop in Riga on January 14, the delegation heads to Vilnius.", "2026-12-10", "en")).toContain(
      "January 14 → 2027-01-14 future",
    );
  });
  it("keeps publication's year for a date nearer in it, and the tense's direction when there is one", () => {
    expect(dates("Une étape à Oslo le 3 décembre, puis Helsinki.", "2026-12-10")).toEqual(["le 3 décembre → 2026-12-03"]);
    expect(dates("Une étape à Oslo en juin, puis Helsinki.", "2026-12-10")).toEqual(["en juin → 2026-06"]);
    expect(dates("Le ministre s'était rendu à Riga le 14 janvier.", "2026-12-10")).toEqual(["le 14 janvier → 2026-01-14"]);
    expect(dates("The summit took place in late January in Riga.", "2026-02-10", "en").join()).toContain("2026-01");
  });
});

describe("findTemporalExpressions: a meeting agreed on for later", () => {
  it("dates what follows 'agreed to meet', 'convenus de se retrouver' as still to come, though the agreeing is past", () => {
    expect(dates("The three ministers agreed to meet again in Oslo in the spring, an aide said.", "2026-12-17", "en")).toEqual([
      "in the spring → 2027 future",
    ]);
    expect(dates("Les deux ministres ont décidé de se retrouver en juin à Tallinn.", "2026-12-17")).toEqual(["en juin → 2027-06 future"]);
    expect(dates("Ils sont convenus mardi de se revoir en mars.", "2026-12-17")).toEqual([
      "mardi → 2026-12-15",
      "en mars → 2027-03 future",
    ]);
    expect(dates("They agreed on Tuesday to hold talks again in March.", "2026-12-17", "en")).toEqual([
      "on Tuesday → 2026-12-15",
      "in March → 2027-03 future",
    ]);
  });
  it("keeps the past for what the agreeing itself is dated by, and for agreeing to something else", () => {
    expect(dates("The ministers agreed on Tuesday to extend the mission.", "2026-12-17", "en")).toEqual(["on Tuesday → 2026-12-15"]);
    expect(dates("They agreed to a ceasefire in March.", "2026-12-17", "en")).toEqual(["in March → 2026-03"]);
    expect(dates("Les deux ministres ont décidé en juin de renforcer leur coopération.", "2026-12-17")).toEqual(["en juin → 2026-06"]);
  });
});

describe("findTemporalExpressions: a span counted back from the event its clause opens on", () => {
  /** The story told a meeting on Saturday 12 December 2026 (asked with the words that name it) and that day last. */
  const storyDay = (phrase?: string): string | null => (phrase === undefined || /meeting|rencontre/iu.test(phrase) ? "2026-12-12" : null);
  const counted = (text: string, language: string) =>
    findTemporalExpressions({ text, start: 0 }, "2026-12-14", language, storyDay).map(
      (e) => `${e.text} → ${e.date}${e.countsFromSubject ? " from subject" : ""}`,
    );

  it("counts a span back from the subject event's day, in a past or present clause, 'a day' too", () => {
    expect(counted("The Riyadh meeting came a day after the prince spoke by phone with the emir.", "en")).toEqual([
      "a day after → 2026-12-11 from subject",
    ]);
    expect(counted("Cette rencontre intervient deux jours après un entretien téléphonique entre les deux ministres.", "fr")).toEqual([
      "deux jours après → 2026-12-10 from subject",
    ]);
  });

  it("counts it back from the sentence's day before a verb that is no finite one, not before a name", () => {
    expect(counted("The prince met the envoy on Saturday, a day after speaking with the emir.", "en")).toContain(
      "a day after → 2026-12-11 from subject",
    );
    expect(counted("Le ministre est arrivé samedi, deux jours après s'être entretenu avec son homologue.", "fr")).toContain(
      "deux jours après → 2026-12-10 from subject",
    );
    expect(counted("The envoy left two days after Beijing announced new tariffs.", "en").join()).not.toContain("from subject");
  });
});
