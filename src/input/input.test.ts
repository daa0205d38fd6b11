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

describe("markdown constructs", () => {
  const text = (md: string) => loadInput(md, "markdown").text;

  it("drops emphasis, link destinations, reference definitions, tags and escapes; decodes entities", () => {
    expect(text("Die *Stadt* und __Kiel__ sind [dabei](https://example.org \"Titel\").")).toBe("Die Stadt und Kiel sind dabei.");
    expect(text("Siehe [Bericht][b] und [Kiel].\n\n[b]: https://example.org/b\n[kiel]: https://example.org/k")).toBe("Siehe Bericht und Kiel.");
    expect(text("Ein ![Foto vom Hafen](hafen.jpg) und <b>fett</b>, <https://kiel.de> &amp; f&uuml;r \\*nicht kursiv\\*")).toBe(
      "Ein Foto vom Hafen und fett, https://kiel.de & für *nicht kursiv*");
    expect(text("Code `a*b*c` bleibt")).toBe("Code a*b*c bleibt");
  });

  it("keeps unpaired delimiters, brackets and gender stars that pair nothing", () => {
    expect(text("5 * 3 = 15, [offen und a_b_c")).toBe("5 * 3 = 15, [offen und a_b_c");
    expect(text("Alle Bürger*innen kommen")).toBe("Alle Bürger*innen kommen");
  });

  it("reads headings, quotes, bullets and keeps ordered-list numbers and separator lines", () => {
    expect(text("# Titel #\n\n> Zitat\n> weiter\n\n- eins\n- zwei")).toBe("Titel\n\nZitat\nweiter\n\neins\nzwei");
    expect(text("Titel\n=====\n\nText")).toBe("Titel\n\nText");
    expect(text("12. März 2024 – Die Stadt lädt ein.\n\n1. Punkt")).toBe("12. März 2024 – Die Stadt lädt ein.\n\n1. Punkt");
    expect(text("Erste Meldung.\n\n*****\n\nZweite Meldung.")).toBe("Erste Meldung.\n\n*****\n\nZweite Meldung.");
  });

  it("keeps fenced code, drops script and comment blocks, keeps the text of other HTML blocks", () => {
    expect(text("```js\nlet a = 1;\n```\n\n<script>\nvar x = 1;\n\n</script>\n\n<!-- weg\n\nweg -->\n\n<div>\nIm Block\n</div>")).toBe(
      "let a = 1;\n\nIm Block");
  });

  it("maps every character back to its source offset", () => {
    const md = "# Neue *Brücke*\n\n> Die [Stadt Kiel](x) &amp; der **Kreis** Plön\n";
    const view = loadInput(md, "markdown");
    for (let i = 0; i < view.text.length; i++) {
      const c = view.text[i]!;
      if (c === "\n" || c === "&") continue;
      expect(md[view.map[i]!], `character ${i} "${c}"`).toBe(c);
    }
    expect(md.slice(sourceStart(view, view.text.indexOf("&")), sourceEnd(view, view.text.indexOf("&") + 1))).toBe("&");
  });

  it("reads pathological Markdown as text, without blowing up", () => {
    const brackets = "[".repeat(20_000) + "Berlin" + "]".repeat(20_000);
    expect(text(brackets)).toBe(brackets);
    expect(text("- Punkt\n".repeat(20_000))).toBe(Array(20_000).fill("Punkt").join("\n"));
    // Nesting deeper than 32 levels is text.
    expect(text(">".repeat(10_000) + " tief")).toBe(">".repeat(10_000 - 32) + " tief");
    expect(text("[a](".repeat(5_000))).toBe("[a](".repeat(5_000));
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

  it("reads HTML nested 20,000 levels deep", () => {
    const html = "<b>".repeat(20_000) + "Kiel";
    const view = expectMapsBack(html, "html", ["Kiel"]);
    expect(view.text).toBe("Kiel");
    const divs = "<div>".repeat(20_000) + "Die Stadt Kiel" + "</div>".repeat(20_000);
    expect(loadInput(divs, "html").text.trim()).toBe("Die Stadt Kiel");
  });

  it("survives broken HTML", () => {
    const view = loadInput("<p>Offener <b>Absatz<p>Noch einer</div></span>", "html");
    expect(view.text.replace(/\s+/g, " ").trim()).toBe("Offener Absatz Noch einer");
  });

  it("ends a head without its end tag at the body, and leaves nested furniture out to its own end tag", () => {
    const html = "<html><head><meta charset=utf-8><link rel=x><body><p>Die Stadt Kiel<nav><nav>Menü</nav> mehr Menü</nav> lädt ein.</p><script>var s = '</p>';</script>";
    const view = expectMapsBack(html, "html", ["Kiel", "lädt"]);
    expect(view.text.replace(/\s+/g, " ").trim()).toBe("Die Stadt Kiel lädt ein.");
  });

  it("reads what stands in script, style and title as their content, not as markup (title kept, script and style left out)", () => {
    // A tokenizer without the tree builder's feedback would read "<p>" inside the script as a tag.
    const html = "<title>Kopf <p>x</title><style>p::before{content:'<p>'}</style><script>if (a<b) s = '<p>Werbung</p>';</script><p>Die Stadt Kiel lädt ein.</p>";
    expect(loadInput(html, "html").text.trim()).toBe("Kopf <p>x\n\nDie Stadt Kiel lädt ein.");
  });

  it("drops the first line break of pre, reads CDATA only inside svg and math", () => {
    const pre = expectMapsBack("<pre>\nZeile eins\nZeile zwei</pre>", "html", ["Zeile eins", "Zeile zwei"]);
    expect(pre.text.trim()).toBe("Zeile eins\nZeile zwei");
    // In HTML content a CDATA section is a bogus comment; in svg it is text (and svg is left out anyway).
    expect(loadInput("<p>Vor<![CDATA[Kommentar]]>her</p><svg><![CDATA[<p>]]></svg><p>Nach</p>", "html").text.replace(/\s+/g, " ").trim()).toBe("Vorher Nach");
  });

  it("keeps memory flat on tag-dense HTML: every paragraph a separate line, offsets exact", () => {
    const html = "<p><b>Kiel</b> ".repeat(50_000);
    const view = loadInput(html, "html");
    const words = view.text.split(/\s+/).filter(Boolean);
    expect(words.length).toBe(50_000);
    const last = view.text.lastIndexOf("Kiel");
    expect(html.slice(sourceStart(view, last), sourceEnd(view, last + 4))).toBe("Kiel");
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
