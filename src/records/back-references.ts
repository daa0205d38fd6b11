/**
 * Bodies named again by their head noun with the definite article: "Die
 * Hochschule Talheim erhält … Zum Auftakt lädt die Hochschule … ein". For the
 * records only (organisers, project bodies): the organisations' own mentions
 * stay what the text names in full.
 */
import type { Organisation } from "../schema/release.js";
import { ORGANISATION_HEADS, TERRITORIAL_NOUNS } from "../lexicon/organisation-heads.js";
import type { Located, SpanList } from "./context.js";
import { BoundedCache } from "../text/bounded-cache.js";

/** Institution heads by their lower-cased form: "die Stiftung" also stands for "Bürgerstiftung Kassel". */
const COMPOUND_HEADS: ReadonlyMap<string, string> = new Map(ORGANISATION_HEADS.map((h) => h.noun)
  .filter((n) => /^\p{Lu}\p{Ll}{3,}$/u.test(n)).map((n) => [n.toLowerCase(), n]));
const SHORTEST_HEAD = Math.min(...[...COMPOUND_HEADS.keys()].map((k) => k.length));
/** Territorial heads only as a word of their own: "die Stadt" is "Stadt Talheim", not "Universität Kernstadt". */
const WORD_HEADS: ReadonlySet<string> = new Set(TERRITORIAL_NOUNS);

// Right before the head: the definite article and blanks. Right after it: no name, number, quote or complement
// ("für …", "der …"). Both tried at one position (sticky), once per occurrence of a head.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des)[ \t]+$/u;
const NOTHING_AFTER = /(?![\p{L}\p{N}])(?![ \t]*(?:\p{Lu}|\d|[„"»«(]|für(?!\p{L})|der(?!\p{L})|des(?!\p{L})|von(?!\p{L})|in(?!\p{L})))/uy;

/** The heads each body's name ends a word in ("Hochschule Talheim" → Hochschule; "Stadt Talheim" → Stadt). Names repeat: once each. */
function headsOf(name: string): readonly string[] {
  let out = HEADS_OF.get(name);
  if (out) return out;
  const found = new Set<string>();
  for (const word of name.split(/[\s-]+/)) {
    if (WORD_HEADS.has(word)) found.add(word);
    // every ending of the word that is a head (a few map lookups per word)
    const lower = word.toLowerCase();
    for (let from = 0; from + SHORTEST_HEAD <= lower.length; from++) {
      const head = COMPOUND_HEADS.get(from === 0 ? lower : lower.slice(from));
      if (head) found.add(head);
    }
  }
  HEADS_OF.set(name, (out = [...found]));
  return out;
}
const HEADS_OF = new BoundedCache<string, readonly string[]>(20_000);

/**
 * Mentions of `organisations` the text makes with the article and a head noun, for the one
 * body of the release with that head, or the one named at least twice and more often than
 * every other with it (as persons' "der Hochschule" is read), once it was named in full.
 * Not inside a mention.
 */
export function backReferences(text: string, organisations: readonly Organisation[], mentions: SpanList<Organisation>): Located<Organisation>[] {
  if (organisations.length === 0) return [];
  const byHead = new Map<string, { org: Organisation; count: number }[]>();
  for (const org of organisations) {
    // a body named by the bare head ("Jobcenter") was the extractor's to mark; "die Jobcenter" may be a plural
    for (const head of headsOf(org.name)) {
      if (head === org.name) continue;
      let list = byHead.get(head);
      if (!list) byHead.set(head, (list = []));
      list.push({ org, count: org.mentions.length });
    }
  }
  const out: Located<Organisation>[] = [];
  for (const [head, list] of byHead) {
    list.sort((a, b) => b.count - a.count);
    const [top, second] = list;
    if (!top || (second && (top.count < 2 || top.count === second.count))) continue;
    const first = top.org.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
    // every occurrence of the head word after the full name (native search; heads are few)
    for (let at = text.indexOf(head, first + 1); at >= 0; at = text.indexOf(head, at + head.length)) {
      const end = at + head.length;
      NOTHING_AFTER.lastIndex = end;
      if (!NOTHING_AFTER.test(text) || !ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      if (mentions.some(at - 300, end, Number.MAX_SAFE_INTEGER, (o) => o.span.end > at)) continue;
      out.push({ item: top.org, span: { start: at, end } });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
