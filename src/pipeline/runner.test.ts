import { describe, expect, it } from "vitest";
import { createPipeline, PipelineError, type Stage } from "./runner.js";
import { STANDARD_STAGES } from "./stages.js";

const stage = (name: string, needs: Stage["needs"], provides: Stage["provides"]): Stage => ({
  name, needs, provides, run: (d) => ({ ...d, warnings: [...d.warnings, { code: name, message: name, start: 0, end: 0 }] }),
});

describe("createPipeline", () => {
  it("orders the standard stages by what they need, whatever order they are given in", () => {
    const order = createPipeline([...STANDARD_STAGES].reverse()).order;
    expect(order.indexOf("clean")).toBe(0);
    expect(order.indexOf("segment")).toBeLessThan(order.indexOf("dates"));
    expect(order.indexOf("anchor")).toBeLessThan(order.indexOf("dates"));
    expect(order.indexOf("dates")).toBeLessThan(order.indexOf("figures"));
    expect(order.indexOf("places")).toBeLessThan(order.indexOf("organisations"));
    expect(order.indexOf("organisations")).toBeLessThan(order.indexOf("persons"));
    expect(order[order.length - 1]).toBe("records");
  });

  it("runs stages in that order", () => {
    const p = createPipeline([stage("b", ["title"], ["dates"]), stage("a", ["view"], ["title"])]);
    expect(p.order).toEqual(["a", "b"]);
    const doc = p.run({ sourceId: "", source: "", part: 0, span: { start: 0, end: 0 }, options: { referenceDate: null }, view: { text: "", map: new Int32Array(1) }, warnings: [] });
    expect(doc.warnings.map((w) => w.code)).toEqual(["a", "b"]);
  });

  it("refuses stages whose needs nobody provides, and duplicate names", () => {
    expect(() => createPipeline([stage("x", ["places"], ["persons"])])).toThrow(PipelineError);
    expect(() => createPipeline([stage("x", ["view"], ["title"]), stage("x", ["view"], ["dates"])])).toThrow(/two stages/);
  });
});
