import { describe, expect, it } from "vitest";
import { nominativeUnit } from "./nouns.js";

describe("nominativeUnit", () => {
  it("turns dative plurals into nominative where it is safe", () => {
    expect(nominativeUnit("Jahren", false)).toBe("Jahre");
    expect(nominativeUnit("Flüchtlingen", false)).toBe("Flüchtlinge");
    expect(nominativeUnit("Kindern", false)).toBe("Kinder");
    expect(nominativeUnit("Gästen", true)).toBe("Gäste");
    expect(nominativeUnit("Anträgen", true)).toBe("Anträge");
    expect(nominativeUnit("Spieltagen", true)).toBe("Spieltage");
  });

  it("leaves weak plurals and unknown forms as written", () => {
    expect(nominativeUnit("Personen", true)).toBe("Personen");
    expect(nominativeUnit("Universitäten", true)).toBe("Universitäten");
    expect(nominativeUnit("Behörden", true)).toBe("Behörden");
    expect(nominativeUnit("Eltern", true)).toBe("Eltern");
    expect(nominativeUnit("Gästen", false)).toBe("Gästen");
    expect(nominativeUnit("Etagen", false)).toBe("Etagen");
    expect(nominativeUnit("Maßnahmen", true)).toBe("Maßnahmen");
  });
});
