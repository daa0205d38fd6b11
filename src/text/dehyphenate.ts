/**
 * Spans of line-break hyphenation to delete for extraction:
 * "Migran-\ntenorganisationen" and the copy-and-paste form where the line
 * break was lost inside a noun ("Migran-tenorganisationen"). English loans
 * with short lower-case second parts ("Know-how", "Check-in") stay as they are.
 */
import type { Span } from "../schema/release.js";

const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string | undefined): boolean => isLower(c) || isUpper(c);

// One pass over the hyphens (a regex with a look-behind was the slowest part of cleaning).
export function hyphenationSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf("-"); i >= 0; i = text.indexOf("-", i + 1)) {
    if (!isLower(text[i - 1])) continue;
    // "Arbeits-\nmarkt": the hyphen, the line break and the spaces around it go.
    let j = i + 1;
    while (text[j] === " " || text[j] === "\t") j++;
    if (text[j] === "\r") j++;
    if (text[j] === "\n") {
      j++;
      while (text[j] === " " || text[j] === "\t") j++;
      if (isLower(text[j])) spans.push({ start: i, end: j });
      continue;
    }
    // "Migran-tenorganisationen": a capitalised word part, then four lower-case letters.
    if (!(isLower(text[i + 1]) && isLower(text[i + 2]) && isLower(text[i + 3]) && isLower(text[i + 4]))) continue;
    let k = i - 1;
    while (k > 0 && isLower(text[k - 1])) k--;
    k--;
    if (!isUpper(text[k]) || isLetter(text[k - 1]) || text[k - 1] === "-") continue;
    spans.push({ start: i, end: i + 1 });
  }
  return spans;
}
