/**
 * The body named after a role ("Leiterin der Regionalagentur Köln") or in a
 * parenthesis ("(Landkreis Emsland)"): where it ends, and a simple nominative.
 */
import type { Organisation, Place } from "../../schema/release.js";
import { ACRONYM, LEGAL_FORM, NAME_WORD, ORG_INNER_LOWER } from "./patterns.js";
import { type Ctx, endOf, has, lineBefore, roleTok, startOf, textIs, textOf } from "./words.js";

export interface OrgPhrase {
  /** First and last token (inclusive) of the phrase, after the introducing article. */
  from: number;
  to: number;
  /** Article or preposition that introduced it ("der", "im", …), or null. */
  introducer: string | null;
}

/** Heads that make a phrase neuter in the nominative ("Bayerisches Staatsministerium"). */
const NEUTER_HEAD = /(?:ium|amt|zentrum|werk|institut|netzwerk|land|büro|haus|referat|team|bündnis|forum|gremium|kolleg|sekretariat|komitee|unternehmen|klinikum|museum|theater|projekt|programm|bistum|erzbistum|dezernat|jobcenter|center|centre)$/i;
/** Heads that make a phrase feminine ("Europäische Akademie"). */
const FEMININE_HEAD = /(?:ung|ion|ität|agentur|kammer|stelle|behörde|verwaltung|gesellschaft|stiftung|schule|universität|hochschule|akademie|bank|bahn|gruppe|initiative|kirche|gemeinde|stadt|partei|union|direktion|zentrale|kommune|region|abteilung|hilfe|arbeitsgemeinschaft|ag|polizei|regierung|kanzlei|klinik|agentur|messe|liga|föderation|fraktion|senatsverwaltung|genossenschaft|werkstatt|einrichtung|diakonie|caritas|beratungsstelle)$/i;

/** Words that can stand inside a body's name. */
function orgWordOk(ctx: Ctx, k: number): boolean {
  const w = textOf(ctx, k);
  return NAME_WORD.test(w) || ACRONYM.test(w) || LEGAL_FORM.test(w) || /^\p{Lu}/u.test(w) || /^\d+$/.test(w);
}

/**
 * Reads the body's phrase starting at token `i` (after an optional article or
 * preposition). Stops at commas, brackets, sentence ends, line breaks and
 * lowercase words that are not connectors. Returns null when nothing fits.
 */
export function readOrgPhrase(ctx: Ctx, i: number, allowBare: boolean): OrgPhrase | null {
  let k = i;
  let introducer: string | null = null;
  if (!has(ctx, k)) return null;
  const lower = textOf(ctx, k).toLowerCase();
  if (["der", "des", "dem", "im", "beim", "am", "vom", "zum", "zur"].includes(lower)) { introducer = lower; k++; }
  else if (["bei", "von", "in", "an"].includes(lower)) {
    introducer = lower; k++;
    const art = has(ctx, k) ? textOf(ctx, k).toLowerCase() : undefined;
    if (art && ["der", "dem", "den", "des"].includes(art)) { introducer = `${lower} ${art}`; k++; }
  } else if (!allowBare) return null;
  // Lowercase adjectives before the name ("der örtlichen Tafel") are left out.
  for (;;) {
    const w = textOf(ctx, k);
    if (!(has(ctx, k) && /^\p{Ll}+$/u.test(w) && /(?:en|e|er|es|em)$/.test(w) && !ORG_INNER_LOWER.has(w) && has(ctx, k + 1) && /^\p{Lu}/u.test(textOf(ctx, k + 1)))) break;
    k++;
  }
  const start = k;
  let end = -1;
  const count = ctx.tokens.count;
  for (; k < count; k++) {
    if (k > start && lineBefore(ctx, k)) break;
    // "… der Volkshochschule und Vorsitzende des Vereins": a second role ends the body.
    if (k > start && roleTok(ctx, k)) break;
    if (orgWordOk(ctx, k)) { end = k; continue; }
    const t = textOf(ctx, k);
    // "e.V." is tokenised as e . V . ; "Berlin/Brandenburg" as three tokens.
    if (t === "e" && textIs(ctx, k + 1, ".") && textIs(ctx, k + 2, "V")) {
      k += textIs(ctx, k + 3, ".") ? 3 : 2;
      end = k;
      continue;
    }
    if ((t === "/" || t === "-" || t === "–" || t === "&") && end === k - 1 && has(ctx, k + 1) && orgWordOk(ctx, k + 1) && !lineBefore(ctx, k + 1)) {
      if (t === "–" || t === "-") {
        // A spaced dash before a second body ("… e.V.- Ausbildungszentrum …") ends the first.
        if (endOf(ctx, k - 1) !== startOf(ctx, k) || endOf(ctx, k) !== startOf(ctx, k + 1)) break;
      }
      continue;
    }
    // "(Landrat des Landkreises X von 1970 bis 1996)": a period, not part of the name ("Turnverein von 1861 e.V." is)
    if (t === "von" && /^\d{4}$/.test(textOf(ctx, k + 1)) && /^(?:bis|an|–|-)$/.test(textOf(ctx, k + 2))) break;
    // "… des Landkreistages und Talheimer Landrat X": "und" before a role joins roles, not names
    if (t === "und" && (roleTok(ctx, k + 1) || roleTok(ctx, k + 2))) break;
    if (ORG_INNER_LOWER.has(t) && k > start) continue;
    break;
  }
  if (end < start) return null;
  // Trailing connectors are not part of the name.
  while (end > start && ORG_INNER_LOWER.has(textOf(ctx, end))) end--;
  return { from: start, to: end, introducer };
}

