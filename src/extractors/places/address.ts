/** Street addresses with postcode and town: one place of type `address`. */
import { ADDRESS, POSTCODE } from "./patterns.js";

export interface AddressMatch {
  /** "Petersburger Straße 92, 10247 Berlin": street, number, postcode, town, spacing normalised. */
  name: string;
  town: string;
  start: number;
  end: number;
}

/** Reach of an address before its postcode (street and number) and after it (the town). */
const BEFORE_POSTCODE = 90;
const AFTER_POSTCODE = 60;

export function findAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  let searchedTo = 0;
  // The address pattern is costly: run it only in a window around each postcode.
  for (const pc of text.matchAll(POSTCODE)) {
    const from = Math.max(searchedTo, pc.index - BEFORE_POSTCODE);
    const to = Math.min(text.length, pc.index + pc[0].length + AFTER_POSTCODE);
    const window = text.slice(from, to);
    for (const m of window.matchAll(ADDRESS)) {
      const g = m.groups;
      if (!g || !g.street || !g.number || !g.postcode || !g.town) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((a) => a.start === start)) continue;
      const street = g.street.replace(/\s+/g, " ").trim();
      const number = g.number.replace(/\s+/g, "");
      const town = g.town.replace(/\s+/g, " ").trim();
      out.push({ name: `${street} ${number}, ${g.postcode} ${town}`, town, start, end });
      searchedTo = Math.max(searchedTo, end);
    }
  }
  return out;
}
