/**
 * German abbreviations after which a period does not end a sentence (a closed
 * class: titles, honorifics, "Nr.", Latin and German short forms). Lower case,
 * without the final period; inner periods kept ("z.b", "u.a").
 */
export const NON_FINAL_ABBREVIATIONS = new Set([
  "dr", "prof", "dipl", "ing", "med", "rer", "nat", "phil", "jur", "pol", "oec", "habil", "mag", "stv", "st", "hr", "fr", "hrn",
  "nr", "no", "abs", "art", "bzw", "ca", "vgl", "ggf", "evtl", "inkl", "exkl", "zzgl", "bspw", "sog", "str", "tel", "fax", "mio", "mrd",
  "tsd", "jh", "jhd", "geb", "gem", "lt", "max", "min", "mind", "rd", "urspr", "ehem", "gegr", "verh", "allg", "betr", "bzgl", "insb",
  "kath", "ev", "labg", "lhstv", "abt", "ref", "dez", "reg", "bez", "kr", "lkr", "gde", "a", "u", "z", "d", "o", "s", "i", "v", "vs", "mdb", "mdl",
  "z.b", "u.a", "d.h", "o.ä", "s.o", "s.u", "u.u", "z.t", "i.d.r", "u.ä", "v.a", "z.zt", "i.h.v", "m.e", "o.g", "a.d", "v.l.n.r", "v.l", "n.r",
  "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "mo", "di", "mi", "do", "fr", "sa",
]);
