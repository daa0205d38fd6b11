/** Tokens with offsets: the unit the organisation rules walk over. */
import { LEGAL_FORM_AT, LEGAL_FORM_INITIAL, TOKEN } from "./patterns.js";

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    // a legal form is one token even with dots and spaces inside ("e. V.", "GmbH & Co. KG")
    if (m[0].length <= 6 && LEGAL_FORM_INITIAL.test(m[0])) {
      LEGAL_FORM_AT.lastIndex = m.index;
      const legal = LEGAL_FORM_AT.exec(text);
      if (legal && legal[0].length >= m[0].length) {
        end = m.index + legal[0].length;
        TOKEN.lastIndex = end;
      }
    }
    tokens.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return tokens;
}

/** A line break between from and to (without copying the text). */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
