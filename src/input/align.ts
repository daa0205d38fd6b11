/**
 * Maps the characters of a parsed text node back to the source stretch it
 * came from. Parsers decode entities ("&amp;"), drop escapes ("\*") and fold
 * whitespace, so the node value and the source slice can differ in length.
 */
export function alignNode(value: string, source: string, start: number, end: number, out: number[]): void {
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    // Skip source characters the parser dropped (escapes, folded whitespace).
    while (j < end && source[j] !== c) {
      if (source[j] === "&" && semicolonNear(source, j) > 0) break; // an entity stands for c
      if (source[j] === "\\" || /\s/.test(source[j]!)) {
        j++;
        continue;
      }
      break;
    }
    out.push(Math.min(j, Math.max(start, end - 1)));
    if (j < end && source[j] === "&" && c !== "&") {
      const semi = semicolonNear(source, j);
      j = semi > 0 ? semi + 1 : j + 1;
    } else if (j < end && source[j] === "&" && c === "&") {
      // "&amp;" decodes to "&": jump over the entity when it is one.
      const m = /^&(amp|#0*38|#x0*26);/i.exec(source.slice(j, j + 8));
      j += m ? m[0].length : 1;
    } else if (j < end) {
      // Astral characters take two code units in both strings.
      j++;
    }
  }
}

/**
 * Offset of the ";" that closes an entity starting at `amp` (within 12 characters), else -1.
 * Bounded: an unbounded search would run to the end of the text for every "&" without one.
 */
function semicolonNear(source: string, amp: number): number {
  const stop = Math.min(source.length, amp + 13);
  for (let k = amp + 1; k < stop; k++) if (source.charCodeAt(k) === 59) return k;
  return -1;
}
