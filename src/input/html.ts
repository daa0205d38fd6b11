import { SAXParser } from "parse5-sax-parser";
import type { TextView } from "../text/view.js";
import { alignNode } from "./align.js";

/** Elements whose text is never release content. */
const SKIP = new Set(["script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "button", "select", "svg", "iframe"]);
/** Elements that start a new line or paragraph in the text. */
const PARAGRAPH = new Set(["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "figure", "figcaption", "pre", "hr", "dl"]);
const LINE = new Set(["br", "li", "tr", "dt", "dd", "td", "th"]);
/** Elements without content or end tag: no skipped stretch can start at them. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * Plain text of an HTML document or fragment with a map back to the HTML source.
 *
 * Read as a stream of tags and text (parse5's SAX parser, the tokenizer of the
 * HTML standard) rather than as a tree: memory stays proportional to the text,
 * whatever the nesting (a tree with source locations cost 100–700 bytes per
 * character of tag-dense HTML), and 20,000 nested elements are no deeper than
 * one. Block elements separate paragraphs and lines on both their tags; the
 * content of script, style, navigation and other page furniture is left out.
 */
export function loadHtml(source: string): TextView {
  const pieces: string[] = [];
  const map: number[] = [];
  let tail = ""; // the last two characters written, to collapse runs of separators
  const write = (s: string) => {
    pieces.push(s);
    tail = (tail + s).slice(-2);
  };
  const separate = (sep: string) => {
    if (map.length === 0) return;
    // Collapse runs of separators so empty elements do not pile up blank lines.
    if (sep === "\n" && tail.endsWith("\n")) return;
    if (sep === "\n\n" && tail === "\n\n") return;
    if (sep === "\n\n" && tail.endsWith("\n")) sep = "\n";
    // A separator stands right after the last character written.
    const at = Math.min(map[map.length - 1]! + 1, source.length);
    for (let i = 0; i < sep.length; i++) map.push(at);
    write(sep);
  };

  // A skipped element lasts until its matching end tag (counting nested ones of the same name).
  let skipping: string | null = null;
  let skipDepth = 0;
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  parser.on("startTag", (tag) => {
    const name = tag.tagName;
    if (skipping !== null) {
      if (name === skipping && !tag.selfClosing) skipDepth++;
      // A body ends a head whose end tag is missing, as the tree builder would.
      else if (skipping === "head" && name === "body") skipping = null;
      return;
    }
    if (SKIP.has(name) && !tag.selfClosing && !VOID.has(name)) {
      skipping = name;
      skipDepth = 1;
      return;
    }
    if (PARAGRAPH.has(name)) separate("\n\n");
    else if (LINE.has(name)) separate("\n");
  });
  parser.on("endTag", (tag) => {
    const name = tag.tagName;
    if (skipping !== null) {
      if (name === skipping && --skipDepth === 0) skipping = null;
      return;
    }
    if (PARAGRAPH.has(name)) separate("\n\n");
    else if (LINE.has(name)) separate("\n");
  });
  parser.on("text", (token) => {
    const loc = token.sourceCodeLocation;
    if (skipping !== null || !loc) return;
    const value = token.text;
    if (value.trim() === "") {
      if (map.length > 0 && !/\s$/.test(tail)) {
        map.push(loc.startOffset);
        write(" ");
      }
      return;
    }
    const before = map.length;
    alignNode(value, source, loc.startOffset, loc.endOffset, map);
    write(value.slice(0, map.length - before));
  });
  parser.write(source);
  parser.end();
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : 0);
  return { text: pieces.join(""), map: Int32Array.from(map) };
}
