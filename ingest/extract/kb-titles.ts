/**
 * The knowledge base's titles by the way they are written, folded once per knowledge base (per titles list): folding
 * every form of every title at each role claim cost the role pass more than its owner rules.
 */
import type { KbTitle } from "../../src/model/kb.js";
import { foldForMatch } from "../../src/kb/normalize.js";

const titlesByFoldedForm = new WeakMap<readonly KbTitle[], ReadonlyMap<string, readonly KbTitle[]>>();

/** The titles of `titles` one of whose forms folds (foldForMatch) to `folded`, in the list's order. */
export function titlesWrittenAs(titles: readonly KbTitle[], folded: string): readonly KbTitle[] {
  let byForm = titlesByFoldedForm.get(titles);
  if (!byForm) {
    const map = new Map<string, KbTitle[]>();
    for (const title of titles) {
      for (const form of title.forms) {
        const key = foldForMatch(form);
        const list = map.get(key);
        if (!list) map.set(key, [title]);
        else if (!list.includes(title)) list.push(title);
      }
    }
    byForm = map;
    titlesByFoldedForm.set(titles, byForm);
  }
  return byForm.get(folded) ?? [];
}
