/**
 * Declined and prefixed forms of canonical place names, made by rule:
 *   "Rheinisch-Bergischer Kreis" → "Rheinisch-Bergischen Kreis", "Rheinisch-Bergischen Kreises"
 *   "Rhein-Kreis Neuss"          → "Rhein-Kreises Neuss"
 *   "Köln"                       → "Kölns"
 *   "Vereinigte Staaten"         → "Vereinigten Staaten"
 *   district "Landkreis Tuttlingen" → "Kreis Tuttlingen", "Landkreises Tuttlingen", "Kreises Tuttlingen", "LK Tuttlingen"
 * Extra forms that German never uses are harmless: they simply never occur.
 */

const LOWER_START = /^\p{Ll}/u;

/** Genitive of a head noun by its ending ("-kreis" → "-kreises", "-land" → "-lands"/"-landes"). */
function headNounForms(word: string): string[] {
  const forms = [word];
  const lower = word.toLowerCase();
  if (/kreis$/.test(lower)) forms.push(word + "es");
  else if (/(land|verband|gebiet|wald|bezirk)$/.test(lower)) forms.push(word + "s", word + "es");
  else if (/tum$/.test(lower)) forms.push(word + "s");
  return forms;
}

/** Forms of the last word of a name: genitive -s, plural dative -n. */
function lastWordForms(word: string, singleWord: boolean): string[] {
  const forms = new Set(headNounForms(word));
  if (LOWER_START.test(word) || /\)$/.test(word)) return [...forms];
  if (/[sßxz]$/.test(word)) {
    // "Neuss", "Paris": no genitive ending in writing.
  } else if (/lande$|ate$/.test(word)) {
    forms.add(word + "n"); // "den Niederlanden", "den Emiraten"
  } else if (singleWord || !/(republik|union|inseln|staaten)$/i.test(word)) {
    forms.add(word + "s");
  }
  return [...forms];
}

/** Forms of a word before the head noun: adjectives take -en ("Rheinisch-Bergischer" → "Rheinisch-Bergischen"). */
function attributeForms(word: string): string[] {
  if (LOWER_START.test(word)) return [word];
  const forms = new Set(headNounForms(word));
  const m = /^(.*?)(er|es|e)$/.exec(word);
  // Adjectival endings only on words that are not nouns themselves ("Rhein-Kreis", "Bad", "Sankt").
  if (m && m[1] && m[1].length >= 3) {
    forms.add(m[1] + "en");
  }
  return [...forms];
}

/** All declined forms of a canonical name, the name itself first. */
export function declinedForms(name: string): string[] {
  const words = name.split(" ");
  if (words.length === 1) return lastWordForms(name, true);
  const options: string[][] = words.map((w, i) => {
    if (i === words.length - 1) return lastWordForms(w, false);
    const next = words[i + 1] ?? "";
    return LOWER_START.test(next) || /^\(/.test(next) ? headNounForms(w) : attributeForms(w);
  });
  let out: string[] = [""];
  for (const opts of options) {
    const next: string[] = [];
    for (const prefix of out) for (const o of opts) next.push(prefix ? `${prefix} ${o}` : o);
    out = next.slice(0, 64);
  }
  return [...new Set([name, ...out])];
}

/** Prefixes a Kreis can be called by in running text. */
const DISTRICT_PREFIXES = ["Landkreis", "Landkreises", "Kreis", "Kreises", "Lkr.", "LK", "Landkreis-", "Kreis-"];

/**
 * Forms of a district: its canonical name declined, and "Kreis …"/"Landkreis …"
 * forms of its core name. When the district is named like a town
 * ("Landkreis Tuttlingen"), the bare name is the town, not the district.
 */
export function districtForms(canonical: string, core: string, namedLikeTown: boolean): string[] {
  const forms = new Set<string>(declinedForms(canonical));
  const coreForms = declinedForms(core);
  if (!/kreis|region|verband/i.test(core)) {
    for (const p of DISTRICT_PREFIXES) {
      for (const f of coreForms) forms.add(p.endsWith("-") ? p + f : `${p} ${f}`);
    }
  }
  for (const f of coreForms) {
    if (namedLikeTown) forms.delete(f);
    else forms.add(f);
  }
  return [...forms];
}

/** Bare forms of names with a river or region suffix: "Frankfurt am Main" → "Frankfurt", "Halle (Saale)" → "Halle". */
export function stemOf(name: string): string | null {
  const m = /^(.+?)\s+(?:\(.+\)|am\s.+|an der\s.+|im\s.+|in der\s.+|ob der\s.+|vor der\s.+|i\.\s?d\..+|a\.\s?d\..+|a\..+|i\..+)$/.exec(name);
  return m && m[1] ? m[1] : null;
}

/** "Sankt Augustin" is also written "St. Augustin", and the other way round. */
export function saintForms(name: string): string[] {
  if (name.startsWith("Sankt ")) return [name, `St. ${name.slice(6)}`];
  if (name.startsWith("St. ")) return [name, `Sankt ${name.slice(4)}`];
  return [name];
}
