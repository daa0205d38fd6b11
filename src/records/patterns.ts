/**
 * What a regex source says about its matches, read off the pattern text: the
 * words every match must contain (`requiredItems`, `leadWords`) and the words
 * a match must begin with (`leadingWords`). The records stage uses them to skip
 * stretches of text (and start positions) where a cue cannot match; a reading
 * that is unsure gives no words, so a filter built on it only ever passes more.
 */

/**
 * Words one of which every match of `pattern` contains, or null when none can be read off. Of the
 * items a match must pass through (letter runs, unquantified groups, lookaheads), the one with
 * the longest shortest word is taken: "in\\s+(?:enger\\s+)?(?:Kooperation|Zusammenarbeit)" gives
 * Kooperation/Zusammenarbeit, not "in".
 */
export function leadWords(pattern: string, marks = false): string[] | null {
  const out: string[] = [];
  for (const alt of splitTop(pattern)) {
    const best = bestItem(alt, marks);
    if (!best) return null;
    out.push(...best);
  }
  return out.length ? out : null;
}

/** The most selective required item of one alternative (a sequence). */
function bestItem(seq: string, marks: boolean): string[] | null {
  let best: string[] | null = null;
  for (const words of requiredItems(seq, marks)) {
    const min = Math.min(...words.map((w) => w.length));
    if (!best || min > Math.min(...best.map((w) => w.length))) best = words;
  }
  return best;
}

/**
 * Every item a match of one alternative (a sequence) must pass through, as the words one of which it
 * contains. With `marks`, a literal punctuation mark ("@", ",", "\\(") is such a word too.
 */
export function requiredItems(seq: string, marks = false): string[][] {
  const items: string[][] = [];
  const consider = (words: string[] | null) => {
    if (!words || !words.length || words.some((w) => !w)) return;
    items.push(words);
  };
  let i = 0;
  while (i < seq.length) {
    const c = seq[i]!;
    if (c === "(") {
      const close = groupEnd(seq, i);
      if (close < 0) return items;
      const body = seq.slice(i, close + 1);
      if (body.startsWith("(?<") || body.startsWith("(?!")) { /* look-behind, negative look-ahead: no words */ }
      else if (body.startsWith("(?=")) consider(leadWords(body.slice(3, -1), marks));
      else if (!optionalAt(seq, close + 1)) consider(leadWords(body.startsWith("(?:") ? body.slice(3, -1) : body.slice(1, -1), marks));
      i = close + 1;
      QUANTIFIER.lastIndex = i;
      i += QUANTIFIER.exec(seq)![0].length;
      continue;
    }
    if (c === "{") {
      // A quantifier's bounds ("{0,40}"): no literal text.
      BOUNDS.lastIndex = i;
      const bounds = BOUNDS.exec(seq);
      if (bounds) { i += bounds[0].length; continue; }
    }
    if (marks) {
      LITERAL_CHAR.lastIndex = i;
      const lit = LITERAL_CHAR.exec(seq);
      if (lit) {
        const after = i + lit[0].length;
        if (!optionalAt(seq, after)) consider([lit[1] ?? lit[2]!]);
        i = after;
        continue;
      }
    }
    if (c === "\\") { i += seq[i + 1] === "p" || seq[i + 1] === "P" ? seq.indexOf("}", i) + 1 - i : 2; continue; }
    if (c === "[") { i = classEnd(seq, i) + 1; continue; }
    LETTERS.lastIndex = i;
    const run = LETTERS.exec(seq)?.[0];
    if (run) {
      // A quantifier after the last letter makes that letter optional (or repeatable: still present once unless ?/*/{0,).
      consider([optionalAt(seq, i + run.length) ? run.slice(0, -1) : run]);
      i += run.length;
      continue;
    }
    i++;
  }
  return items;
}

// Sticky scanners over a pattern's source, read at a position.
const LETTERS = /[\p{L}]+/uy;
const QUANTIFIER = /(?:[?*+]\??|\{\d*,?\d*\}\??)?/y;
const BOUNDS = /\{\d*,?\d*\}/y;

/** Whether the quantifier at `i` lets what precedes it be absent ("?", "*", "{0,…}"). */
function optionalAt(seq: string, i: number): boolean {
  return seq[i] === "?" || seq[i] === "*" || seq.startsWith("{0,", i);
}

// A character that stands for itself, outside a letter run: punctuation, or an escaped one ("\\(").
const LITERAL_CHAR = /\\([^\p{L}\p{N}\s])|([^\p{L}\p{N}\s\\()[\]{}|.*+?^$])/uy;

/**
 * Words one of which every match of `pattern` begins with (the match starts at the word), or null
 * when that cannot be read off: after opening assertions (\\b, ^, look-behinds) each top-level
 * alternative must start with a letter run, a group of such alternatives, or one punctuation mark.
 * "(?<![\\p{L}])(?:trafen|treffen)\\s+sich" gives trafen/treffen; "(?:aus\\s+)?Mitteln" gives null.
 */
export function leadingWords(pattern: string): string[] | null {
  const out: string[] = [];
  for (const alt of splitTop(pattern)) {
    const words = leadingOf(alt);
    if (!words) return null;
    out.push(...words);
  }
  return out.length ? out : null;
}

function leadingOf(seq: string): string[] | null {
  let s = seq;
  // Assertions the pattern opens with consume nothing: the match still begins with what follows.
  for (;;) {
    if (s.startsWith("\\b") || s.startsWith("\\B")) s = s.slice(2);
    else if (s.startsWith("^")) s = s.slice(1);
    else if (s.startsWith("(?<=") || s.startsWith("(?<!")) {
      const close = groupEnd(s, 0);
      if (close < 0) return null;
      s = s.slice(close + 1);
    } else break;
  }
  if (s.startsWith("(")) {
    const close = groupEnd(s, 0);
    if (close < 0) return null;
    const body = s.slice(0, close + 1);
    // An optional group, or a look-ahead, leaves the start open.
    if (/^(?:[?*]|\{0,)/.test(s.slice(close + 1)) || /^\(\?[=!<]/.test(body)) return null;
    return leadingWords(body.startsWith("(?:") ? body.slice(3, -1) : body.slice(1, -1));
  }
  const run = /^[\p{L}]+/u.exec(s)?.[0];
  if (run) {
    const next = s[run.length];
    const optionalLast = next === "?" || next === "*" || s.startsWith("{0,", run.length);
    const word = optionalLast ? run.slice(0, -1) : run;
    return word ? [word] : null;
  }
  LITERAL_CHAR.lastIndex = 0;
  const lit = LITERAL_CHAR.exec(s);
  if (lit) {
    const next = s[lit[0].length];
    if (next === "?" || next === "*" || s.startsWith("{0,", lit[0].length)) return null;
    return [lit[1] ?? lit[2]!];
  }
  return null;
}

/** Index of the "]" closing the character class that opens at `i`. */
function classEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === "^") j++;
  if (s[j] === "]") j++;
  while (j < s.length && s[j] !== "]") j += s[j] === "\\" ? 2 : 1;
  return j;
}

/** Index of the ")" closing the group that opens at `from`. */
function groupEnd(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") { i++; continue; }
    if (c === "[") { while (i < s.length && s[i] !== "]") { if (s[i] === "\\") i++; i++; } continue; }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a pattern. */
export function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") { i++; continue; }
    if (c === "[") { while (i < s.length && s[i] !== "]") { if (s[i] === "\\") i++; i++; } continue; }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) { out.push(s.slice(from, i)); from = i + 1; }
  }
  out.push(s.slice(from));
  return out;
}
