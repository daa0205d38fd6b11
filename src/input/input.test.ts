import { describe, expect, it } from "vitest";
import { loadInput, formatFromPath } from "./index.js";
import { sourceEnd, sourceStart } from "../text/view.js";

/** Every occurrence of `word` in the plain text maps back to the same word in the source. */
function expectMapsBack(source: string, format: "markdown" | "html", words: string[]) {
  const view = loadInput(source, format);
  for (const w of words) {
    const at = view.text.indexOf(w);
    expect(at, `"${w}" in plain text of ${format}`).toBeGreaterThanOrEqual(0);
    expect(source.slice(sourceStart(view, at), sourceEnd(view, at + w.length))).toBe(w);
  }
  return view;
}

describe("markdown", () => {
  it("drops markup and maps words back to the Markdown source", () => {
    const md = "# Neue Brücke in **Kiel**\n\nDie [Stadt Kiel](https://example.org) eröffnet am *4. Mai 2024* die Brücke.\n\n- Punkt eins\n- Punkt \\*zwei\\*\n";
    const view = expectMapsBack(md, "markdown", ["Neue Brücke in", "Kiel", "Stadt Kiel", "4. Mai 2024", "Punkt eins", "zwei"]);
    expect(view.text).not.toContain("**");
    expect(view.text).not.toContain("https://");
    expect(view.text).toContain("Neue Brücke in Kiel\n\nDie Stadt Kiel eröffnet");
  });
});

describe("html", () => {
  it("drops tags, scripts and navigation, decodes entities and maps back to the HTML source", () => {
    const html = `<html><head><title>T</title><script>var x = "Köln";</script></head><body>
<nav><a href="/">Startseite</a></nav>
<h1>Förderung f&uuml;r Vereine</h1>
<p>Die Stadt&nbsp;Köln gibt 5.000&nbsp;&euro; an <b>Vereine</b> &amp; Initiativen.</p>
<footer>Impressum</footer></body></html>`;
    const view = expectMapsBack(html, "html", ["Vereine", "Initiativen", "5.000"]);
    expect(view.text).not.toContain("var x");
    expect(view.text).not.toContain("Startseite");
    expect(view.text).not.toContain("Impressum");
    expect(view.text).toContain("Förderung für Vereine");
    expect(view.text).toContain("Vereine & Initiativen");
    const at = view.text.indexOf("für");
    expect(html.slice(sourceStart(view, at), sourceEnd(view, at + 3))).toBe("f&uuml;r");
  });

  it("survives broken HTML", () => {
    const view = loadInput("<p>Offener <b>Absatz<p>Noch einer</div></span>", "html");
    expect(view.text.replace(/\s+/g, " ").trim()).toBe("Offener Absatz Noch einer");
  });
});

describe("formatFromPath", () => {
  it("chooses the format from the extension", () => {
    expect(formatFromPath("a/b.md")).toBe("markdown");
    expect(formatFromPath("a/b.HTML")).toBe("html");
    expect(formatFromPath("a/b.htm")).toBe("html");
    expect(formatFromPath("a/b.txt")).toBe("text");
  });
});
