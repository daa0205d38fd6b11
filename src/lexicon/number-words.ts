/**
 * German cardinal number words (a closed class): "elf" → 11,
 * "dreihundert" → 300, "einhunderteinundzwanzig" → 121, "zwölftausend" → 12000,
 * "zweieinhalb" → 2.5, "anderthalb" → 1.5.
 * Returns null for anything that is not a number word. Inflected "ein"
 * ("eine", "einem", ...) parses as 1: callers decide whether an article is meant.
 */
const UNITS: Record<string, number> = {
  null: 0, ein: 1, eins: 1, eine: 1, einer: 1, einen: 1, einem: 1, eines: 1,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const TEENS: Record<string, number> = {
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50,
  sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** Below 100: "einundzwanzig", "zwölf", "sieben". */
function belowHundred(w: string): number | null {
  if (w === "") return null;
  if (w in TEENS) return TEENS[w]!;
  if (w in TENS) return TENS[w]!;
  if (w === "ein" || w === "eins") return 1;
  if (w in UNITS && !/^ein(e[rnms]?)?$/.test(w)) return UNITS[w]!;
  const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(.+)$/.exec(w);
  if (m && m[2]! in TENS) return UNITS[m[1]!]! + TENS[m[2]!]!;
  return null;
}

/** Below 1000: "dreihundert", "einhunderteinundzwanzig", "hundert". */
function belowThousand(w: string): number | null {
  const i = w.indexOf("hundert");
  if (i < 0) return belowHundred(w);
  const head = w.slice(0, i);
  const tail = w.slice(i + "hundert".length);
  const h = head === "" ? 1 : belowHundred(head);
  if (h === null || h > 9) return null;
  const t = tail === "" ? 0 : belowHundred(tail);
  if (t === null) return null;
  return h * 100 + t;
}

function wholeNumber(w: string): number | null {
  const i = w.indexOf("tausend");
  if (i < 0) return belowThousand(w);
  const head = w.slice(0, i);
  const tail = w.slice(i + "tausend".length);
  const th = head === "" ? 1 : belowThousand(head);
  if (th === null) return null;
  const rest = tail === "" ? 0 : belowThousand(tail);
  if (rest === null) return null;
  return th * 1000 + rest;
}

export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w in UNITS && /^ein[a-z]+$/.test(w)) return 1; // inflected "eine", "einem", ...
  if (w === "anderthalb") return 1.5;
  // "eineinhalb" → 1.5, "zweieinhalb" → 2.5
  if (w.endsWith("einhalb") && w.length > "einhalb".length) {
    const whole = wholeNumber(w.slice(0, -"einhalb".length));
    return whole === null ? null : whole + 0.5;
  }
  return wholeNumber(w);
}

/** A regex source matching one number word (for building patterns); validate hits with parseNumberWord. */
export const NUMBER_WORD_PATTERN =
  "(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und|halb)+|anderthalb|eine[rnms]?|null|eins)";