/** Canonical name of a body found by another stage that overlaps the phrase, if any. */
export function knownName(start: number, end: number, organisations: Organisation[] | undefined, places: Place[] | undefined): string | null {
  // A body that starts with the phrase or covers it; one that starts later inside the phrase
  // ("Regionaldirektion Bayern der Bundesagentur für Arbeit") is less specific than the phrase.
  for (const o of organisations ?? []) {
    for (const m of o.mentions) if (m.start < end && m.end > start && (Math.abs(m.start - start) <= 1 || (m.start <= start && m.end >= end))) return o.name;
  }
  for (const p of places ?? []) {
    for (const m of p.mentions) if (m.start <= start && m.end >= end) return p.name;
  }
  return null;
}

/**
 * A simple nominative of the phrase: drops genitive endings on the head noun
 * after "des" and turns adjective "-en" into "-e"/"-er"/"-es" by the head's gender.
 * "des Rhein-Kreises Neuss" → "Rhein-Kreis Neuss"; "der Europäischen Akademie"
 * → "Europäische Akademie"; "im Rheinisch-Bergischen Kreis" → "Rheinisch-Bergischer Kreis".
 */
export function nominativeOrg(phrase: string, introducer: string | null): string {
  const out = phrase.trim().split(/\s+/);
  // Find the head: the first capitalised word that is not an adjective in -en.
  let head = out.findIndex((w) => /^\p{Lu}/u.test(w) && !(/en$/.test(w) && /(?:isch|ischen|lich|ig|er|al|ell|iv)en$|schen$|ischen$|lichen$|ären$/i.test(w)));
  if (head < 0) head = 0;
  const art = introducer?.split(" ").pop() ?? null;
  const genitiveMasc = art === "des";
  const dativeMasc = art === "dem" || art === "im" || art === "beim" || art === "am" || art === "vom" || art === "zum";
  const headWord = out[head] ?? "";
  const neuter = NEUTER_HEAD.test(headWord.replace(/e?s$/, ""));
  const feminine = FEMININE_HEAD.test(headWord) && !genitiveMasc && !dativeMasc;
  if (genitiveMasc && !ACRONYM.test(headWord)) {
    if (/(?:ums|ens|ers|els|ats|ts|ns|rs|ls|ks|gs|fs|ps)$/.test(headWord) && !/ss$/.test(headWord)) out[head] = headWord.slice(0, -1);
    // "des Bündnisses" → "Bündnis": nouns in -nis double the s before the ending
    else if (/nisses$/.test(headWord)) out[head] = headWord.slice(0, -3);
    else if (/(?:[sßztdgkx])es$/.test(headWord)) out[head] = headWord.slice(0, -2);
    else if (/[aeiouy]s$/.test(headWord)) out[head] = headWord.slice(0, -1);
  }
  for (let i = 0; i < head; i++) {
    const w = out[i]!;
    if (!/^\p{Lu}/u.test(w) || !/en$/.test(w)) continue;
    if (feminine || (art === "der" && !genitiveMasc && !dativeMasc)) out[i] = w.slice(0, -1);
    else if (genitiveMasc || dativeMasc) out[i] = w.slice(0, -1) + (neuter ? "s" : "r");
  }
  return out.join(" ");
}
