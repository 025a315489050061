/**
 * The English language pack: its chrono-node locale, its sentence rules and its cue modules.
 */
import * as chrono from "chrono-node";
import type { LanguagePack } from "../types.js";
import * as calendar from "./calendar.js";
import * as dating from "./dating.js";
import * as eventReferences from "./event-references.js";
import * as eventTriggers from "./event-triggers.js";
import * as modality from "./modality.js";
import * as names from "./names.js";
import * as numbers from "./numbers.js";
import * as relations from "./relations.js";
import * as roles from "./roles.js";
import * as tense from "./tense.js";

export const english: LanguagePack = {
  code: "en",
  name: "English",
  chrono: chrono.en.casual,
  segmenterLocale: "en",
  calendar,
  dating,
  eventReferences,
  eventTriggers,
  modality,
  names,
  numbers,
  relations,
  roles,
  tense,
};
