/**
 * A case-insensitive regex source spelled out case by case: "Foto" →
 * "[Ff][Oo][Tt][Oo]". Used without the `i` flag it matches exactly what the
 * source matches with `i` (and without `u`): there a letter matches only its
 * own upper and lower case (ASCII letters and äöü here; "ſ", the Kelvin sign
 * or "İ" do not match "s", "k", "i"). V8 scans such a pattern several times
 * faster than one with the `i` flag. Sources it cannot spell exactly (named
 * groups, `\p`, letter ranges, other cased letters) throw when the module loads.
 */

const SPELLED_NON_ASCII = new Set(["ä", "ö", "ü", "Ä", "Ö", "Ü"]);

/** Whether another character matches `ch` under the i flag (a one-character case partner; "ß" has none). */
function hasCase(ch: string): boolean {
  const upper = ch.toUpperCase();
  const lower = ch.toLowerCase();
  return (upper.length === 1 && upper !== ch) || (lower.length === 1 && lower !== ch);
}

/** Both cases of a letter, for use inside a class. */
function bothCases(ch: string, source: string): string {
  if (!hasCase(ch)) return ch;
  if (ch.charCodeAt(0) >= 128 && !SPELLED_NON_ASCII.has(ch)) throw new Error(`caseSpelled: cannot spell ${ch} in ${source}`);
  return ch.toUpperCase() + ch.toLowerCase();
}

/** Length of the escape at `i` (a backslash and what it escapes). */
function escapeLength(source: string, i: number): number {
  const c = source[i + 1];
  if (c === "u") return /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)) ? 6 : 2;
  if (c === "x") return 4;
  if (c === "c") return 3;
  if (c === "p" || c === "P" || c === "k") throw new Error(`caseSpelled: unsupported escape \\${c} in ${source}`);
  return 2;
}

/** The character an escape inside a class stands for, when it is one character ("\u00C0", "\-"); null for \s, \d, …. */
function escapedChar(escape: string): string | null {
  if (/^\\u[0-9a-fA-F]{4}$/.test(escape)) return String.fromCharCode(parseInt(escape.slice(2), 16));
  if (/^\\x[0-9a-fA-F]{2}$/.test(escape)) return String.fromCharCode(parseInt(escape.slice(2), 16));
  if (escape.length === 2 && !/[a-zA-Z0-9]/.test(escape[1]!)) return escape[1]!;
  return null;
}

export function caseSpelled(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      const n = escapeLength(source, i);
      out += source.slice(i, i + n);
      i += n;
    } else if (c === "[") {
      const close = classEnd(source, i);
      out += spellClass(source, i, close);
      i = close + 1;
    } else if (c === "(" && source.startsWith("(?<", i) && /[A-Za-z]/.test(source[i + 3] ?? "")) {
      throw new Error(`caseSpelled: named group in ${source}`);
    } else if (c === "{") {
      const close = source.indexOf("}", i);
      out += source.slice(i, close + 1);
      i = close + 1;
    } else if (hasCase(c)) {
      out += `[${bothCases(c, source)}]`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index of the `]` closing the class that opens at `open`. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === "^") i++;
  if (source[i] === "]") i++; // "[]...]" is not used; kept literal
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? escapeLength(source, i) : 1;
  if (i >= source.length) throw new Error(`caseSpelled: unclosed class in ${source}`);
  return i;
}

/** A class with both cases of every letter in it; a range may not hold cased letters. */
function spellClass(source: string, open: number, close: number): string {
  let out = "[";
  let i = open + 1;
  if (source[i] === "^") {
    out += "^";
    i++;
  }
  const items: Array<{ text: string; char: string | null }> = [];
  while (i < close) {
    if (source[i] === "\\") {
      const n = escapeLength(source, i);
      const text = source.slice(i, i + n);
      items.push({ text, char: escapedChar(text) });
      i += n;
    } else {
      items.push({ text: source[i]!, char: source[i]! });
      i++;
    }
  }
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const next = items[k + 1];
    const last = items[k + 2];
    if (next?.text === "-" && last && k + 2 < items.length) {
      const from = item.char;
      const to = last.char;
      if (from === null || to === null) throw new Error(`caseSpelled: unsupported range in ${source}`);
      for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) {
        if (hasCase(String.fromCharCode(code))) throw new Error(`caseSpelled: range with cased letters in ${source}`);
      }
      out += item.text + "-" + last.text;
      k += 2;
      continue;
    }
    out += item.char !== null && item.text.length === 1 ? bothCases(item.char, source) : item.text;
  }
  return out + "]";
}

/** A regex with the `i` flag as the same regex spelled case by case, without the flag. */
export function spelledCase(re: RegExp): RegExp {
  if (!re.flags.includes("i") || re.flags.includes("u") || re.flags.includes("v")) throw new Error(`spelledCase: needs i without u: ${re}`);
  return new RegExp(caseSpelled(re.source), re.flags.replace("i", ""));
}

/** Characters other than the upper case that lower-case to a letter (Kelvin sign → k, ẞ → ß). */
const OTHER_UPPER: Readonly<Record<string, string>> = { k: "\u212A", ß: "\u1E9E" };

/**
 * A regex source that finds `word` (lower case: a–z, äöüß, digits, space,
 * punctuation) in a text where `text.toLowerCase().includes(word)` would,
 * without lower-casing the text. Not for texts with "İ", which lower-cases
 * to two characters (callers check).
 */
export function lowerCasePattern(word: string): string {
  let out = "";
  for (const ch of word) {
    if (/[a-zäöüß]/.test(ch)) {
      const upper = ch === "ß" ? "" : ch.toUpperCase();
      out += `[${ch}${upper}${OTHER_UPPER[ch] ?? ""}]`;
    } else if (ch.toLowerCase() !== ch.toUpperCase()) {
      throw new Error(`lowerCasePattern: cannot spell ${ch} in ${word}`);
    } else out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  }
  return out;
}
