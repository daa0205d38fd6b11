/**
 * Plain text of a Markdown document with a map back to the Markdown source.
 *
 * A line scanner rather than a full CommonMark parser: it keeps what the
 * extractors read (the words, paragraph and line breaks, separator lines) and
 * drops the markup: heading marks, block-quote and bullet markers, emphasis
 * delimiters, link destinations, reference definitions, HTML tags, escapes;
 * entities are decoded. Every construct is found with a bounded look ahead or
 * a stack that each delimiter enters and leaves once, so the time is linear in
 * the input whatever its shape (remark-parse/micromark, used before, took
 * quadratic time or gigabytes on some shapes: see src/input/README.md).
 *
 * Deliberate differences from CommonMark, for extraction: ordered-list numbers
 * stay in the text ("12. März 2024" at the start of a paragraph is a date, not
 * a list item); indented code is read as text; inline code spans and link
 * destinations are found within one line.
 */
import { namedCharacterReferences } from "../deps/optional.js";
import type { TextView } from "../text/view.js";

/** The plain text being built, with one source offset per code unit (typed arrays: a few bytes per character). */
class Out {
  private units = new Uint16Array(1024);
  private offsets = new Int32Array(1024);
  private size = 0;
  /** Output indexes of delimiters found to be markup after they were written ("[" of a link, "*" of emphasis). */
  readonly dropped: number[] = [];
  constructor(private readonly sourceLength: number) {}
  get length(): number {
    return this.size;
  }
  push(c: string, at: number): void {
    for (let k = 0; k < c.length; k++) this.unit(c.charCodeAt(k), at);
  }
  /** source[from, to) as it stands. */
  range(source: string, from: number, to: number): void {
    for (let k = from; k < to; k++) this.unit(source.charCodeAt(k), k);
  }
  private unit(code: number, at: number): void {
    if (this.size === this.units.length) {
      const units = new Uint16Array(this.size * 2);
      units.set(this.units);
      this.units = units;
      const offsets = new Int32Array(this.size * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.units[this.size] = code;
    this.offsets[this.size++] = at;
  }
  /** A line or paragraph break, collapsed with the breaks before it. */
  separate(sep: "\n" | "\n\n"): void {
    const n = this.size;
    if (n === 0) return;
    const last = this.units[n - 1], before = n > 1 ? this.units[n - 2] : -1;
    if (last === NL && (sep === "\n" || before === NL)) return;
    const at = Math.min(this.offsets[n - 1]! + 1, this.sourceLength);
    for (let k = last === NL ? 1 : 0; k < sep.length; k++) this.unit(NL, at);
  }
  view(): TextView {
    const drop = new Uint8Array(this.size);
    for (const i of this.dropped) drop[i] = 1;
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      if (drop[i]) continue;
      this.units[n] = this.units[i]!;
      this.offsets[n++] = this.offsets[i]!;
    }
    // Breaks left at the end by dropped markup are not text.
    while (n > 0 && this.units[n - 1] === NL) n--;
    const map = new Int32Array(n + 1);
    map.set(this.offsets.subarray(0, n));
    map[n] = n > 0 ? map[n - 1]! + 1 : 0;
    // fromCharCode in chunks keeps lone surrogates as they are (a TextDecoder would replace them).
    const parts: string[] = [];
    for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode(...this.units.subarray(i, Math.min(n, i + 8192))));
    return { text: parts.join(""), map };
  }
}

const NL = 10;
/** Characters that may start inline markup, by code (all ASCII). */
const SPECIAL = new Uint8Array(128);
for (const c of "\\`&<*_![]") SPECIAL[c.charCodeAt(0)] = 1;

