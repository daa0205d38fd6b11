import { unified } from "unified";
import rehypeParse from "rehype-parse";
import type { Root, RootContent, Element } from "hast";
import type { TextView } from "../text/view.js";
import { alignNode } from "./align.js";

/** Elements whose text is never release content. */
const SKIP = new Set(["script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "button", "select", "svg", "iframe"]);
/** Elements that start a new line or paragraph in the text. */
const PARAGRAPH = new Set(["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "figure", "figcaption", "pre", "hr", "dl"]);
const LINE = new Set(["br", "li", "tr", "dt", "dd", "td", "th"]);

/** Plain text of an HTML document or fragment with a map back to the HTML source. */
export function loadHtml(source: string): TextView {
  const tree = unified().use(rehypeParse, { fragment: !/<html[\s>]/i.test(source) }).parse(source) as Root;
  const chars: string[] = [];
  const map: number[] = [];
  const separate = (sep: string) => {
    if (chars.length === 0) return;
    // Collapse runs of separators so empty elements do not pile up blank lines.
    const tail = chars.slice(-2).join("");
    if (sep === "\n" && tail.endsWith("\n")) return;
    if (sep === "\n\n" && tail === "\n\n") return;
    if (sep === "\n\n" && tail.endsWith("\n")) sep = "\n";
    const at = map[map.length - 1]! + 1;
    for (const c of sep) {
      chars.push(c);
      map.push(Math.min(at, source.length));
    }
  };
  const visit = (node: RootContent | Root) => {
    if (node.type === "text" && node.position) {
      const value = node.value;
      if (value.trim() === "") {
        if (chars.length && !/\s$/.test(chars[chars.length - 1]!)) {
          chars.push(" ");
          map.push(node.position.start.offset ?? 0);
        }
        return;
      }
      const before = map.length;
      alignNode(value, source, node.position.start.offset ?? 0, node.position.end.offset ?? source.length, map);
      for (let i = 0; i < map.length - before; i++) chars.push(value[i]!);
      return;
    }
    if (node.type === "element") {
      const el = node as Element;
      if (SKIP.has(el.tagName)) return;
      const block = PARAGRAPH.has(el.tagName) ? "\n\n" : LINE.has(el.tagName) ? "\n" : "";
      if (block) separate(block);
      for (const child of el.children) visit(child);
      if (block) separate(block);
      return;
    }
    if (node.type === "root") for (const child of node.children) visit(child);
  };
  visit(tree);
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : 0);
  return { text: chars.join(""), map: Int32Array.from(map) };
}
