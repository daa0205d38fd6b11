import { describe, expect, it } from "vitest";
import { declinedForms, districtForms, stemOf } from "./variants.js";

describe("declinedForms", () => {
  it("adds the genitive -s to a one-word name", () => {
    expect(declinedForms("Köln")).toEqual(["Köln", "Kölns"]);
  });

  it("adds no -s after s, ß, x, z", () => {
    expect(declinedForms("Neuss")).toEqual(["Neuss"]);
  });

  it("declines an adjective before the head noun and the head noun itself", () => {
    const forms = declinedForms("Rheinisch-Bergischer Kreis");
    expect(forms).toContain("Rheinisch-Bergischen Kreis");
    expect(forms).toContain("Rheinisch-Bergischen Kreises");
  });

  it("declines a head noun that comes first", () => {
    expect(declinedForms("Rhein-Kreis Neuss")).toContain("Rhein-Kreises Neuss");
  });

  it("declines plural country names", () => {
    expect(declinedForms("Vereinigte Staaten")).toContain("Vereinigten Staaten");
    expect(declinedForms("Niederlande")).toContain("Niederlanden");
  });

  it("leaves lowercase parts alone", () => {
    const forms = declinedForms("Frankfurt am Main");
    expect(forms).toContain("Frankfurt am Main");
    expect(forms.some((f) => f.includes(" amen "))).toBe(false);
  });
});

describe("districtForms", () => {
  it("gives Kreis and Landkreis forms and leaves the bare name to the town", () => {
    const forms = districtForms("Landkreis Kassel", "Kassel", true);
    expect(forms).toEqual(expect.arrayContaining(["Landkreis Kassel", "Kreis Kassel", "Landkreises Kassel", "Kreises Kassel"]));
    expect(forms).not.toContain("Kassel");
  });

  it("keeps the bare name of a district not named like a town", () => {
    const forms = districtForms("Kreis Nordfriesland", "Nordfriesland", false);
    expect(forms).toEqual(expect.arrayContaining(["Nordfriesland", "Kreis Nordfriesland", "Landkreis Nordfriesland"]));
  });

  it("adds no prefix to a name with its own head noun", () => {
    expect(districtForms("Rhein-Erft-Kreis", "Rhein-Erft-Kreis", false)).not.toContain("Kreis Rhein-Erft-Kreis");
  });
});

describe("stemOf", () => {
  it("drops a river or region suffix", () => {
    expect(stemOf("Frankfurt am Main")).toBe("Frankfurt");
    expect(stemOf("Halle (Saale)")).toBe("Halle");
    expect(stemOf("Köln")).toBeNull();
  });
});
