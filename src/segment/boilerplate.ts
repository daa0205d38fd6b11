/**
 * Finds boilerplate in a release: share bars, donation appeals, teaser lists,
 * consent banners, view counters, copyright lines, navigation crumbs, photo
 * credits and download/print links. Rules look at cue words and at structure
 * (short lines, lists of links, repeated separators), never at one site's text.
 * Returns view spans with the rule that found them.
 */
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
const LINK_LINE_RE = new RegExp(`^[\\s•·|›»>*\\-–]*(?:${LINK_WORDS.map(escape).join("|")})[\\s.…:!»›>]*$`, "i");
const TEASER_RE = new RegExp(`^\\s*(?:${TEASER_HEADINGS.map(escape).join("|")})\\s*[:.…]?\\s*$`, "i");
const VIEW_COUNTER_RE = /\(\s*\d[\d.]*\s+(?:Ansichten|Aufrufe|Views|Zugriffe|mal gelesen)[^()\n]{0,60}\)|^\s*(?:\d[\d.]*\s+(?:Aufrufe|Ansichten|Views|Zugriffe)|(?:Aufrufe|Gelesen|Zugriffe)\s*:\s*\d[\d.]*)\s*$/gim;
const COPYRIGHT_RE = /^\s*(?:©|\(c\)|@|Copyright\b).{0,80}$|^.{0,80}\bAlle Rechte vorbehalten\b.{0,40}$/im;
const PHOTO_CREDIT_RE = /\((?:Fotos?|Bild(?:er)?|Grafik|Quelle Foto|Bildquelle|Foto ?credit)\s*:[^()\n]{1,80}\)|^\s*(?:Fotos?|Bild(?:er)?|Bildquelle|Fotonachweis|Bildnachweis|Titelbild|Symbolbild|Symbolfoto)\s*(?::|©)[^\n]{0,160}$/gim;
const CRUMB_SEP_RE = /\s(?:>|›|»|\/|\|)\s/g;
/** Blog bylines without a date ("Geschrieben am . Veröffentlicht in ..."); dated ones stay for the release date. */
const BYLINE_RE = /^\s*(?:Geschrieben|Veröffentlicht|Erstellt|Verfasst|Gepostet)\s+(?:am|von|in|unter)\b[^\d\n]{0,160}$/i;
const DOWNLOAD_RE = /^[^\n]{0,80}\b(?:als PDF|PDF[- ]Download|zum Download|herunterladen|Download\s*\(|Druckversion|Seite drucken)\b[^\n]{0,40}$/i;

function isShareBar(line: string): boolean {
  const t = line.trim();
  if (t === "" || t.length > 200) return false;
  const hits = t.match(NETWORK_RE) ?? [];
  if (hits.length >= 3) {
    // Most of the line is network names (they are often glued together).
    const covered = hits.join("").length;
    return covered / t.replace(/\s/g, "").length > 0.5;
  }
  return /^(?:Diesen (?:Beitrag|Artikel)|Seite|Artikel|Beitrag)?\s*(?:teilen|empfehlen|weiterempfehlen|drucken|versenden|merken)\b.{0,60}$/i.test(t) && t.length < 80;
}

/** The reader addressed directly ("Sie", "Ihre", "du", "Leser"). */
const READER_RE = /\b(?:Sie|Ihnen|Ihre[rnms]?|du|dich|dir|dein[e]?|Leser(?:innen)?)\b/;

function donationScore(par: string): { strong: number; weak: number } {
  const low = par.toLowerCase();
  let strong = 0;
  let weak = 0;
  for (const cue of DONATION_STRONG) if (low.includes(cue)) strong++;
  if (READER_RE.test(par)) for (const cue of DONATION_WEAK) if (low.includes(cue)) weak++;
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

  // Teaser lists: from their heading to the end of the release.
  let teaserFrom = -1;
  for (const l of all) {
    if (TEASER_RE.test(l.text)) {
      teaserFrom = l.start;
      break;
    }
  }
  // Several "weiterlesen" links after the body also mark a teaser list.
  if (teaserFrom < 0) {
    const links = all.filter((l) => /^\s*(?:weiterlesen|mehr lesen|read more|zum artikel)\b/i.test(l.text));
    if (links.length >= 2) {
      const firstLink = links[0]!;
      const par = paragraphs(text);
      // The teaser list starts at the paragraph before the first link.
      const idx = par.findIndex((p) => p.end >= firstLink.start);
      teaserFrom = idx > 0 ? par[idx - 1]!.start : firstLink.start;
    }
  }
  if (teaserFrom >= 0) add(teaserFrom, text.length, "teasers");

  for (const l of all) {
    if (l.start >= teaserFrom && teaserFrom >= 0) break;
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
    if (teaserFrom >= 0 && p.start >= teaserFrom) break;
    const { strong, weak } = donationScore(p.text);
    const low = p.text.toLowerCase();
    const consent = CONSENT_WORDS.filter((w) => low.includes(w)).length;
    if (consent >= 2 && /cookie/.test(low) && p.text.length < 1200) {
      add(p.start, p.end, "consent");
      continue;
    }
    if (strong >= 1 || (inAppeal && weak >= 1 && p.text.length < 600) || (weak >= 3 && p.text.length < 400)) {
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
