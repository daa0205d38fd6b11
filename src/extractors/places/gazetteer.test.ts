import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gazetteer, surfaceKey } from "./gazetteer.js";

const generatorUrl = new URL("../../../scripts/build-gazetteer.mjs", import.meta.url);
const committedUrl = new URL("./data/gazetteer.json", import.meta.url);

describe("generated gazetteer", () => {
  it("is current: rerunning the generator in memory gives the committed file", async () => {
    const generator = (await import(generatorUrl.href)) as {
      buildGazetteer: () => unknown;
      serialiseGazetteer: (g: unknown) => string;
    };
    const fresh = generator.serialiseGazetteer(generator.buildGazetteer());
    expect(fresh === readFileSync(committedUrl, "utf8")).toBe(true);
  });

  it("stays small enough for a browser bundle", () => {
    expect(readFileSync(committedUrl).length).toBeLessThan(2_000_000);
  });
});

describe("lookup", () => {
  const g = gazetteer();
  const first = (form: string) => g.surfaces.get(surfaceKey(form))?.map((h) => h.entry) ?? [];

  it("knows towns with AGS, Land and coordinates", () => {
    const kerpen = first("Kerpen").find((e) => e.type === "municipality");
    expect(kerpen?.ags).toBe("05362032");
    expect(kerpen?.state).toBe("Nordrhein-Westfalen");
    expect(kerpen?.lat).toBeCloseTo(50.87, 1);
  });

  it("names a Landkreis that shares a town's name by its type", () => {
    expect(first("Landkreis Rottweil")[0]?.name).toBe("Landkreis Rottweil");
    expect(first("Kreises Rottweil")[0]?.name).toBe("Landkreis Rottweil");
    expect(first("Rottweil").some((e) => e.type === "district")).toBe(false);
  });

  it("declines districts with their own head noun", () => {
    expect(first("Rheinisch-Bergischen Kreis")[0]?.name).toBe("Rheinisch-Bergischer Kreis");
    expect(first("Rhein-Kreises Neuss")[0]?.name).toBe("Rhein-Kreis Neuss");
  });

  it("maps short forms and exonyms to German canonical names", () => {
    expect(first("NRW")[0]?.name).toBe("Nordrhein-Westfalen");
    expect(first("München")[0]?.name).toBe("München");
    expect(first("Munich")[0]?.name).toBe("München");
    expect(first("Wien")[0]?.name).toBe("Wien");
    expect(first("Vereinigten Staaten")[0]?.name).toBe("USA");
  });

  it("keeps Swiss Kantone apart from their towns", () => {
    expect(first("Kanton Zürich")[0]?.name).toBe("Kanton Zürich");
    expect(first("Zürich").map((e) => e.name)).not.toContain("Kanton Zürich");
  });
});

describe("Austrian, Swiss and Liechtenstein towns", () => {
  const g = gazetteer();
  const first = (form: string) => g.surfaces.get(surfaceKey(form))?.map((h) => h.entry) ?? [];

  it("knows small towns with their Land or Kanton; they need a cue", () => {
    expect(first("Liezen")[0]).toMatchObject({ country: "AT", state: "Steiermark", type: "municipality" });
    expect(first("Frutigen")[0]).toMatchObject({ country: "CH", state: "Kanton Bern" });
    expect(first("Triesenberg")[0]).toMatchObject({ country: "LI" });
    expect(g.surfaces.get("Liezen")?.every((h) => !h.standalone)).toBe(true);
  });

  it("leaves out small towns named like a German noun", () => {
    expect(first("Kloster").some((e) => e.country === "CH" || e.country === "AT")).toBe(false);
    expect(first("Ort").some((e) => e.country === "AT")).toBe(false);
  });
});
