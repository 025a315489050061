/**
 * The shape of the event rules: a named rule reads the trigger's scope and finds something
 * (participants, a place) or nothing; an ordered list of rules is tried until one finds.
 */
import type { TriggerScope } from "./scope.js";

/** What a participant rule finds: people, countries and organisations, or a group standing for an event's participants. */
export interface Found {
  people?: string[];
  parties?: string[];
  /** The participants are those of the salient event ("Ils", "les deux dirigeants"), and the people found, if any ("ils ont rencontré X"). */
  groupSubject?: boolean;
  /** The group's countries take part ("the two sides", "une réunion des ministres"). */
  ofMinisters?: boolean;
  /** A counterpart is met ("a reçu son homologue australienne"): a meeting even when told by a weak word. */
  counterpart?: boolean;
  /** Where the participants say it is: a host city ("Tokyo doit accueillir …"). */
  place?: string;
  /** Named in passing by its host city ("at the Ankara summit last July"): background, never what a later anaphor stands for. */
  inPassing?: boolean;
}

export interface Rule<T> {
  name: string;
  find(scope: TriggerScope): T | null;
}

export type ParticipantRule = Rule<Found>;
export type PlaceRule = Rule<string>;

/** The first rule that finds something, with its name. */
export function firstFinding<T>(rules: readonly Rule<T>[], scope: TriggerScope): { rule: string; value: T } | null {
  for (const rule of rules) {
    const value = rule.find(scope);
    if (value !== null) return { rule: rule.name, value };
  }
  return null;
}

/** What the first rule that finds something finds: the rules after it are not read (they only read the scope). */
export function firstFound<T>(rules: readonly Rule<T>[], scope: TriggerScope): T | null {
  for (const rule of rules) {
    const value = rule.find(scope);
    if (value !== null) return value;
  }
  return null;
}