/** Block quotes and list items nested deeper than this are text. */
const MAX_CONTAINERS = 32;
const THEMATIC_BREAK = /([-*_])(?:[ \t]*\1){2,}[ \t]*(?=\r?\n|$)/y;
const SETEXT_UNDERLINE = /(?:=+|-+)[ \t]*(?=\r?\n|$)/y;
const ATX_HEADING = /#{1,6}(?=[ \t]|\r?\n|$)/y;
const FENCE = /`{3,}|~{3,}/y;
const BULLET = /[-+*](?=[ \t]|\r?\n|$)/y;
/** HTML blocks whose content is never text (CommonMark types 1–5), with what ends them. */
const RAW_HTML_BLOCKS: [RegExp, RegExp][] = [
  [/<(?:script|pre|style|textarea)(?=[\s>]|$)/iy, /<\/(?:script|pre|style|textarea)>/i],
  [/<!--/y, /-->/],
  [/<\?/y, /\?>/],
  [/<![A-Za-z]/y, />/],
  [/<!\[CDATA\[/y, /\]\]>/],
];
/** A link reference definition "[label]: destination" (the label is at most 999 characters long). */
const DEFINITION = /\[((?:[^[\]\\\r\n]|\\.){1,999})\]:[ \t]*\S/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?>/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();

const isBlank = (source: string, from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
};

/** Skips spaces and tabs. */
function skipSpace(source: string, i: number, end: number): number {
  while (i < end && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) i++;
  return i;
}

function at(re: RegExp, source: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(source);
}

/** Labels of all reference definitions, so "[text][label]" and "[label]" can be read as links. */
function definedLabels(source: string): Set<string> {
  const labels = new Set<string>();
  if (!source.includes("]:")) return labels;
  for (let ls = 0; ls < source.length;) {
    const nl = source.indexOf("\n", ls);
    const le = nl < 0 ? source.length : nl;
    let q = skipSpace(source, ls, le);
    while (q < le && source[q] === ">") q = skipSpace(source, q + 1, le);
    const m = source[q] === "[" ? at(DEFINITION, source, q) : null;
    if (m && m.index + m[0].length <= le + 1) labels.add(normaliseLabel(m[1]!));
    ls = le + 1;
  }
  return labels;
}

interface Opener {
  /** Output index of "[" (and of "!" before it). */
  out: number;
  bang: number;
  /** Source offset of "[". */
  src: number;
}

interface Delimiter {
  out: number;
  length: number;
}

/** Inline state of one paragraph: emphasis openers and link openers waiting for their closer. */
class Inline {
  private readonly emphasis: Record<"*" | "_", Delimiter[]> = { "*": [], "_": [] };
  private brackets: Opener[] = [];

  constructor(private readonly source: string, private readonly out: Out, private readonly labels: ReadonlySet<string>) {}

  reset(): void {
    this.emphasis["*"] = [];
    this.emphasis["_"] = [];
    this.brackets = [];
  }

  /** Writes the text of source[start, end) (one line of a paragraph, markers removed). */
  line(start: number, end: number): void {
    const { source, out } = this;
    const codeSpans = new CodeSpans(source, start, end);
    const parens = new LineParens(source, start, end);
    let i = start;
    while (i < end) {
      const c = source[i]!;
      switch (c) {
        case "\\": {
          const next = source[i + 1];
          if (i + 1 < end && next !== undefined && ASCII_PUNCTUATION.test(next)) {
            out.push(next, i + 1);
            i += 2;
          } else if (i + 1 >= end) i++; // a hard line break
          else (out.push(c, i), i++);
          continue;
        }
        case "`": {
          let run = i;
          while (run < end && source[run] === "`") run++;
          const close = codeSpans.closer(i, run - i);
          if (close < 0) {
            for (; i < run; i++) out.push("`", i);
            continue;
          }
          for (let k = run; k < close; k++) out.push(source[k]!, k);
          i = close + (run - i);
          continue;
        }
        case "&": {
          const m = at(ENTITY, source, i);
          const decoded = m && m.index + m[0].length <= end ? decodeEntity(m[0]) : null;
          if (decoded && m) {
            out.push(decoded, i);
            i += m[0].length;
          } else (out.push(c, i), i++);
          continue;
        }
        case "<": {
          const auto = at(AUTOLINK, source, i);
          if (auto && auto.index + auto[0].length <= end) {
            for (let k = i + 1; k < i + auto[0].length - 1; k++) out.push(source[k]!, k);
            i += auto[0].length;
            continue;
          }
          const tag = at(HTML_TAG, source, i);
          if (tag && tag.index + tag[0].length <= end) {
            i += tag[0].length;
            continue;
          }
          out.push(c, i);
          i++;
          continue;
        }
        case "*":
        case "_": {
          let run = i;
          while (run < end && source[run] === c) run++;
          this.delimiterRun(c, i, run, start, end);
          i = run;
          continue;
        }
        case "!":
          if (source[i + 1] === "[") {
            out.push("!", i);
            out.push("[", i + 1);
            this.brackets.push({ out: out.length - 1, bang: out.length - 2, src: i + 1 });
            i += 2;
            continue;
          }
          out.push(c, i);
          i++;
          continue;
        case "[":
          this.brackets.push({ out: out.length, bang: -1, src: i });
          out.push(c, i);
          i++;
          continue;
        case "]": {
          const after = this.closeBracket(i, end, parens);
          if (after < 0) (out.push(c, i), i++);
          else i = after;
          continue;
        }
        default: {
          // Plain text up to the next character that may start markup, in one go.
          // (A character loop: a regex search would run past the line's end to the next match.)
          let stop = i + 1;
          while (stop < end && !SPECIAL[source.charCodeAt(stop)]) stop++;
          out.range(source, i, stop);
          i = stop;
        }
      }
    }
  }

  /** Emphasis: a run that can close pairs with the last open run of its character; both are markup. Unpaired runs stay text. */
  private delimiterRun(c: "*" | "_", from: number, to: number, start: number, end: number): void {
    const { source, out } = this;
    const before = from > start ? source[from - 1]! : " ";
    const after = to < end ? source[to]! : " ";
    const spaceBefore = WHITESPACE.test(before), spaceAfter = WHITESPACE.test(after);
    const punctBefore = PUNCTUATION.test(before), punctAfter = PUNCTUATION.test(after);
    const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
    const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
    const canOpen = c === "*" ? left : left && (!right || punctBefore);
    const canClose = c === "*" ? right : right && (!left || punctAfter);
    const first = out.length;
    for (let k = from; k < to; k++) out.push(c, k);
    const stack = this.emphasis[c];
    const opener = canClose ? stack.pop() : undefined;
    if (opener) {
      for (let k = 0; k < opener.length; k++) out.dropped.push(opener.out + k);
      for (let k = 0; k < to - from; k++) out.dropped.push(first + k);
    } else if (canOpen) stack.push({ out: first, length: to - from });
  }

  /** A "]": with its opener and a destination or a defined label it closes a link; returns where the text goes on, or -1. */
  private closeBracket(i: number, end: number, parens: LineParens): number {
    const opener = this.brackets.pop();
    if (!opener) return -1;
    const { source, out } = this;
    let next = -1;
    if (source[i + 1] === "(") next = inlineDestinationEnd(source, i + 1, end, parens);
    if (next < 0 && this.labels.size > 0) {
      if (source[i + 1] === "[") {
        let close = i + 2;
        while (close < end && close - i <= 1000 && source[close] !== "]") close++;
        if (close < end && source[close] === "]") {
          const label = close === i + 2 ? source.slice(opener.src + 1, i) : source.slice(i + 2, close);
          if (!label.includes("[") && this.labels.has(normaliseLabel(label))) next = close + 1;
        }
      } else if (i - opener.src <= 1000 && this.labels.has(normaliseLabel(source.slice(opener.src + 1, i)))) next = i + 1;
    }
    if (next < 0) return -1;
    out.dropped.push(opener.out);
    if (opener.bang >= 0) out.dropped.push(opener.bang);
    return next;
  }
}

