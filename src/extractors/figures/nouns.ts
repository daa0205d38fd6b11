/**
 * The counted noun as a unit: nominative where the text has a dative plural
 * ("mit 60 Gästen" → "Gäste", "von 18 bis 27 Jahren" → "Jahre"). German has
 * no general rule without a lexicon, so only the safe cases are changed:
 *  - "-jahren", "-monaten", "-lingen", "-nissen" are always dative (nominative "-e"),
 *    "-tagen" after a dative cue ("nach vier Spieltagen"; "zwei Etagen" stays);
 *  - "-ern" after a number is dative of a plural in "-er" ("Kindern",
 *    "Zerstörern"), except the few nouns whose plural is "-ern" ("Eltern");
 *  - after a dative cue, "-en" after an umlauted last syllable is dative of an
 *    umlaut plural in "-e" ("Gästen", "Anträgen", "Kräften"), except suffixes
 *    with a weak plural ("-täten", "-ungen") and a few feminine "-e" nouns.
 * Anything else stays as written; the text form is never wrong, only less tidy.
 */
const ALWAYS_DATIVE = /(?:jahren|monaten|lingen|nissen)$/u;
const ERN_PLURALS = /(?:eltern|schwestern|nummern|kammern|steuern|ziffern|mauern|federn|feiern|adern|klammern|wimpern|dauern)$/iu;
const WEAK_PLURAL_SUFFIX = /(?:innen|ungen|heiten|keiten|schaften|ionen|täten|ien|eien|enzen|anzen|uren|iken|onen|chen|lein)$/u;
const UMLAUT_LAST_SYLLABLE = /[äöü][^aeiouäöüy]+en$/u;
const FEMININE_E_UMLAUT = /(?:behörden|hürden|brücken|lücken|küchen|bühnen|gebühren|größen|höhen|stärken|schwächen|sünden|mühlen|bürden)$/iu;

/** Prepositions and articles after which a plural noun is dative. */
export const DATIVE_CUE = /(?:^|[^\p{L}])(?:mit|von|vom|aus|bei|zu|zur|zum|nach|seit|gegenüber|an|in|auf|unter|vor|zwischen|neben|samt|nebst|gemäß|ab|den)\s+$/iu;

export function nominativeUnit(noun: string, dative: boolean): string {
  const lower = noun.toLowerCase();
  if (ALWAYS_DATIVE.test(lower)) return noun.slice(0, -1);
  if (WEAK_PLURAL_SUFFIX.test(lower)) return noun;
  if (lower.endsWith("ern")) return ERN_PLURALS.test(lower) ? noun : noun.slice(0, -1);
  if (!dative) return noun;
  if (lower.endsWith("tagen")) return noun.slice(0, -1);
  if (UMLAUT_LAST_SYLLABLE.test(lower) && !FEMININE_E_UMLAUT.test(lower)) return noun.slice(0, -1);
  return noun;
}
