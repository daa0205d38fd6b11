/**
 * A Map for module-level memo caches (word tests, folded names) that empties
 * itself when it reaches `limit` entries. Extraction over a long, varied
 * archive would otherwise grow such caches with every new word; emptying is
 * cheap and keeps memory flat (the cache refills with the words in use).
 */
export class BoundedCache<K, V> extends Map<K, V> {
  constructor(readonly limit = 50_000) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