/**
 * The closing backtick run of a code span: the next run of the same length on
 * the line. Runs are indexed once per line, and each length's pointer only moves
 * forward, so many unmatched runs cost no rescans.
 */
class CodeSpans {
  private runs: Map<number, number[]> | null = null;
  private readonly next = new Map<number, number>();
  constructor(private readonly source: string, private readonly start: number, private readonly end: number) {}
  closer(from: number, length: number): number {
    if (!this.runs) {
      this.runs = new Map();
      for (let i = this.start; i < this.end;) {
        if (this.source[i] !== "`") { i++; continue; }
        let j = i;
        while (j < this.end && this.source[j] === "`") j++;
        const list = this.runs.get(j - i) ?? [];
        list.push(i);
        this.runs.set(j - i, list);
        i = j;
      }
    }
    const list = this.runs.get(length);
    if (!list) return -1;
    let k = this.next.get(length) ?? 0;
    while (k < list.length && list[k]! <= from) k++;
    this.next.set(length, k);
    return k < list.length ? list[k]! : -1;
  }
}

/**
 * End (after ")") of an inline link destination opening at `open` ("(url)",
 * "(url "title")", "(<url>)"), or -1. Parentheses are matched once per line
 * (`LineParens`): a scan per "](" to the line's end would be quadratic on
 * "[a]([a]([a](…".
 */
