/** Street addresses with postcode and town: one place of type `address`. */
import type { TokenLayer } from "../../tokens/layer.js";
import { TokenFlag } from "../../tokens/lexical-flags.js";
import { ADDRESS, POSTCODE } from "./patterns.js";

export interface AddressMatch {
  /** "Potsdamer Straße 12, 10785 Berlin": street, number, postcode, town, spacing normalised. */
  name: string;
  town: string;
  start: number;
  end: number;
}

/** Reach of an address before its postcode (street and number) and after it (the town). */
const BEFORE_POSTCODE = 90;
const AFTER_POSTCODE = 60;

/** `POSTCODE` at exactly one position (sticky). */
const POSTCODE_AT = new RegExp(POSTCODE.source, "y");

/**
 * Where `POSTCODE` matches, in order. With the token layer only the tokens
 * with digits are looked at: five digits in a row always lie in one token
 * (the segment tokenizer keeps digit runs together), and a match can only
 * start where a run of digits does (its lookbehind), so trying the pattern at
 * each run start finds what a scan of the whole text finds.
 */
function postcodeStarts(text: string, layer: TokenLayer | undefined): number[] {
  const out: number[] = [];
  if (!layer || layer.text !== text) {
    for (const pc of text.matchAll(POSTCODE)) out.push(pc.index);
    return out;
  }
  const { start, end, flags } = layer;
  for (let i = 0; i < layer.count; i++) {
    if ((flags[i]! & TokenFlag.HasDigit) === 0 || end[i]! - start[i]! < 5) continue;
    for (let k = start[i]!, e = end[i]!; k + 5 <= e; k++) {
      if (!isDigit(text.charCodeAt(k)) || (k > 0 && isDigit(text.charCodeAt(k - 1)))) continue;
      POSTCODE_AT.lastIndex = k;
      if (POSTCODE_AT.test(text)) out.push(k);
    }
  }
  return out;
}
const isDigit = (c: number) => c >= 48 && c <= 57;

export function findAddresses(text: string, layer?: TokenLayer): AddressMatch[] {
  const out: AddressMatch[] = [];
  let searchedTo = 0;
  // The address pattern is costly: run it only in a window around each postcode.
  for (const pc of postcodeStarts(text, layer)) {
    const from = Math.max(searchedTo, pc - BEFORE_POSTCODE);
    const to = Math.min(text.length, pc + 5 + AFTER_POSTCODE);
    const window = text.slice(from, to);
    for (const m of window.matchAll(ADDRESS)) {
      const g = m.groups;
      if (!g || !g.street || !g.number || !g.postcode || !g.town) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      // Later windows start after the last address found, so a repeat can only be the last one.
      if (out.length > 0 && out[out.length - 1]!.start === start) continue;
      const street = g.street.replace(/\s+/g, " ").trim();
      const number = g.number.replace(/\s+/g, "");
      const town = g.town.replace(/\s+/g, " ").trim();
      out.push({ name: `${street} ${number}, ${g.postcode} ${town}`, town, start, end });
      searchedTo = Math.max(searchedTo, end);
    }
  }
  return out;
}
