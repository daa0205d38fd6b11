import { describe, expect, it } from "vitest";
import { splitReleases } from "./releases.js";
import { seed } from "../../test/helpers.js";

const body = "Die Verwaltung hat heute einen Bericht vorgelegt, der die Lage der Kommunen im Land beschreibt. ".repeat(3);

describe("splitReleases", () => {
  it("splits at separator lines with old Mac (\\r) line ends and reads runs of \\r and empty parts as no release", () => {
    const text = body + "\r*****\r" + body;
    const parts = splitReleases(text);
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual([body.trim(), body.trim()]);
    const runs = body + "\r".repeat(20_000) + "*****\n".repeat(2_000) + body;
    expect(splitReleases(runs).map((p) => runs.slice(p.start, p.end))).toEqual([body.trim(), body.trim()]);
  });

  it("splits seed-000 at the line of asterisks into two releases", () => {
    const text = seed(0);
    const parts = splitReleases(text);
    expect(parts).toHaveLength(2);
    expect(text.slice(parts[0]!.start, parts[0]!.start + 14)).toBe("04.07.14, Köln");
    expect(text.slice(parts[1]!.start, parts[1]!.start + 16)).toBe("30.04.2014, Köln");
    expect(text.slice(parts[0]!.start, parts[0]!.end)).not.toContain("*****");
    expect(parts[1]!.end).toBe(text.length);
  });

  it("splits at repeated dateline headers without separators", () => {
    const text = `01.02.2023, Kiel\nErste Meldung\n${body}\n02.02.2023, Lübeck\nZweite Meldung\n${body}`;
    const parts = splitReleases(text);
    expect(parts.map((p) => text.slice(p.start, p.start + 10))).toEqual(["01.02.2023", "02.02.2023"]);
  });

  it("does not split off a small part after a separator line", () => {
    const text = `Titel\n${body}\n-----\nKontakt: Pressestelle`;
    expect(splitReleases(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it("keeps one release with a single dateline header", () => {
    const text = `01.02.2023, Kiel\n${body}`;
    expect(splitReleases(text)).toHaveLength(1);
  });
});