function inlineDestinationEnd(source: string, open: number, end: number, parens: LineParens): number {
  const close = parens.closing(open);
  if (close >= 0) return close + 1;
  let i = skipSpace(source, open + 1, end);
  if (source[i] === "<") {
    i++;
    while (i < end && source[i] !== ">" && source[i] !== "<") i++;
    if (source[i] !== ">") return -1;
    i++;
  } else {
    i = parens.spaceAfter(i);
  }
  i = skipSpace(source, i, end);
  const quote = source[i];
  if (quote !== '"' && quote !== "'") return -1;
  const closeQuote = source.indexOf(quote, i + 1);
  if (closeQuote < 0 || closeQuote >= end) return -1;
  i = skipSpace(source, closeQuote + 1, end);
  return source[i] === ")" ? i + 1 : -1;
}

/**
 * Matching parentheses of one line, within runs without spaces (a link
 * destination has none), and the next space after each offset; built on first use.
 */
class LineParens {
  private match: Int32Array | null = null;
  private space: Int32Array | null = null;
  constructor(private readonly source: string, private readonly start: number, private readonly end: number) {}
  /** Offset of the ")" that closes the "(" at `open` before any space, or -1. */
  closing(open: number): number {
    if (!this.match) {
      const { source, start, end } = this;
      const match = new Int32Array(end - start).fill(-1);
      const stack: number[] = [];
      for (let i = start; i < end; i++) {
        const c = source[i];
        if (c === "\\") i++;
        else if (c === " " || c === "\t") stack.length = 0;
        else if (c === "(") stack.push(i);
        else if (c === ")" && stack.length > 0) match[stack.pop()! - start] = i;
      }
      this.match = match;
    }
    return open >= this.start && open < this.end ? this.match[open - this.start]! : -1;
  }
  /** The first space or tab at or after `i`, or the line's end. */
  spaceAfter(i: number): number {
    if (!this.space) {
      const { source, start, end } = this;
      const space = new Int32Array(end - start + 1);
      space[end - start] = end;
      for (let k = end - 1; k >= start; k--) space[k - start] = source[k] === " " || source[k] === "\t" ? k : space[k - start + 1]!;
      this.space = space;
    }
    return i >= this.end ? this.end : this.space[Math.max(i, this.start) - this.start]!;
  }
}

function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code)) return null;
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? "\uFFFD" : String.fromCodePoint(code);
  }
  const decoded = namedCharacterReferences().decodeNamedCharacterReference(body);
  return decoded === false ? null : decoded;
}

