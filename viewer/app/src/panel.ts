/**
 * The side panel: one node's facts with the verbatim evidence behind each, and the articles it
 * comes from. All text goes through textContent (see dom.ts).
 */
import type { EvidenceQuote, NodeConflict, NodeDetails, SourceDocument } from "../../shared/api.js";
import { h, safeLink, type Child } from "./dom.js";
import { typeColor } from "./style.js";

export interface PanelActions {
  expand(id: string): void;
  collapse(id: string): void;
  more(id: string): void;
  pathFrom(id: string, label: string): void;
  pathTo(id: string, label: string): void;
  focus(id: string): void;
}

export interface ExpansionInfo {
  expanded: boolean;
  shown: number;
  total: number;
}

function documentLabel(doc: SourceDocument): string {
  return doc.title?.trim() || doc.source?.split(/[\\/]/).pop() || doc.id;
}

function citation(doc: SourceDocument): HTMLElement {
  const details = [doc.publisher, doc.published].filter((part): part is string => Boolean(part));
  return h(
    "cite",
    { class: "citation", attrs: { "data-document": doc.id } },
    h("span", { class: "doc-title" }, safeLink(doc.source, documentLabel(doc))),
    details.length ? h("span", { class: "doc-meta" }, ` — ${details.join(", ")}`) : null,
  );
}

function quotes(evidence: readonly EvidenceQuote[], fallbackSources: readonly SourceDocument[]): Child {
  if (evidence.length === 0) {
    return fallbackSources.length ? h("div", { class: "sources" }, ...fallbackSources.map(citation)) : null;
  }
  return h(
    "div",
    { class: "evidence-list" },
    ...evidence.map((quote) =>
      h(
        "figure",
        { class: "evidence" },
        h("blockquote", { class: "quote" }, quote.text),
        h(
          "figcaption",
          {},
          quote.document
            ? citation(quote.document)
            : fallbackSources.length
              ? h("span", {}, ...fallbackSources.map(citation))
              : "source not recorded",
        ),
      ),
    ),
  );
}

/**
 * What each article said of an event, in publication order, when they did not all simply report
 * it done: how an announcement turned out ("planned 2026-03-28", then "occurred 2026-03-28").
 */
function claimsOf(event: NodeDetails["events"][number]): Child {
  if (event.claims.every((claim) => claim.status === "occurred")) return null;
  return h(
    "ul",
    { class: "claims-history", attrs: { "data-testid": "event-claims" } },
    ...event.claims.map((claim) =>
      h(
        "li",
        {},
        h("span", { class: "claim-status" }, [claim.status ?? "reported", claim.date].filter(Boolean).join(" ")),
        " — ",
        citation(claim.document),
      ),
    ),
  );
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h("section", { class: "panel-section" }, h("h3", {}, title), ...children);
}

function nodeLink(id: string, label: string, actions: PanelActions): HTMLElement {
  return h("button", { class: "link", attrs: { type: "button", "data-node": id }, on: { click: () => actions.focus(id) } }, label);
}

function conflictView(conflict: NodeConflict): HTMLElement {
  return h(
    "article",
    { class: "conflict", attrs: { "data-conflict": conflict.id } },
    h("p", { class: "conflict-title" }, "⚠ Conflicting claims", conflict.kind ? ` (${conflict.kind})` : ""),
    conflict.description ? h("p", {}, conflict.description) : null,
    h(
      "div",
      { class: "claims" },
      ...(conflict.claims.length
        ? conflict.claims.map((claim) =>
            h("div", { class: "claim" }, h("p", { class: "claim-summary" }, claim.summary), quotes(claim.evidence, claim.sources)),
          )
        : conflict.documents.map((doc) => h("div", { class: "claim" }, citation(doc)))),
    ),
  );
}

