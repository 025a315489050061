/**
 * The news agencies whose names sign a dispatch ("Paris (AFP) - …", "Le Monde avec AFP", "March 3
 * (Reuters) - …"): the wires an article credits, not a knowledge of the world's press. A name in
 * brackets after a place is a dateline only when it is one of these (or several of them, "AFP/Reuters"):
 * "Olivier Faure (PS) - …" is a man and his party.
 */
const NEWS_AGENCIES: readonly string[] = [
  "AFP",
  "AP",
  "Associated Press",
  "Reuters",
  "Bloomberg",
  "Kyodo",
  "Jiji",
  "Yonhap",
  "Xinhua",
  "dpa",
  "ANSA",
  "EFE",
  "Lusa",
  "Belga",
  "ATS",
  "APA",
  "PAP",
  "CTK",
  "BTA",
  "Agerpres",
  "Anadolu",
  "TASS",
  "Interfax",
  "RIA Novosti",
  "Ukrinform",
  "APS",
  "MAP",
  "ACP",
  "ANP",
  "PTI",
  "ANI",
  "IANS",
  "APP",
  "BSS",
  "UNB",
  "NAN",
  "GNA",
  "Bernama",
  "Antara",
  "PNA",
  "KUNA",
  "WAM",
  "SPA",
  "QNA",
  "IRNA",
  "AAP",
  "Prensa Latina",
  "Télam",
  "Notimex",
];

const AGENCY_KEYS = new Set(NEWS_AGENCIES.map((name) => name.toLowerCase()));

/** Whether `credit` names news agencies only: "AFP", "Reuters", "AFP/Reuters", "AFP et AP", "AP and Reuters". */
export function isNewsAgencyCredit(credit: string): boolean {
  const names = credit.trim().split(/\s*(?:\/|,|&|\bet\b|\band\b|\bwith\b|\bavec\b)\s*/u);
  return names.length > 0 && names.every((name) => AGENCY_KEYS.has(name.toLowerCase()));
}
