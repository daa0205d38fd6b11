import type { Token, TokenHandler, TokenizerMode } from "parse5";
import { parse5Module } from "../deps/optional.js";
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
 * The tokenizer modes the HTML tree builder sets after these start tags: their
 * content is text up to the matching end tag, not markup.
 */
function textModes(modes: typeof TokenizerMode): ReadonlyMap<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> {
  return new Map([
    ["title", modes.RCDATA],
    ["textarea", modes.RCDATA],
    ["script", modes.SCRIPT_DATA],
    ["plaintext", modes.PLAINTEXT],
    ...["style", "iframe", "xmp", "noembed", "noframes", "noscript"].map((name) => [name, modes.RAWTEXT] as const),
  ]);
}
// Built with the first HTML input: parse5 loads only then (deps/optional.ts).
let textModeByTag: ReturnType<typeof textModes> | undefined;
/** Elements whose first line break the tree builder drops. */
const DROP_FIRST_NEWLINE = new Set(["pre", "textarea", "listing"]);

interface Events {
  startTag(name: string, selfClosing: boolean): void;
  endTag(name: string): void;
  /** A run of text between two tags, with its source range. */
  text(value: string, start: number, end: number): void;
}

/**
 * parse5's tokenizer (the tokenizer of the HTML standard) with the feedback
 * the tree builder would give it: text modes after script, style, title and
 * the like, CDATA inside svg and math, the dropped first line break of pre.
 * Adjacent character tokens are joined into one text run.
 */
class TagAndTextReader implements TokenHandler {
  private readonly tokenizer = new (parse5Module().Tokenizer)({ sourceCodeLocationInfo: true }, this);
  private readonly textMode = (textModeByTag ??= textModes(parse5Module().TokenizerMode));
  private pending = "";
  private pendingStart = 0;
  private pendingEnd = 0;
  private foreignDepth = 0;
  private dropNewline = false;

  constructor(private readonly events: Events) {}

  read(source: string): void {
    this.tokenizer.write(source, true);
  }

  onStartTag(token: Token.TagToken): void {
    this.flush();
    const name = token.tagName;
    if ((name === "svg" || name === "math") && !token.selfClosing) this.enterForeign(1);
    else if (this.foreignDepth === 0) {
      const mode = this.textMode.get(name);
      if (mode !== undefined) this.tokenizer.state = mode;
      this.dropNewline = DROP_FIRST_NEWLINE.has(name);
    }
    this.events.startTag(name, token.selfClosing);
  }
  onEndTag(token: Token.TagToken): void {
    this.flush();
    if (token.tagName === "svg" || token.tagName === "math") this.enterForeign(-1);
    this.events.endTag(token.tagName);
  }
  onCharacter(token: Token.CharacterToken): void {
    this.dropNewline = false;
    this.add(token);
  }
  onNullCharacter(token: Token.CharacterToken): void {
    this.onCharacter(token);
  }
  onWhitespaceCharacter(token: Token.CharacterToken): void {
    if (this.dropNewline && token.chars.startsWith("\n") && token.location) {
      this.dropNewline = false;
      if (token.chars.length === 1) return;
      this.add({ ...token, chars: token.chars.slice(1), location: { ...token.location, startOffset: token.location.startOffset + 1 } });
      return;
    }
    this.onCharacter(token);
  }
  onComment(): void {
    this.flush();
  }
  onDoctype(): void {
    this.flush();
  }
  onEof(): void {
    this.flush();
  }

  private enterForeign(step: 1 | -1): void {
    this.foreignDepth = Math.max(0, this.foreignDepth + step);
    // CDATA sections are markup only in foreign content.
    this.tokenizer.inForeignNode = this.foreignDepth > 0;
  }
  private add(token: Token.CharacterToken): void {
    const loc = token.location;
    if (!loc || token.chars.length === 0) return;
    if (this.pending === "") this.pendingStart = loc.startOffset;
    this.pending += token.chars;
    this.pendingEnd = loc.endOffset;
  }
  private flush(): void {
    if (this.pending === "") return;
    const value = this.pending;
    this.pending = "";
    this.events.text(value, this.pendingStart, this.pendingEnd);
  }
}

/**
 * Plain text of an HTML document or fragment with a map back to the HTML source.
 *
 * Read as a stream of tags and text (parse5's tokenizer, the tokenizer of the
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
  const reader = new TagAndTextReader({
    startTag(name, selfClosing) {
      if (skipping !== null) {
        if (name === skipping && !selfClosing) skipDepth++;
        // A body ends a head whose end tag is missing, as the tree builder would.
        else if (skipping === "head" && name === "body") skipping = null;
        return;
      }
      if (SKIP.has(name) && !selfClosing && !VOID.has(name)) {
        skipping = name;
        skipDepth = 1;
        return;
      }
      if (PARAGRAPH.has(name)) separate("\n\n");
      else if (LINE.has(name)) separate("\n");
    },
    endTag(name) {
      if (skipping !== null) {
        if (name === skipping && --skipDepth === 0) skipping = null;
        return;
      }
      if (PARAGRAPH.has(name)) separate("\n\n");
      else if (LINE.has(name)) separate("\n");
    },
    text(value, start, end) {
      if (skipping !== null) return;
      if (value.trim() === "") {
        if (map.length > 0 && !/\s$/.test(tail)) {
          map.push(start);
          write(" ");
        }
        return;
      }
      const before = map.length;
      alignNode(value, source, start, end, map);
      write(value.slice(0, map.length - before));
    },
  });
  reader.read(source);
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : 0);
  return { text: pieces.join(""), map: Int32Array.from(map) };
}
