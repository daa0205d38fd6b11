import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache.js";

describe("BoundedCache", () => {
  it("keeps entries up to its limit and starts over past it", () => {
    const c = new BoundedCache<string, number>(3);
    c.set("a", 1).set("b", 2).set("c", 3);
    expect(c.size).toBe(3);
    c.set("a", 10); // an existing key does not count as new
    expect([...c.entries()]).toEqual([["a", 10], ["b", 2], ["c", 3]]);
    c.set("d", 4);
    expect([...c.entries()]).toEqual([["d", 4]]);
  });
});
