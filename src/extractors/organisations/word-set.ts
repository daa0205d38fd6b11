/**
 * A set of words with a cheap pre-check: most tokens of a text are in none
 * of the closed word lists, and a plain Set has to hash every fresh token
 * string to say so. The pre-check compares length and a hash of the last
 * three char codes first (numbers, no string work); only a candidate that
 * passes is looked up in the Set.
 */
export class WordSet {
  private readonly words: Set<string>;
  private readonly tails = new Set<number>();
  private readonly minLength: number;
  private readonly maxLength: number;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    let min = Infinity, max = 0;
    for (const w of this.words) {
      min = Math.min(min, w.length);
      max = Math.max(max, w.length);
      this.tails.add(tailHash(w));
    }
    this.minLength = min;
    this.maxLength = max;
  }

  has(word: string): boolean {
    const n = word.length;
    if (n < this.minLength || n > this.maxLength || !this.tails.has(tailHash(word))) return false;
    return this.words.has(word);
  }
}

function tailHash(word: string): number {
  const n = word.length;
  return ((word.charCodeAt(n - 1) | 0) * 961 + (word.charCodeAt(n - 2) | 0) * 31 + (word.charCodeAt(n - 3) | 0)) | 0;
}
