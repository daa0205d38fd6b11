import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";
import type { TextView } from "../text/view.js";
import { alignNode } from "./align.js";

type Node = DefaultTreeAdapterMap["node"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** Elements whose text is never release content. */
const SKIP = new Set(["script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "button", "select", "svg", "iframe"]);
/** Elements that start a new line or paragraph in the text. */
const PARAGRAPH = new Set(["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "figure", "figcaption", "pre", "hr", "dl"]);
const LINE = new Set(["br", "li", "tr", "dt", "dd", "td", "th"]);

/**
 * Plain text of an HTML document or fragment with a map back to the HTML source.
 *
 * parse5 builds the tree without recursion; the walk below keeps its own stack,
 * so a document nested 20,000 levels deep ("<b><b><b>…") is read like a flat one
 * (a recursive tree conversion, as in hast-util-from-parse5, overflows the call stack).
 */
export function loadHtml(source: string): TextView {
  const options = { sourceCodeLocationInfo: true };
  const tree: ParentNode = /<html[\s>]/i.test(source) ? parse(source, options) : parseFragment(source, options);
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
  const text = (value: string, start: number, end: number) => {
    if (value.trim() === "") {
      if (chars.length && !/\s$/.test(chars[chars.length - 1]!)) {
        chars.push(" ");
        map.push(start);
      }
      return;
    }
    const before = map.length;
    alignNode(value, source, start, end, map);
    for (let i = 0; i < map.length - before; i++) chars.push(value[i]!);
  };
  // Depth-first walk with an explicit stack: a node to enter, or a block separator to write on leaving an element.
  const stack: (Node | string)[] = [...childrenOf(tree)].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      separate(item);
      continue;
    }
    if (item.nodeName === "#text" && "value" in item) {
      const loc = item.sourceCodeLocation;
      if (loc) text(item.value, loc.startOffset, loc.endOffset);
      continue;
    }
    if (!("tagName" in item)) continue; // comments, doctype
    if (SKIP.has(item.tagName)) continue;
    const block = PARAGRAPH.has(item.tagName) ? "\n\n" : LINE.has(item.tagName) ? "\n" : "";
    if (block) {
      separate(block);
      stack.push(block);
    }
    const children = childrenOf(item);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : 0);
  return { text: chars.join(""), map: Int32Array.from(map) };
}

function childrenOf(node: Node | ParentNode): readonly Node[] {
  return "childNodes" in node ? node.childNodes : [];
}
