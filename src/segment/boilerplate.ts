/**
 * Finds boilerplate in a release: share bars, donation appeals, teaser lists,
 * consent banners, view counters, copyright lines, navigation crumbs, photo
 * credits and download/print links. Rules look at cue words and at structure
 * (short lines, lists of links, repeated separators), never at one site's text.
 * Returns view spans with the rule that found them.
 */
import { lowerCasePattern, spelledCase } from "../text/case-spelled.js";
import {
  CONSENT_WORDS, DONATION_STRONG, DONATION_WEAK, LINK_WORDS, SOCIAL_NETWORKS, TEASER_HEADINGS,
} from "../lexicon/boilerplate-cues.js";

export interface BoilerplateSpan {
  start: number;
  end: number;
  rule: "share-bar" | "donation" | "teasers" | "consent" | "view-counter" | "copyright" | "navigation" | "photo-credit" | "download-link";
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NETWORK_RE = new RegExp(`(?:${[...SOCIAL_NETWORKS].sort((a, b) => b.length - a.length).map(escape).join("|")})`, "g");
const LINK_LINE_RE = spelledCase(new RegExp(`^[\\s•·|›»>*\\-–]*(?:${LINK_WORDS.map(escape).join("|")})[\\s.…:!»›>]*$`, "i"));
// One optional mark between two runs of space: "\\s*[:.…]?\\s*$" would split a long space run every way (quadratic).
const TEASER_RE = spelledCase(new RegExp(`^\\s*(?:${TEASER_HEADINGS.map(escape).join("|")})\\s*(?:[:.…]\\s*)?$`, "i"));
/**
 * Space within a line. The line rules below run over the whole text with the m flag: a
 * leading \s* there would cross line breaks and rescan a run of empty lines from each of
 * its line starts (quadratic), so they only take space that ends no line (\r too is a
 * line end for ^ and $).
 */
const H = String.raw`[^\S\n\r\u2028\u2029]`;
const VIEW_COUNTER_RE = spelledCase(new RegExp(String.raw`\(\s*\d[\d.]*\s+(?:Ansichten|Aufrufe|Views|Zugriffe|mal gelesen)[^()\n]{0,60}\)|^${H}*(?:\d[\d.]*${H}+(?:Aufrufe|Ansichten|Views|Zugriffe)|(?:Aufrufe|Gelesen|Zugriffe)${H}*:${H}*\d[\d.]*)${H}*$`, "gim"));
const COPYRIGHT_RE = spelledCase(/^\s*(?:©|\(c\)|@|Copyright\b).{0,80}$|^.{0,80}\bAlle Rechte vorbehalten\b.{0,40}$/im);
const PHOTO_CREDIT_RE = spelledCase(new RegExp(String.raw`\((?:Fotos?|Bild(?:er)?|Grafik|Quelle Foto|Bildquelle|Foto ?credit)\s*:[^()\n]{1,80}\)|^${H}*(?:Fotos?|Bild(?:er)?|Bildquelle|Fotonachweis|Bildnachweis|Titelbild|Symbolbild|Symbolfoto)${H}*(?::|©)[^\n\r]{0,160}$`, "gim"));
const CRUMB_SEP_RE = /\s(?:>|›|»|\/|\|)\s/g;
/** Blog bylines without a date ("Geschrieben am . Veröffentlicht in ..."); dated ones stay for the release date. */
const BYLINE_RE = spelledCase(/^\s*(?:Geschrieben|Veröffentlicht|Erstellt|Verfasst|Gepostet)\s+(?:am|von|in|unter)\b[^\d\n]{0,160}$/i);
const DOWNLOAD_RE = spelledCase(/^[^\n]{0,80}\b(?:als PDF|PDF[- ]Download|zum Download|herunterladen|Download\s*\(|Druckversion|Seite drucken)\b[^\n]{0,40}$/i);

const SHARE_WORD_RE = spelledCase(/^(?:Diesen (?:Beitrag|Artikel)|Seite|Artikel|Beitrag)?\s*(?:teilen|empfehlen|weiterempfehlen|drucken|versenden|merken)\b.{0,60}$/i);

function isShareBar(line: string): boolean {
  const t = line.trim();
  if (t === "" || t.length > 200) return false;
  const hits = t.match(NETWORK_RE) ?? [];
  if (hits.length >= 3) {
    // Most of the line is network names (they are often glued together).
    const covered = hits.join("").length;
    return covered / t.replace(/\s/g, "").length > 0.5;
  }
  return t.length < 80 && SHARE_WORD_RE.test(t);
}

/** The reader addressed directly ("Sie", "Ihre", "du", "Leser"). */
const READER_RE = /\b(?:Sie|Ihnen|Ihre[rnms]?|du|dich|dir|dein[e]?|Leser(?:innen)?)\b/;

/**
 * Lower-case cue words found in a paragraph as in its lower-cased form,
 * without lower-casing it: one scan for any of them, then (rarely) one per
 * cue to count them.
 */
class CueWords {
  private readonly any: RegExp;
  private readonly each: readonly RegExp[];
  constructor(private readonly cues: readonly string[]) {
    this.any = new RegExp(cues.map(lowerCasePattern).join("|"));
    this.each = cues.map((c) => new RegExp(lowerCasePattern(c)));
  }

  /** How many of the cues `par.toLowerCase()` contains. */
  count(par: string): number {
    if (par.includes("\u0130")) {
      const low = par.toLowerCase(); // "İ" lower-cases to two characters: count in the lower-cased text
      return this.cues.filter((c) => low.includes(c)).length;
    }
    if (!this.any.test(par)) return 0;
    return this.each.filter((re) => re.test(par)).length;
  }
}
const DONATION_STRONG_CUES = new CueWords(DONATION_STRONG);
const DONATION_WEAK_CUES = new CueWords(DONATION_WEAK);
const CONSENT_CUES = new CueWords(CONSENT_WORDS);
const COOKIE = new CueWords(["cookie"]);

/** Paragraphs at least this long are appeals only by a strong cue: weak cues are not counted there. */
const WEAK_CUES_MAX = 600;

/** Donation cues in a paragraph. */
function donationScore(par: string): { strong: number; weak: number } {
  const strong = DONATION_STRONG_CUES.count(par);
  const weak = par.length < WEAK_CUES_MAX && READER_RE.test(par) ? DONATION_WEAK_CUES.count(par) : 0;
  return { strong, weak };
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number) => {
    const chunk = text.slice(s, e);
    if (chunk.trim()) out.push({ start: s, end: e, text: chunk });
  };
  while ((m = re.exec(text))) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Longer lines are body text for the line rules (share bars, crumbs, copyright, links). */
const LINE_RULES_MAX = 240;

export function findBoilerplate(text: string): BoilerplateSpan[] {
  const found: BoilerplateSpan[] = [];
  const add = (start: number, end: number, rule: BoilerplateSpan["rule"]) => {
    if (end > start) found.push({ start, end, rule });
  };
  const all = lines(text);

  // Teaser lists: from their heading (or the excerpt before a run of "weiterlesen" links)
  // over the lines that look like teasers; real text after them stays.
  const teasers = teaserBlocks(text, all);
  for (const t of teasers) add(t.start, t.end, "teasers");
  // Paragraphs come in text order: one pointer walks the (sorted, disjoint) blocks.
  let block = 0;
  const inTeasers = (start: number) => {
    while (block < teasers.length && teasers[block]!.end <= start) block++;
    const t = teasers[block];
    return !!t && start >= t.start;
  };

  for (const l of all) {
    const t = l.text;
    if (t.length > LINE_RULES_MAX) continue; // every line rule is about short lines
    if (isShareBar(t)) add(l.start, l.end, "share-bar");
    else if (LINK_LINE_RE.test(t)) add(l.start, l.end, "navigation");
    else if (COPYRIGHT_RE.test(t)) add(l.start, l.end, "copyright");
    else if (DOWNLOAD_RE.test(t)) add(l.start, l.end, "download-link");
    else if (BYLINE_RE.test(t)) add(l.start, l.end, "navigation");
    else if (t.length < 160 && (t.match(CRUMB_SEP_RE) ?? []).length >= 2 && !/[.!?]\s*$/.test(t) && !/\d{4}/.test(t)) add(l.start, l.end, "navigation");
  }

  for (const m of text.matchAll(VIEW_COUNTER_RE)) add(m.index, m.index + m[0].length, "view-counter");
  for (const m of text.matchAll(PHOTO_CREDIT_RE)) add(m.index, m.index + m[0].length, "photo-credit");

  // Donation appeals and consent banners are whole paragraphs.
  const pars = paragraphs(text);
  let inAppeal = false;
  let trailing = 0;
  for (const p of pars) {
    if (inTeasers(p.start)) {
      inAppeal = false;
      continue;
    }
    const { strong, weak } = donationScore(p.text);
    if (p.text.length < 1200 && COOKIE.count(p.text) > 0 && CONSENT_CUES.count(p.text) >= 2) {
      add(p.start, p.end, "consent");
      continue;
    }
    if (strong >= 1 || (inAppeal && weak >= 1 && p.text.length < WEAK_CUES_MAX) || (weak >= 3 && p.text.length < 400)) {
      add(p.start, p.end, "donation");
      inAppeal = true;
      trailing = 0;
      continue;
    }
    // The appeal's closing lines ("Danke", the publisher's signature) are short.
    if (inAppeal && trailing < 2 && p.text.trim().length <= 40) {
      add(p.start, p.end, "donation");
      trailing++;
      continue;
    }
    inAppeal = false;
  }
  return mergeSpans(found);
}

const WEITERLESEN_RE = spelledCase(/^\s*(?:weiterlesen|mehr lesen|read more|zum artikel)\b/i);
/** A line cut short by the page ("…", "...", "Schwerpunktt..."), maybe with a link word after it. */
const TRUNCATED_RE = spelledCase(/(?:\.\.\.|…)\s*(?:(?:\]|weiterlesen|mehr)\s*)?$/i);
/** A teaser's date and title on one line ("31.05.2024 Neue Brücke eröffnet"). */
const DATED_TITLE_RE = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b.{0,100}$/;
/** Paragraphs of a teaser list are short; longer ones are excerpts only when cut short or followed by a link. */
const TEASER_PARAGRAPH_MAX = 200;

/** Whether a line marks a teaser list: its heading, a link line, a cut-off excerpt, a dated title. */
function isTeaserMarker(line: string): boolean {
  if (line.length > LINE_RULES_MAX) return TRUNCATED_RE.test(line);
  return TEASER_RE.test(line) || LINK_LINE_RE.test(line) || TRUNCATED_RE.test(line) || DATED_TITLE_RE.test(line);
}

/**
 * Teaser blocks. A block opens at a teaser heading ("Weitere Meldungen",
 * "Meistgelesen") or at the excerpt before the first of two or more
 * "weiterlesen" links, and runs over paragraphs that look like teasers: short
 * ones, excerpts cut short, excerpts followed by a link line. It stops before
 * the first paragraph of real text (long, complete, no link after it): then it
 * ends with its last marker line, so a release glued after a teaser list keeps
 * its title and text. With no real text after it, it runs to the end.
 */
function teaserBlocks(text: string, all: Line[]): { start: number; end: number }[] {
  const openers: number[] = [];
  for (let i = 0; i < all.length; i++) if (TEASER_RE.test(all[i]!.text)) openers.push(i);
  const links = all.flatMap((l, i) => (WEITERLESEN_RE.test(l.text) ? [i] : []));
  if (links.length >= 2) {
    // The list starts at the excerpt (the paragraph) before the first link.
    let i = links[0]!;
    while (i > 0 && all[i - 1]!.text.trim() === "") i--;
    while (i > 0 && all[i - 1]!.text.trim() !== "") i--;
    openers.push(i);
  }
  openers.sort((a, b) => a - b);
  const blocks: { start: number; end: number }[] = [];
  let next = 0; // lines before this belong to a block already
  for (const open of openers) {
    if (open < next) continue;
    let lastMarkerEnd = all[open]!.end;
    let i = open + 1;
    let realText = false;
    while (i < all.length) {
      if (all[i]!.text.trim() === "") { i++; continue; }
      // One paragraph: lines up to the next blank line.
      let j = i;
      let length = 0;
      let marker = false;
      while (j < all.length && all[j]!.text.trim() !== "") {
        length += all[j]!.text.trim().length;
        if (isTeaserMarker(all[j]!.text)) marker = true;
        j++;
      }
      let after = j;
      while (after < all.length && all[after]!.text.trim() === "") after++;
      const linkAfter = after < all.length && LINK_LINE_RE.test(all[after]!.text);
      const last = all[j - 1]!;
      if (length > TEASER_PARAGRAPH_MAX && !marker && !linkAfter && /[.!?:"“”»)]\s*$/.test(last.text)) {
        realText = true;
        break;
      }
      if (marker || linkAfter) lastMarkerEnd = last.end;
      i = j;
    }
    const end = realText ? lastMarkerEnd : text.length;
    blocks.push({ start: all[open]!.start, end });
    next = realText ? i : all.length;
  }
  return blocks;
}

/** Sort and merge overlapping spans (the first rule wins the label). */
export function mergeSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { ...last, end: s.end };
    } else out.push({ ...s });
  }
  return out;
}
