/**
 * Closed classes around German person names: forms of address, academic and
 * professional titles, post-nominal mandates, and surname particles.
 * Kept apart from the name itself (CONTRACT.md: `name` has no title).
 */

/** Forms of address, with the gender they imply. */
export const HONORIFICS: ReadonlyMap<string, "m" | "f"> = new Map([
  ["Herr", "m"], ["Herrn", "m"], ["Frau", "f"], ["Fräulein", "f"], ["Sir", "m"], ["Mr", "m"], ["Mrs", "f"], ["Ms", "f"],
]);

/**
 * Academic and professional titles as written before a name. Longest first so
 * a regex alternation prefers "Dr.-Ing." over "Dr.". Dots are literal.
 */
export const TITLES: readonly string[] = [
  "Prof. Dr.-Ing.", "Prof. Dr. Dr.", "Prof. Dr. med.", "Prof. Dr.",
  "Dr. rer. nat.", "Dr. rer. pol.", "Dr. phil.", "Dr. med. dent.", "Dr. med. vet.", "Dr. med.", "Dr. jur.", "Dr. h.c.", "Dr. h. c.",
  "Dr.-Ing.", "Dipl.-Ing.", "Dipl.-Kfm.", "Dipl.-Kffr.", "Dipl.-Päd.", "Dipl.-Psych.", "Dipl.-Soz.", "Dipl.-Volksw.",
  "Professorin", "Professor", "Prof.", "Dr.", "Priv.-Doz.", "Mag.", "Ing.",
];

/** Mandates and degrees written after a name ("Jana Pohlmann MdL"). */
export const POST_NOMINALS: readonly string[] = ["MdB", "MdL", "MdEP", "MdA", "MdBB", "MdHB", "M.A.", "M.Sc.", "B.A.", "LL.M.", "MBA"];

/** Lowercase particles inside surnames: "von der Heide", "van Dijk", "zu Guttenberg". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "von", "van", "zu", "zur", "de", "del", "della", "di", "da", "dos", "du", "ten", "ter", "le", "la", "al", "el", "bin", "ibn",
]);

/** Second words of two-word particles: "von der", "van den", "von und zu". */
export const SURNAME_PARTICLE_SECONDS: ReadonlySet<string> = new Set(["der", "den", "dem", "de", "la", "le", "zu", "und"]);
