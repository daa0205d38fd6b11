/**
 * German (and a few common foreign) legal forms of organisations: a closed
 * class from company, association and foundation law (HGB, GmbHG, AktG, BGB
 * §§ 21 ff., GenG, public-law bodies). Written as regex sources because the
 * dotted forms vary in spacing ("e.V.", "e. V.").
 *
 * Order matters: longer forms first so "GmbH & Co. KG" wins over "GmbH".
 */
export const LEGAL_FORM_SOURCES: readonly string[] = [
  "GmbH\\s*&\\s*Co\\.\\s*KGaA",
  "GmbH\\s*&\\s*Co\\.\\s*KG",
  "UG\\s*\\(haftungsbeschränkt\\)",
  "gGmbH",
  "GmbH",
  "gGmbh", // a frequent misspelling
  "Gmbh",
  "mbH",
  "gUG",
  "gAG",
  "AG",
  "KGaA",
  "KG",
  "OHG",
  "GbR",
  "PartG(?:mbB)?",
  "e\\.\\s?V\\.",
  "e\\.\\s?G\\.",
  "eG",
  "eV",
  "gAöR",
  "AöR",
  "KdöR",
  "SE",
  "Ltd\\.?",
  "Corp\\.?",
  "NV",
  "A/S",
  "S\\.p\\.A\\.",
  "SpA",
  "Inc\\.",
  "LLC",
  "plc",
  "S\\.A\\.",
  "N\\.V\\.",
  "B\\.V\\.",
];

/** Matches one legal form as a whole token (no letter directly before or after). */
export const LEGAL_FORM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEGAL_FORM_SOURCES.join("|")})(?![\\p{L}\\p{N}])`, "u");

/** Canonical spellings for forms whose spelling varies. */
export function canonicalLegalForm(form: string): string {
  const compact = form.replace(/\s+/g, "");
  if (/^e\.V\.$/.test(compact)) return "e.V.";
  if (/^e\.G\.$/.test(compact)) return "eG";
  if (/^ggmbh$/i.test(compact)) return "gGmbH";
  return form.replace(/\s+/g, " ");
}
