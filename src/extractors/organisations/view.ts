/**
 * The token view the rules read: ./tokens.ts with every word fact they
 * test, those of ./word-class.ts and whether a listed name may begin with
 * the word (./gazetteer.ts), kept in one word table for all releases.
 */
import type { TokenLayer } from "../../tokens/layer.js";
import { listedNameBits, mayBeginListedName } from "./gazetteer.js";
import { orgTokens, WordTable, type OrgTokens } from "./tokens.js";
import { classifyWord, plainWordBits } from "./word-class.js";

const WORDS = new WordTable(
  (word) => classifyWord(word) | listedNameBits(word),
  // most tokens, lower-case words, are read from their characters
  (text, start, end) => (mayBeginListedName(text, start) ? -1 : plainWordBits(text, start, end)),
);

/** The organisation tokens of `text`, from the shared token layer when one is given. */
export function organisationTokens(text: string, layer?: TokenLayer): OrgTokens {
  return orgTokens(text, layer, WORDS);
}
