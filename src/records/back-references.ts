/**
 * Bodies named again by their head noun with the definite article: "Die
 * Hochschule Talheim erhält … Zum Auftakt lädt die Hochschule … ein". For the
 * records only (organisers, project bodies): the organisations' own mentions
 * stay what the text names in full.
 */
import type { Organisation, Span } from "../schema/release.js";
import { ORGANISATION_HEADS, TERRITORIAL_NOUNS } from "../lexicon/organisation-heads.js";
import type { Located, SpanList } from "./context.js";
import { TextScan, type WordIndex } from "./words.js";

/** Institution heads: "die Stiftung" also stands for "Bürgerstiftung Kassel". */
const COMPOUND_HEADS: readonly string[] = [...new Set(ORGANISATION_HEADS.map((h) => h.noun))].filter((n) => /^\p{Lu}\p{Ll}{3,}$/u.test(n));
/** Territorial heads only as a word of their own: "die Stadt" is "Stadt Talheim", not "Universität Kernstadt". */
const WORD_HEADS: ReadonlySet<string> = new Set(TERRITORIAL_NOUNS);

// The article and a capitalised noun that no name, number, quote or complement ("für …", "der …") follows.
const DEFINITE_HEAD = new TextScan(
  /\b(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des)[ \t]+(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}])(?![ \t]*(?:\p{Lu}|\d|[„"»«(]|für\b|der\b|des\b|von\b|in\b))/gu,
);

/** The heads each body's name ends a word in ("Hochschule Talheim" → Hochschule; "Stadt Talheim" → Stadt). */
function headsOf(name: string): string[] {
  const out: string[] = [];
  for (const word of name.split(/[\s-]+/)) {
    if (WORD_HEADS.has(word)) out.push(word);
    const lower = word.toLowerCase();
    for (const head of COMPOUND_HEADS) if (lower.endsWith(head.toLowerCase())) out.push(head);
  }
  return out;
}

/**
 * Mentions of `organisations` the text makes with the article and a head noun, for the one
 * body of the release with that head, or the one named at least twice and more often than
 * every other with it (as persons' "der Hochschule" is read), once it was named in full.
 * Not inside a mention.
 */
export function backReferences(words: WordIndex, organisations: readonly Organisation[], mentions: SpanList<Organisation>): Located<Organisation>[] {
  if (organisations.length === 0) return [];
  const byHead = new Map<string, { org: Organisation; count: number }[]>();
  for (const org of organisations) {
    // a body named by the bare head ("Jobcenter") was the extractor's to mark; "die Jobcenter" may be a plural
    for (const head of new Set(headsOf(org.name))) {
      if (head === org.name) continue;
      let list = byHead.get(head);
      if (!list) byHead.set(head, (list = []));
      list.push({ org, count: org.mentions.length });
    }
  }
  const theOne = new Map<string, { org: Organisation; first: number }>();
  for (const [head, list] of byHead) {
    list.sort((a, b) => b.count - a.count);
    const [top, second] = list;
    if (!top || (second && (top.count < 2 || top.count === second.count))) continue;
    theOne.set(head, { org: top.org, first: top.org.mentions.reduce((min, m) => Math.min(min, m.start), Infinity) });
  }
  const out: Located<Organisation>[] = [];
  for (const m of words.all(DEFINITE_HEAD)) {
    const head = m[1]!;
    const one = theOne.get(head);
    const start = m.index + m[0].length - head.length;
    const span: Span = { start, end: start + head.length };
    if (!one || one.first >= start) continue;
    if (mentions.some(start - 300, span.end, Number.MAX_SAFE_INTEGER, (o) => o.span.end > start)) continue;
    out.push({ item: one.org, span });
  }
  return out;
}
