import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Root, RootContent } from "mdast";
import type { TextView } from "../text/view.js";
import { alignNode } from "./align.js";

const BLOCK = new Set(["paragraph", "heading", "blockquote", "list", "listItem", "code", "table", "tableRow", "thematicBreak", "html"]);

/** Plain text of a Markdown document with a map back to the Markdown source. */
export function loadMarkdown(source: string): TextView {
  const tree = unified().use(remarkParse).parse(source) as Root;
  const chars: string[] = [];
  const map: number[] = [];
  const separate = (sep: string) => {
    if (chars.length === 0) return;
    const at = map[map.length - 1]! + 1;
    for (const c of sep) {
      chars.push(c);
      map.push(Math.min(at, source.length));
    }
  };
  const visit = (node: RootContent | Root) => {
    const pos = node.position;
    if ((node.type === "text" || node.type === "inlineCode" || node.type === "code") && pos) {
      const value = (node as { value: string }).value;
      const before = map.length;
      alignNode(value, source, pos.start.offset ?? 0, pos.end.offset ?? source.length, map);
      for (let i = 0; i < map.length - before; i++) chars.push(value[i]!);
      if (node.type === "code") separate("\n\n");
      return;
    }
    if (node.type === "break") return separate("\n");
    if (node.type === "thematicBreak" && pos) {
      // Keep separator lines: they split releases.
      separate("\n\n");
      const start = pos.start.offset ?? 0;
      const raw = source.slice(start, pos.end.offset ?? start);
      for (let i = 0; i < raw.length; i++) {
        chars.push(raw[i]!);
        map.push(start + i);
      }
      return separate("\n\n");
    }
    if ("children" in node) {
      for (const child of node.children as RootContent[]) visit(child);
    }
    if (BLOCK.has(node.type)) separate(node.type === "listItem" || node.type === "tableRow" ? "\n" : "\n\n");
  };
  visit(tree);
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : 0);
  return { text: chars.join(""), map: Int32Array.from(map) };
}