export function renderPanel(details: NodeDetails, expansion: ExpansionInfo, actions: PanelActions): HTMLElement[] {
  const { node } = details;
  const header = h(
    "header",
    { class: "panel-header" },
    h("h2", { class: "panel-title", attrs: { "data-testid": "panel-title" } }, node.label),
    h(
      "p",
      { class: "badges" },
      h("span", { class: "badge", attrs: { style: `background:${typeColor(node.type)}` } }, node.type),
      h("span", { class: "muted" }, ` ${node.kind}`),
      node.date ? h("span", { class: "muted" }, ` · ${node.date}`) : null,
      details.event?.status ? h("span", { class: "muted" }, ` · ${details.event.status}`) : null,
      details.conflicts.length ? h("span", { class: "badge conflict-badge" }, "conflict") : null,
    ),
    details.aliases.length ? h("p", { class: "aliases" }, "Also: ", details.aliases.join(" · ")) : null,
    details.wikidata ? h("p", { class: "muted" }, safeLink(`https://www.wikidata.org/wiki/${details.wikidata}`, details.wikidata)) : null,
  );

  const actionsRow = h(
    "div",
    { class: "row actions" },
    expansion.expanded
      ? h("button", { attrs: { type: "button", "data-action": "collapse" }, on: { click: () => actions.collapse(node.id) } }, "Collapse")
      : h(
          "button",
          { attrs: { type: "button", "data-action": "expand" }, on: { click: () => actions.expand(node.id) } },
          `Expand neighbours (${node.degree})`,
        ),
    expansion.expanded && expansion.shown < expansion.total
      ? h(
          "button",
          { attrs: { type: "button", "data-action": "more" }, on: { click: () => actions.more(node.id) } },
          `More (${expansion.shown}/${expansion.total})`,
        )
      : null,
    h(
      "button",
      { attrs: { type: "button", "data-action": "path-from" }, on: { click: () => actions.pathFrom(node.id, node.label) } },
      "Path from here",
    ),
    h(
      "button",
      { attrs: { type: "button", "data-action": "path-to" }, on: { click: () => actions.pathTo(node.id, node.label) } },
      "Path to here",
    ),
  );

  const parts: HTMLElement[] = [header, actionsRow];
  if (details.conflicts.length) parts.push(section("Conflicts", ...details.conflicts.map(conflictView)));
  if (details.roles.length) {
    parts.push(
      section(
        "Roles",
        ...details.roles.map((role) =>
          h(
            "div",
            { class: role.conflict ? "fact conflicting" : "fact" },
            h(
              "p",
              { class: "fact-line" },
              role.conflict ? "⚠ " : "",
              role.title ?? role.titleText ?? "Role",
              " of ",
              nodeLink(role.of.id, role.of.label, actions),
              role.titleText && role.titleText !== role.title ? h("span", { class: "muted" }, ` (“${role.titleText}”)`) : null,
            ),
            quotes(role.evidence, role.sources),
          ),
        ),
      ),
    );
  }
  if (details.events.length) {
    parts.push(
      section(
        "Events",
        ...details.events.map((event) =>
          h(
            "div",
            { class: "fact event" },
            h(
              "p",
              { class: "fact-line" },
              h("time", {}, event.date ?? "date unknown"),
              event.endDate ? ` – ${event.endDate}` : "",
              " · ",
              event.id === node.id ? (event.title ?? event.type) : nodeLink(event.id, event.title ?? event.type, actions),
              event.status ? h("span", { class: "muted" }, ` (${event.status})`) : null,
              event.plannedDate ? h("span", { class: "muted" }, ` · first planned for ${event.plannedDate}`) : null,
            ),
            claimsOf(event),
            event.participants.length
              ? h(
                  "p",
                  { class: "participants" },
                  "With ",
                  ...event.participants.flatMap((p, i) => [i ? ", " : "", nodeLink(p.id, p.label, actions)]),
                )
              : null,
            quotes(event.evidence, event.sources),
          ),
        ),
      ),
    );
  }
  const otherFacts = details.facts.filter(
    (f) => f.type !== "HOLDS_ROLE" && f.type !== "PARTICIPATED_IN" && !(f.type === "PARTICIPATED_IN"),
  );
  if (otherFacts.length) {
    parts.push(
      section(
        "Relations",
        ...otherFacts.map((fact) =>
          h(
            "div",
            { class: fact.conflict ? "fact conflicting" : "fact" },
            h(
              "p",
              { class: "fact-line" },
              fact.conflict ? "⚠ " : "",
              fact.direction === "out" ? `${fact.type} → ` : `← ${fact.type} `,
              nodeLink(fact.other.id, fact.other.label, actions),
            ),
            quotes(fact.evidence, fact.sources),
          ),
        ),
      ),
    );
  }
  if (details.mentions.length) {
    parts.push(
      section(
        "Mentioned in",
        h(
          "ul",
          { class: "mentions" },
          ...details.mentions.map((m) => h("li", {}, citation(m.document), m.count ? h("span", { class: "muted" }, ` ×${m.count}`) : null)),
        ),
      ),
    );
  }
  return parts;
}
