/**
 * An office whose owner is an organisation named before and told again by its head noun ("the force commander",
 * "le commandant de la force", "le chef de la mission"), read end to end with the project's knowledge base on sentences
 * written for these tests: the owner is the one organisation named before with that noun in its name, and no one
 * when none or several are.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("the force told again by its head noun", () => {
  it("gives the force's commander the force named before", () => {
    expect(
      roles(
        extract(
          "La Force conjointe d'interposition (FCI) a renforcé ses patrouilles. Le commandant de la force, le général Paul Verdier, a déclaré mardi que le calme régnait.",
        ),
      ),
    ).toEqual(["Paul Verdier: Commander of Force conjointe d'interposition"]);
    expect(
      roles(
        extract(
          "The United Nations Interim Force in Lebanon stepped up its patrols. The force commander, Major General Luis Ortega, said on Tuesday that the border was calm.",
        ),
      ),
    ).toEqual(["Luis Ortega: Commander of United Nations Interim Force in Lebanon"]);
  });
  it("gives no owner when no force was named, when two were, or when the noun is another one ('force aérienne')", () => {
    expect(roles(extract("Le commandant de la force, le général Paul Verdier, a déclaré mardi que le calme régnait."))).toEqual([]);
    expect(
      roles(
        extract(
          "La Force conjointe d'interposition (FCI) et la Force africaine de réaction (FAR) ont patrouillé. Le commandant de la force, le général Paul Verdier, a parlé mardi.",
        ),
      ),
    ).toEqual([]);
    expect(
      roles(
        extract(
          "La Force conjointe d'interposition (FCI) a patrouillé. Le commandant de la force aérienne, le général Paul Verdier, a parlé mardi.",
        ),
      ),
    ).toEqual([]);
    expect(
      roles(extract("The minister praised the force of the argument. The force commander, General Tom Hale, was absent on Monday.")),
    ).toEqual([]);
  });
});

describe("the mission told again by its head noun", () => {
  it("gives the head of the mission the mission named before", () => {
    expect(
      roles(
        extract(
          "La Mission conjointe de surveillance (MCS) a repris ses patrouilles. Le chef de la mission, Marc Duval, a confirmé mardi la reprise.",
        ),
      ),
    ).toEqual(["Marc Duval: Head of Mission of Mission conjointe de surveillance"]);
    expect(
      roles(
        extract(
          "The Joint Monitoring Mission (JMM) resumed its patrols. The head of the mission, Anna Berg, said on Tuesday that they would go on.",
        ),
      ),
    ).toEqual(["Anna Berg: Head of Mission of Joint Monitoring Mission"]);
    expect(
      roles(extract("The Joint Monitoring Mission (JMM) resumed its patrols. The mission head, Anna Berg, agreed on Tuesday.")),
    ).toEqual(["Anna Berg: Head of Mission of Joint Monitoring Mission"]);
  });
  it("gives none to a head of mission with no mission named before", () => {
    expect(roles(extract("Le chef de la mission, Marc Duval, a confirmé mardi la reprise des travaux."))).toEqual([]);
  });
});
