/**
 * An Event's readable title, from what the graph holds of it: its type and status, its
 * participants' names, its place and its date. "Meeting of Keir Starmer and Sanae Takaichi,
 * Tokyo, 2026-01-31", "Planned visit of Keir Starmer to Beijing, 2026-03-28 to 2026-03-31".
 * English, like the canonical names. Pure.
 */
import type { EventStatus, IsoDate } from "../model/extraction.js";

export interface NamedEntity {
  name: string;
  type: string;
}

/** How a type of event is named: "Meeting of A and B", "Signing by A", "Visit of A to X". */
interface Phrase {
  noun: string;
  /** The word before the participants. */
  by: string;
  /** The word before the place ("to" for a visit); a comma when absent. */
  place?: string;
}

const PHRASES: Readonly<Record<string, Phrase>> = {
  Meeting: { noun: "meeting", by: "of" },
  Visit: { noun: "visit", by: "of", place: "to" },
  Signing: { noun: "signing", by: "by" },
  PressConference: { noun: "press conference", by: "of" },
  Call: { noun: "call", by: "between" },
  Statement: { noun: "statement", by: "by" },
  Announcement: { noun: "announcement", by: "by" },
};

/** Participants named in a title; the others are counted. */
const NAMED_PARTICIPANTS = 4;

export interface TitleParts {
  type: string;
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  participants: readonly NamedEntity[];
  place: NamedEntity | null;
}

export function eventTitle(event: TitleParts): string {
  const phrase = PHRASES[event.type] ?? { noun: splitCamel(event.type).toLowerCase(), by: "of" };
  const noun = event.status === "occurred" ? capitalize(phrase.noun) : `${capitalize(event.status)} ${phrase.noun}`;
  const names = orderedNames(event.participants);
  let title = names.length > 0 ? `${noun} ${names.length === 1 && phrase.by === "between" ? "by" : phrase.by} ${listed(names)}` : noun;
  if (event.place !== null) title += phrase.place ? ` ${phrase.place} ${event.place.name}` : `, ${event.place.name}`;
  if (event.date !== null)
    title += event.endDate !== null && event.endDate !== event.date ? `, ${event.date} to ${event.endDate}` : `, ${event.date}`;
  return title;
}

/** People first, then countries and organisations; each alphabetically. */
function orderedNames(participants: readonly NamedEntity[]): string[] {
  const rank = (entity: NamedEntity): number => (entity.type === "Person" ? 0 : 1);
  return [...participants]
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "en"))
    .map((entity) => entity.name)
    .filter((name, index, all) => all.indexOf(name) === index);
}

/** "A", "A and B", "A, B and C", "A, B, C, D and 2 others". */
function listed(names: readonly string[]): string {
  if (names.length > NAMED_PARTICIPANTS) {
    const others = names.length - NAMED_PARTICIPANTS;
    return `${names.slice(0, NAMED_PARTICIPANTS).join(", ")} and ${others} other${others > 1 ? "s" : ""}`;
  }
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function splitCamel(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2");
}