export function loadMarkdown(source: string): TextView {
  const out = new Out(source.length);
  const inline = new Inline(source, out, definedLabels(source));
  let fence = null as { char: string; length: number } | null;
  let rawHtmlEnd = null as RegExp | null;
  /** The last line was paragraph text (a setext underline may follow; a definition may not). */
  let paragraph = false;

  const block = () => {
    out.separate("\n\n");
    inline.reset();
    paragraph = false;
  };

  for (let ls = 0; ls <= source.length;) {
    const nl = source.indexOf("\n", ls);
    const lineEnd = nl < 0 ? source.length : nl;
    let le = lineEnd;
    if (le > ls && source[le - 1] === "\r") le--;

    if (fence) {
      const q = skipSpace(source, ls, le);
      const m = at(FENCE, source, q);
      if (m && m[0][0] === fence.char && m[0].length >= fence.length && isBlank(source, q + m[0].length, le)) {
        fence = null;
        block();
      } else {
        for (let k = q; k < le; k++) out.push(source[k]!, k);
        out.separate("\n");
      }
    } else if (rawHtmlEnd) {
      if (rawHtmlEnd.test(source.slice(ls, le))) {
        rawHtmlEnd = null;
        block();
      }
    } else {
      lineBlock(ls, le);
    }
    if (nl < 0) break;
    ls = nl + 1;
  }
  return out.view();

  function lineBlock(ls: number, le: number): void {
    if (isBlank(source, ls, le)) {
      block();
      return;
    }
    // Container markers: block quotes and bullets (a thematic break "- - -" is no bullet).
    let q = skipSpace(source, ls, le);
    let container = false;
    // Deeper nesting is read as text: the thematic-break test per level would otherwise rescan a line of "- - - - …".
    for (let level = 0; level < MAX_CONTAINERS; level++) {
      if (source[q] === ">") {
        q = skipSpace(source, q + 1, le);
        container = true;
        continue;
      }
      if (at(THEMATIC_BREAK, source, q)) break;
      if (at(BULLET, source, q)) {
        q = skipSpace(source, q + 1, le);
        container = true;
        continue;
      }
      break;
    }
    if (q >= le) {
      // An empty item or quote line ends the paragraph.
      if (container) block();
      return;
    }
    if (paragraph && !container && at(SETEXT_UNDERLINE, source, q)) {
      block(); // the paragraph above was a heading
      return;
    }
    const hr = at(THEMATIC_BREAK, source, q);
    if (hr) {
      // Separator lines split releases: they stay in the text.
      block();
      for (let k = q; k < le; k++) out.push(source[k]!, k);
      block();
      return;
    }
    const heading = at(ATX_HEADING, source, q);
    if (heading) {
      block();
      let end = le;
      while (end > q && (source[end - 1] === " " || source[end - 1] === "\t")) end--;
      // A closing run of "#" after a space is markup too.
      let hashes = end;
      while (hashes > q + heading[0].length && source[hashes - 1] === "#") hashes--;
      if (hashes < end && (source[hashes - 1] === " " || source[hashes - 1] === "\t")) {
        end = hashes;
        while (end > q && (source[end - 1] === " " || source[end - 1] === "\t")) end--;
      }
      inline.line(skipSpace(source, q + heading[0].length, end), end);
      block();
      return;
    }
    const fenceOpen = at(FENCE, source, q);
    if (fenceOpen && !(fenceOpen[0][0] === "`" && source.slice(q + fenceOpen[0].length, le).includes("`"))) {
      block();
      fence = { char: fenceOpen[0][0]!, length: fenceOpen[0].length };
      return;
    }
    if (source[q] === "<") {
      for (const [open, close] of RAW_HTML_BLOCKS) {
        if (!at(open, source, q)) continue;
        block();
        if (!close.test(source.slice(q, le))) rawHtmlEnd = close;
        return;
      }
    }
    if (!paragraph && source[q] === "[" && at(DEFINITION, source, q)) {
      block();
      return;
    }
    if (container) {
      // A new item or quote starts a block of its own.
      out.separate("\n");
      inline.reset();
    }
    let end = le;
    while (end > q && (source[end - 1] === " " || source[end - 1] === "\t")) end--;
    inline.line(q, end);
    out.separate("\n");
    paragraph = true;
  }
}
