import { describe, expect, it } from "vitest";
import { withoutSiteSuffix } from "../../../ingest/text/title.js";

describe("site suffixes in headlines", () => {
  it("drops the site's name (its words or the publisher's), a domain, and a section label once the name is gone", () => {
    expect(withoutSiteSuffix("Le Japon et l'Italie signent un pacte | JOURNAL24", "JOURNAL24 - Informations")).toBe(
      "Le Japon et l'Italie signent un pacte",
    );
    expect(withoutSiteSuffix("Rome and Tokyo sign a pact - Harbour Post", "Harbour Post")).toBe("Rome and Tokyo sign a pact");
    expect(withoutSiteSuffix("Rome and Tokyo sign a pact — harbourpost.example", null)).toBe("Rome and Tokyo sign a pact");
    expect(withoutSiteSuffix("Rome and Tokyo sign a pact | World News | Harbour Post", "Harbour Post")).toBe("Rome and Tokyo sign a pact");
  });

  it("keeps a dash or a bar that belongs to the headline", () => {
    expect(withoutSiteSuffix("Tokyo - Rome : la rencontre", "Harbour Post")).toBe("Tokyo - Rome : la rencontre");
    expect(withoutSiteSuffix("Rome and Tokyo | World News", null)).toBe("Rome and Tokyo | World News");
    expect(withoutSiteSuffix("Harbour Post - Harbour Post", "Harbour Post")).toBe("Harbour Post - Harbour Post");
  });
});
