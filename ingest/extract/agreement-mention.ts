/**
 * A mention of an agreement in a document, named or not: what the agreement finders give the
 * relation and event stages (its own module, so the finders of named and unnamed agreements share it).
 */
import type { Span } from "./spans.js";

export interface AgreementMention extends Span {
  entityId: string;
  text: string;
  sentenceIndex: number;
  /** Countries and organisations named inside the agreement's name (or acceding by it). */
  partyIds: string[];
  /** The programme or organisation the instrument is about ("a letter of intent on the X initiative"), if any. */
  topicId?: string | null;
  /** A generic noun standing for an agreement ("le traité", "the pact"): a mention, not a name. */
  generic?: boolean;
  /** One of several agreements announced before, told by an item word ("a third, on training"): no verb's object. */
  item?: boolean;
  /** Listed after another agreement as an object of the same verb ("trois accords : un accord …, un mémorandum …"): the list's first. */
  listedWith?: string;
}
