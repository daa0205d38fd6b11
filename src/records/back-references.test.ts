import { describe, expect, it } from "vitest";
import type { MeetingRecord } from "../schema/release.js";
import { backReferences } from "./back-references.js";
import { mentionsOf, SpanList } from "./context.js";
import { assembleRecords } from "./index.js";
import { date, input, org } from "./test-helpers.js";
import type { Organisation } from "../schema/release.js";

function refs(text: string, organisations: Organisation[]): [string, number, number][] {
  return backReferences(text, organisations, new SpanList(mentionsOf(organisations)))
    .map((r) => [r.item.name, r.span.start, r.span.end]);
}

describe("bodies named again by their head noun", () => {
  it("reads 'die Hochschule' and 'Die Stadt' after the full names, with the head word's offsets", () => {
    const t = "Die Hochschule Talheim und die Stadt Talheim planen. Die Stadt zahlt, die Hochschule forscht.";
    expect(refs(t, [org(t, "Hochschule Talheim"), org(t, "Stadt Talheim")])).toEqual([
      ["Stadt Talheim", 57, 62], ["Hochschule Talheim", 74, 84],
    ]);
  });

  it("takes a compound's head ('die Stiftung' for 'Bürgerstiftung Talheim') and, among several, the one named most", () => {
    const t = "Die Bürgerstiftung Talheim hilft. Die Universität Seedorf und die Technische Universität Nord forschen. " +
      "Die Universität Seedorf lädt ein; die Stiftung zahlt, die Universität lehrt.";
    const found = refs(t, [org(t, "Bürgerstiftung Talheim"), org(t, "Universität Seedorf"), org(t, "Technische Universität Nord")]);
    expect(found.map(([name, start]) => [name, t.slice(start, start + 12)])).toEqual([
      ["Bürgerstiftung Talheim", "Stiftung zah"], ["Universität Seedorf", "Universität "],
    ]);
  });

  it("reads nothing before the full name, with a name, complement or quote after the head, for two bodies named alike, or a territorial head inside a word", () => {
    const t = "Die Akademie lädt ein. Die Akademie Nord und die Akademie Süd tagen. Die Akademie für Musik, die Akademie „Klang“ " +
      "und die Akademie Seedorf kommen. Die Universität Kernstadt baut, die Stadt hilft.";
    expect(refs(t, [org(t, "Akademie Nord"), org(t, "Akademie Süd"), org(t, "Universität Kernstadt")])).toEqual([]);
    const u = "Die Hochschule Talheim wächst. Die Hochschule wächst weiter.";
    // inside a mention the organisations stage made of the head itself
    expect(refs(u, [org(u, "Hochschule Talheim", "Hochschule Talheim", "Hochschule wächst")])).toEqual([]);
  });

  it("makes the body the organiser of the gathering it invites to", () => {
    const t = "Die Hochschule Talheim erhält zwei Millionen Euro. Zum Auftakt lädt die Hochschule am 22. Januar 2026 zu einem Symposium ein.";
    const [meeting] = assembleRecords(input(t, { organisations: [org(t, "Hochschule Talheim")], dates: [date(t, "22. Januar 2026", "2026-01-22")] }))
      .filter((r): r is MeetingRecord => r.type === "meeting");
    expect(meeting).toMatchObject({ kind: "Symposium", date: "2026-01-22", organisers: ["Hochschule Talheim"] });
  });
});
