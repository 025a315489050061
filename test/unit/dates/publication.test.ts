import { describe, expect, it } from "vitest";
import { dateFromLocation, parseDateLine, parseDateMarker, parseDateline, parseIsoStamp } from "../../../ingest/dates/index.js";
import { dateOfDatelineDay, withDatelineDay } from "../../../ingest/dates/publication.js";

describe("publication dates", () => {
  it("reads ISO stamps and timestamps, keeping partial dates partial", () => {
    expect(parseIsoStamp("2026-02-02")).toBe("2026-02-02");
    expect(parseIsoStamp("2024-11")).toBe("2024-11");
    expect(parseIsoStamp("2025-05-12T08:30:00+09:00")).toBe("2025-05-12");
    expect(parseIsoStamp("2024-13")).toBeNull();
    expect(parseIsoStamp("2025-02-30")).toBeNull();
  });

  it("reads a leading `date …` marker and where it ends", () => {
    expect(parseDateMarker(" date 2024-11 Ce document va de la défense au désarmement.")).toEqual({ date: "2024-11", end: 13 });
    expect(parseDateMarker("date 2026-02-02")).toEqual({ date: "2026-02-02", end: 15 });
    expect(parseDateMarker("dated letters 2026")).toBeNull();
  });

  it("reads lines that are nothing but a date", () => {
    expect(parseDateLine("Sunday, 01 February 2026")).toBe("2026-02-01");
    expect(parseDateLine("Le 3 mars 2025")).toBe("2025-03-03");
    expect(parseDateLine("Publié le 3 mars 2025 à 10h32")).toBe("2025-03-03");
    // A byline before the label, as some outlets print it.
    expect(parseDateLine("Ana Ruiz Published March 12, 2024 | 09:53 PM")).toBe("2024-03-12");
    expect(parseDateLine("By Tom Reyes Updated April 2, 2025")).toBe("2025-04-02");
    expect(parseDateLine("Par Lise Moreau Publié le 4 juin 2025 à 08h15")).toBe("2025-06-04");
    expect(parseDateLine("By Ana Ruiz | Published June 12, 2025 | 3:10 PM")).toBe("2025-06-12");
    expect(parseDateLine("Par Lise Moreau · Publié le 4 juin 2025")).toBe("2025-06-04");
    expect(parseDateLine("By Ana Ruiz | Senior Editor")).toBeNull();
    expect(parseDateLine("Ana Ruiz met the minister on March 12, 2024")).toBeNull();
    expect(parseDateLine("July 8, 2024")).toBe("2024-07-08");
    expect(parseDateLine("22 hours ago")).toBeNull();
    expect(parseDateLine("Publié le 12/03/2025 à 14h05")).toBe("2025-03-12"); // day first in French
    expect(parseDateLine("Updated 03/12/2025 at 3:45 PM EST")).toBe("2025-12-03"); // month first in English
    expect(parseDateLine("Mon 3 Mar 2025 10.02 GMT")).toBe("2025-03-03");
    expect(parseDateLine("July 8, 2024 6:05 AM GMT+9 Updated 2 hours ago")).toBe("2024-07-08");
    expect(parseDateLine("3 mars 2025 à 10h02, mis à jour à 11h")).toBe("2025-03-03");
    expect(parseDateLine("3 mars 2025 · modifié à 11h")).toBe("2025-03-03");
    expect(parseDateLine("Le 31 janvier dernier, Sanae Takaichi a tenu une rencontre.")).toBeNull();
    expect(parseDateLine("Le sommet de 2024 à Washington")).toBeNull();
  });

  it("reads a date line that names its outlet, place or author first, with a separator", () => {
    expect(parseDateLine("La Gazette, publié le 14/05/2025 à 18:20")).toBe("2025-05-14");
    expect(parseDateLine("Le Courrier avec AFP, publié le 02 juin 2025 à 09h40")).toBe("2025-06-02");
    expect(parseDateLine("Nord-Éclair, mardi 3 juin 2025")).toBe("2025-06-03");
    expect(parseDateLine("Lyon, le 3 juin 2025")).toBe("2025-06-03");
    expect(parseDateLine("By Ana Ruiz, Daily Ledger, June 3, 2025")).toBe("2025-06-03");
    expect(parseDateLine("The Ledger | June 3, 2025")).toBe("2025-06-03");
    // The outlet after the date, past a dash or a bar.
    expect(parseDateLine("Publié le 5 juin 2025 à 09h15 - La Gazette")).toBe("2025-06-05");
    expect(parseDateLine("Publié le 5 juin 2025 - Le Courrier avec AFP")).toBe("2025-06-05");
    expect(parseDateLine("Published June 5, 2025 | Daily Ledger")).toBe("2025-06-05");
    expect(parseDateLine("Le 5 juin 2025 - le ministre a parlé")).toBeNull();
    // Words that are not a name before the date: a sentence, not a date line.
    expect(parseDateLine("Le ministre a parlé, 3 juin 2025")).toBeNull();
    expect(parseDateLine("Ana Ruiz signed on June 3, 2025")).toBeNull();
  });

  it("reads news datelines: place in capitals, date, agency, dash", () => {
    expect(parseDateline("MANILA, July 8, 2024 - The Philippines and Japan signed")).toEqual({
      end: 23,
      place: "MANILA",
      date: "2024-07-08",
      day: null,
      agency: null,
    });
    expect(parseDateline("PARIS (AFP) - Le président a reçu")).toEqual({ end: 14, place: "PARIS", date: null, day: null, agency: "AFP" });
    expect(parseDateline("TOKYO, 3 mars 2025 (Reuters) — Le ministre")?.date).toBe("2025-03-03");
    expect(parseDateline("MANILA, July 8 (Reuters) - The Philippines")).toEqual({
      end: 27,
      place: "MANILA",
      date: null,
      day: { month: 7, day: 8 },
      agency: "Reuters",
    });
    expect(parseDateline("BRUXELLES, 3 mars (AFP) - Les ministres")?.agency).toBe("AFP");
    expect(parseDateline("Japon-Royaume-Uni : renforcement")).toBeNull();
    expect(parseDateline("NATO - the alliance said")).toBeNull();
  });

  it("reads a dateline whose place is written as a name when an agency in brackets or a date follows it", () => {
    expect(parseDateline("Paris (AFP) - Le président a reçu")).toEqual({ end: 14, place: "Paris", date: null, day: null, agency: "AFP" });
    expect(parseDateline("Paris, le 12 septembre 2026 (AFP) - Les ministres")).toEqual({
      end: 36,
      place: "Paris",
      date: "2026-09-12",
      day: null,
      agency: "AFP",
    });
    expect(parseDateline("Le Caire, 3 mars 2026 (AFP) — Le ministre")?.place).toBe("Le Caire");
    expect(parseDateline("N'Djamena (AFP) - Le président")?.place).toBe("N'Djamena");
    expect(parseDateline("Rio de Janeiro, 4 mai 2026 (Reuters) - Brazil")?.date).toBe("2026-05-04");
    expect(parseDateline("Addis-Abeba (AFP/Reuters) – L'Union africaine")?.agency).toBe("AFP/Reuters");
    expect(parseDateline("Washington, Sept 14, 2026 - The talks")?.date).toBe("2026-09-14");
  });
  it("takes no name before a dash for a dateline without an agency or a date: a person and a party are not one", () => {
    expect(parseDateline("Paris - Le président a reçu")).toBeNull();
    expect(parseDateline("Olivier Faure (PS) - Le premier secrétaire a répondu")).toBeNull();
    expect(parseDateline("Emmanuel Macron (Renaissance) – Le président a parlé")).toBeNull();
    expect(parseDateline("Emmanuel Macron, 48 ans - Le président a parlé")).toBeNull();
    expect(parseDateline("Le ministre (PS) - Il a dit")).toBeNull();
  });
  it("reads a date line around a byline with a bracket, a dateline, a time or a dash", () => {
    expect(parseDateLine("ROME, 3 mars 2026 (AFP) -")).toBe("2026-03-03");
    expect(parseDateLine("Par Jeanne Martin (Ankara, correspondante) Publié le 02 mars 2026 à 18h02")).toBe("2026-03-02");
    expect(parseDateLine("Par Paul-Henri Durand-Lefèvre (Kiev, envoyé spécial) Publié le 05 mars 2026 à 06h00")).toBe("2026-03-05");
    expect(parseDateLine("Publié le : 04/03/2026 - 09:12 Par RFI")).toBe("2026-03-04");
    expect(parseDateLine("KABUL (AP) — Updated 4:12 PM GMT, March 9, 2026")).toBe("2026-03-09");
    expect(parseDateLine("Published March 9, 2026 by Jane Doe")).toBe("2026-03-09");
    // A sentence is still no date line.
    expect(parseDateLine("Par Jeanne Martin (Ankara) Publié le 02 mars 2026, le texte a été amendé")).toBeNull();
  });
  it("reads the date among the parts of a header line, between bars, or last after a spaced dash", () => {
    expect(parseDateLine("Jeanne Martin à Québec | 13 février 2026 | Politique canadienne")).toBe("2026-02-13");
    expect(parseDateLine("Ana Ruiz in Lima and Ken Obi in Oyo | Published March 24 2026")).toBe("2026-03-24");
    expect(parseDateLine("Published On 11 Mar 2026 | By Ana Ruiz in Lima")).toBe("2026-03-11");
    expect(parseDateLine("Published: 8:30pm, 27 Jan 2026 | Ana Ruiz and Ken Obi")).toBe("2026-01-27");
    expect(parseDateLine("Updated Feb 18, 2026, 09:15 PM | Ana Ruiz, India Correspondent")).toBe("2026-02-18");
    expect(parseDateLine("Par Jeanne Martin, envoyée spéciale à Oslo — 1er novembre 2025 à 20h14")).toBe("2025-11-01");
    expect(parseDateLine("OSLO - Publié le : jeudi, 05 mars 2026 18:20 (APS)")).toBe("2026-03-05");
    expect(parseDateLine("Ana Ruiz Political correspondent - Fri 4 Dec 2026 18.30 GMT")).toBe("2026-12-04");
    // The outlet after a comma, an update in brackets.
    expect(parseDateLine("Friday December 04 2026, 10.00pm GMT, The Courier")).toBe("2026-12-04");
    expect(parseDateLine("1 Dec 2026 (updated: 2 Dec 2026)")).toBe("2026-12-01");
    expect(parseDateLine("Jeanne Martin à Oslo - Publié le 20 novembre 2026")).toBe("2026-11-20");
    // The date first, then a byline after the dash.
    expect(parseDateLine("Oslo, 8 décembre 2026 - Par Jeanne Martin, Le Quotidien")).toBe("2026-12-08");
    expect(parseDateLine("November 18, 2026 19:20 JST - ANA RUIZ, staff writer")).toBe("2026-11-18");
    // A date opening a sentence after a dash is no header; a bar between words and no date, none either.
    expect(parseDateLine("Le 5 juin 2025 — le ministre a parlé")).toBeNull();
    expect(parseDateLine("Le 5 juin 2025 - Par décret, le président a parlé")).toBeNull();
    expect(parseDateLine("By Ana Ruiz | Senior Editor | Politics")).toBeNull();
  });
  it("reads a date line ending with its agency in brackets", () => {
    expect(parseDateLine("Paris, le 12 septembre 2026 (AFP)")).toBe("2026-09-12");
    expect(parseDateLine("March 3, 2026 (Reuters)")).toBe("2026-03-03");
  });
  it("reads a dateline that names only its place, in capitals, before a sentence", () => {
    expect(parseDateline("WASHINGTON — The two ministers met on Monday.")).toEqual({
      end: 13,
      place: "WASHINGTON",
      date: null,
      day: null,
      agency: null,
    });
    expect(parseDateline("LE HAVRE – Le porte-avions a quitté le port.")).toEqual({
      end: 11,
      place: "LE HAVRE",
      date: null,
      day: null,
      agency: null,
    });
    expect(parseDateline("NEW DELHI -- India said it would buy jets.")?.place).toBe("NEW DELHI");
    expect(parseDateline("**OSLO** — Norway signed the deal.")).toEqual({ end: 11, place: "OSLO", date: null, day: null, agency: null });
    expect(parseDateline("OSLO (Reuters) - Norway signed the deal.")).toEqual({
      end: 17,
      place: "OSLO",
      date: null,
      day: null,
      agency: "Reuters",
    });
    expect(parseDateline("ROME, 3 mars (AFP) - Les ministres se sont réunis.")).toEqual({
      end: 21,
      place: "ROME",
      date: null,
      day: { month: 3, day: 3 },
      agency: "AFP",
    });
    expect(parseDateline("OTAN — les alliés ont répondu.")).toBeNull();
    expect(parseDateline("UE — Les Vingt-Sept ont répondu.")).toBeNull();
    expect(parseDateline("Le ministre — Les alliés ont répondu.")).toBeNull();
  });
  it("reads a dateline closed by a colon, as South Asian papers write it", () => {
    expect(parseDateline("COLOMBO: Prime Minister Tissera said on Monday")).toEqual({
      end: 9,
      place: "COLOMBO",
      date: null,
      day: null,
      agency: null,
      colon: true,
    });
    expect(parseDateline("NEW DELHI, March 3 (PTI): The minister said")).toMatchObject({
      place: "NEW DELHI",
      day: { month: 3, day: 3 },
      agency: "PTI",
      colon: true,
    });
    expect(parseDateline("DAKAR, 3 mars (APS) : Le Premier ministre a reçu")).toMatchObject({ place: "DAKAR", agency: "APS", colon: true });
    expect(parseDateline("Lahore, March 3 (APP): The minister said")).toMatchObject({ place: "Lahore", agency: "APP", colon: true });
    // Not a heading in title case, nor a label before a lowercase word.
    expect(parseDateline("Japon-Royaume-Uni : Renforcement")).toBeNull();
    expect(parseDateline("Lahore: The minister said")).toBeNull();
    expect(parseDateline("NOTE: the figures are provisional")).toBeNull();
  });

  it("reads a date from a file name or a URL path as a last resort", () => {
    expect(dateFromLocation("data/articles/2024-07-08-japan-philippines-raa.fr.html")).toBe("2024-07-08");
    expect(dateFromLocation("report_20240708.html")).toBe("2024-07-08");
    expect(dateFromLocation("2026-02-gcap-defence-ministers.fr.md")).toBe("2026-02");
    expect(dateFromLocation("https://example.org/2025/06/05/nato-meets")).toBe("2025-06-05");
    expect(dateFromLocation("https://example.org/world/2024/11/eu-japan")).toBe("2024-11");
    expect(dateFromLocation("/archive/2024/11/summit.txt")).toBeNull(); // folders of a file path say nothing
    expect(dateFromLocation("000_d1b13e99ceaadd32.txt")).toBeNull();
    expect(dateFromLocation("budget-2024.txt")).toBeNull();
    expect(dateFromLocation("2024-13-01.txt")).toBeNull();
  });

  it("keeps the day and month of a dateline written without its year, in both languages and both orders", () => {
    expect(parseDateline("LONDON, Dec 3 (Reuters) - The minister said on Tuesday")?.day).toEqual({ month: 12, day: 3 });
    expect(parseDateline("BERLIN, Dec. 3 (Reuters) - The minister said")?.day).toEqual({ month: 12, day: 3 });
    expect(parseDateline("PARIS, 3 déc (Reuters) - Le ministre a déclaré")?.day).toEqual({ month: 12, day: 3 });
    expect(parseDateline("WASHINGTON, March 14 (AP) — The secretary said")?.day).toEqual({ month: 3, day: 14 });
    expect(parseDateline("TOKYO, December 3rd (Kyodo) -- The minister said")?.day).toEqual({ month: 12, day: 3 });
    expect(parseDateline("Le Caire, 3 décembre (AFP) - Le ministre a déclaré")?.day).toEqual({ month: 12, day: 3 });
    // with its year, the date itself; no date, no day; no day of a month that has none
    expect(parseDateline("NEW YORK, Dec 3, 2026 (Reuters) - The minister")).toMatchObject({ date: "2026-12-03", day: null });
    expect(parseDateline("OSLO (Reuters) - Norway signed the deal.")?.day).toBeNull();
    expect(parseDateline("OSLO, Feb 30 (Reuters) - Norway signed the deal.")?.day).toBeNull();
  });
  it("dates a yearless dateline in the year its metadata says, never more than two days after the metadata's day", () => {
    const dec3 = { month: 12, day: 3 };
    expect(dateOfDatelineDay(dec3, "2026")).toBe("2026-12-03");
    expect(dateOfDatelineDay(dec3, "2026-12")).toBe("2026-12-03");
    expect(dateOfDatelineDay(dec3, "2027-01")).toBe("2026-12-03");
    expect(dateOfDatelineDay(dec3, "2026-12-05")).toBe("2026-12-03");
    expect(dateOfDatelineDay(dec3, "2026-12-02")).toBe("2026-12-03"); // a time zone or a late stamp
    expect(dateOfDatelineDay({ month: 12, day: 31 }, "2027-01-02")).toBe("2026-12-31");
    expect(dateOfDatelineDay({ month: 3, day: 14 }, "2026-12-05")).toBe("2026-03-14");
    expect(dateOfDatelineDay({ month: 2, day: 29 }, "2027")).toBeNull();
    // no metadata: the year is unknown, and a date has one
    expect(dateOfDatelineDay(dec3, null)).toBeNull();
  });
  it("completes a publication date less precise than a day with the dateline's day, and keeps a day already stated", () => {
    const dec3 = { month: 12, day: 3 };
    expect(withDatelineDay("2026-12", dec3)).toBe("2026-12-03");
    expect(withDatelineDay("2026", dec3)).toBe("2026-12-03");
    expect(withDatelineDay("2026-12-04", dec3)).toBe("2026-12-04");
    expect(withDatelineDay(null, dec3)).toBeNull();
    expect(withDatelineDay("2026-12", null)).toBe("2026-12");
  });
});
