/**
 * The English language pack: its chrono-node locale, its sentence rules and its cue modules.
 */
import * as chrono from "chrono-node";
import type { LanguagePack } from "../types.js";
import * as dating from "./dating.js";
import * as eventReferences from "./event-references.js";
import * as eventTriggers from "./event-triggers.js";
import * as modality from "./modality.js";
import * as relations from "./relations.js";
import * as tense from "./tense.js";

export const english: LanguagePack = {
  code: "en",
  name: "English",
  chrono: chrono.en.casual,
  segmenterLocale: "en",
  dating,
  eventReferences,
  eventTriggers,
  modality,
  relations,
  tense,
};
