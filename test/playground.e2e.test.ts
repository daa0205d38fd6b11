// The browser playground end to end: build it with Vite, serve the static
// folder on 127.0.0.1, drive it in Debian's headless Chromium (playwright-core
// cannot download browsers here). Skipped where /usr/bin/chromium is missing;
// .ci/run installs it. Screenshots go to test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nestHighlights, type Highlight, type SpanNode } from "../playground/src/highlight.js";
import { guessFormat } from "../playground/src/format.js";
import { ROOT, seed } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(ROOT, "test-artifacts");
const SLOW = 180_000;
/** Waits for the page: extraction runs in a worker after a 300 ms debounce, slower on a busy CI machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A minimal static file server for the built folder, on a random local port. */
function serve(dir: string): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

// The page's own logic, without a browser.
describe("playground highlight nesting", () => {
  const hl = (start: number, end: number, kind: Highlight["kind"], label = kind): Highlight => ({ start, end, kind, label, details: [] });
  const shape = (n: SpanNode): unknown => ({ at: [n.start, n.end], kind: n.highlight?.kind ?? "root", children: n.children.map(shape) });

  it("nests a place inside the organisation whose name contains it", () => {
    // "Jobcenter Musterkreis": organisation 0–21, place 10–21.
    expect(shape(nestHighlights([hl(10, 21, "place"), hl(0, 21, "organisation")], 0, 30))).toEqual({
      at: [0, 30], kind: "root",
      children: [{ at: [0, 21], kind: "organisation", children: [{ at: [10, 21], kind: "place", children: [] }] }],
    });
  });

  it("splits a crossing span at the end of the one it starts in, so no text loses a mark", () => {
    const tree = shape(nestHighlights([hl(0, 10, "organisation"), hl(5, 15, "person")], 0, 20));
    expect(tree).toEqual({
      at: [0, 20], kind: "root",
      children: [
        { at: [0, 10], kind: "organisation", children: [{ at: [5, 10], kind: "person", children: [] }] },
        { at: [10, 15], kind: "person", children: [] },
      ],
    });
  });

  it("drops duplicates, empty spans and what lies outside the release, and clips at its edges", () => {
    const tree = nestHighlights([hl(2, 4, "date"), hl(2, 4, "date"), hl(6, 6, "figure"), hl(30, 35, "place"), hl(18, 25, "person")], 0, 20);
    expect(shape(tree)).toEqual({
      at: [0, 20], kind: "root",
      children: [{ at: [2, 4], kind: "date", children: [] }, { at: [18, 20], kind: "person", children: [] }],
    });
  });
});

describe("playground format guess", () => {
  it("takes markup for what it is and plain prose (with dash lists and asterisk rules) as text", () => {
    expect(guessFormat("<p>Am Montag trafen sich …</p>")).toBe("html");
    expect(guessFormat("# Neues Projekt\n\nAm Montag …")).toBe("markdown");
    expect(guessFormat("Die **Stadt** lädt ein.")).toBe("markdown");
    expect(guessFormat("Köln – Am Montag:\n- Begrüßung\n- Vortrag\n**********\nZweite Meldung")).toBe("text");
    expect(guessFormat("Preise: 3 < 5 und 7 > 2")).toBe("text");
  });
});

describe.skipIf(!existsSync(CHROMIUM))("playground in headless Chromium", () => {
  let outDir = "";
  let userDataDir = "";
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let origin = "";
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { build } = await import("vite");
    outDir = mkdtempSync(join(tmpdir(), "pressextract-playground-"));
    await build({
      configFile: join(ROOT, "playground", "vite.config.ts"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    server = await serve(outDir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const { chromium } = await import("playwright-core");
    userDataDir = mkdtempSync(join(tmpdir(), "pressextract-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 900 },
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    // Everything the page asks for must come from the local server.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      foreignRequests.push(url);
      return route.abort("blockedbyclient");
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
    await page.goto(`${origin}/`);
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    for (const dir of [outDir, userDataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("extracts a pasted seed-000: highlights, roles in the tooltip, two meeting records", async () => {
    const text = seed(0);
    // A real paste: the text goes through the clipboard and Ctrl+V into the textarea.
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.locator("#source").focus();
    await page.keyboard.press("ControlOrMeta+V");
    expect(await page.locator("#source").inputValue()).toBe(text);

    await page.locator(".release").nth(1).waitFor();
    expect(await page.locator(".release").count()).toBe(2);
    await poll(() => page.locator("#status").textContent()).toMatch(/^2 releases · /);

    // Every highlight covers exactly the source stretch its offsets name.
    const marks = await page.locator("mark.m").evaluateAll((els) =>
      els.map((el) => ({ start: Number((el as HTMLElement).dataset.start), end: Number((el as HTMLElement).dataset.end), text: el.textContent })),
    );
    expect(marks.length).toBeGreaterThan(20);
    for (const m of marks) expect(m.text).toBe(text.slice(m.start, m.end));

    // "Birgit Steuer" is a person, and hovering shows the role.
    const steuer = page.locator("mark.m-person", { hasText: /^Birgit Steuer$/ }).first();
    expect(await steuer.getAttribute("data-kind")).toBe("person");
    await steuer.hover();
    const tooltip = page.locator("#tooltip");
    await tooltip.waitFor({ state: "visible" });
    const tip = await tooltip.textContent();
    expect(tip).toContain("Person");
    expect(tip).toContain("Birgit Steuer");
    expect(tip).toMatch(/role: Leitung\b/);
    // Not a place, not an organisation: the innermost mark is the person itself.
    expect(await page.locator("mark.m-place", { hasText: /^Birgit Steuer$/ }).count()).toBe(0);

    // The two meetings the release reports: 4 July and 30 April 2014.
    const meetings = page.locator('.card[data-type="meeting"]');
    expect(await meetings.count()).toBeGreaterThanOrEqual(2);
    const meetingTexts = await meetings.allTextContents();
    expect(meetingTexts.some((t) => t.includes("2014-07-04") && t.includes("Birgit Steuer"))).toBe(true);
    expect(meetingTexts.some((t) => t.includes("2014-04-30") && t.includes("Birgit Steuer"))).toBe(true);

    // The raw JSON is the library's output.
    const json = JSON.parse((await page.locator("#json").textContent()) ?? "null") as { persons: { name: string }[] }[];
    expect(json).toHaveLength(2);
    expect(json[0]!.persons.map((p) => p.name)).toContain("Birgit Steuer");

    // The screenshot: the first release's text beside its record cards, with the tooltip of "Birgit Steuer".
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator(".release").first().evaluate((el) => el.scrollIntoView({ block: "start" }));
    await steuer.hover();
    await tooltip.waitFor({ state: "visible" });
    await page.screenshot({ path: join(ARTIFACTS, "playground.png") });
    await page.screenshot({ path: join(ARTIFACTS, "playground-full.png"), fullPage: true });
  }, SLOW);

  it("is usable from the keyboard: arrow keys walk the highlights, Escape closes the details", async () => {
    await page.mouse.move(0, 0);
    const pane = page.locator(".source-text").first();
    await pane.focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.matches("mark.m"))).toBe(true);
    await page.locator("#tooltip").waitFor({ state: "visible" });
    await page.keyboard.press("End");
    const last = await page.evaluate(() => document.activeElement?.textContent);
    expect(last).toBeTruthy();
    await page.keyboard.press("Escape");
    await page.locator("#tooltip").waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.classList.contains("source-text"))).toBe(true);

    // The copy button is a real button: reachable and pressable from the keyboard.
    await page.locator("#copy-json").focus();
    await page.keyboard.press("Enter");
    await poll(() => page.locator("#copy-status").textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator("#json").textContent());
  }, SLOW);

  it("selects a record's evidence in the text, and hides a kind of highlight from the legend", async () => {
    await page.locator('.card[data-type="meeting"] button', { hasText: "Show in text" }).first().click();
    expect(await page.evaluate(() => CSS.highlights.has("evidence"))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("source-text"))).toBe(true);

    const placeToggle = page.getByRole("checkbox", { name: /Place/ });
    await placeToggle.uncheck();
    expect(await page.locator("#releases").getAttribute("class")).toContain("hide-place");
    await placeToggle.check();
    expect(await page.locator("#releases").getAttribute("class")).not.toContain("hide-place");
  }, SLOW);

  it("reads pasted HTML as HTML, with highlights on the source offsets", async () => {
    const html =
      "<article><h1>Neue Beratungsstelle in M&uuml;nster</h1>" +
      "<p>M&uuml;nster, 12.03.2024 – Am Montag, 11. M&auml;rz 2024, er&ouml;ffnete Dr. Jana Beispiel, " +
      "Leiterin des Sozialamts, die neue Beratungsstelle. 25 Besucherinnen und Besucher kamen.</p></article>";
    await page.locator("#source").fill(html);
    await poll(() => page.locator("#format option[value=auto]").textContent()).toBe("Auto (html)");
    await poll(() => page.locator("#status").textContent()).toMatch(/^1 release · /);
    const marks = await page.locator("mark.m").evaluateAll((els) =>
      els.map((el) => ({ start: Number((el as HTMLElement).dataset.start), end: Number((el as HTMLElement).dataset.end), text: el.textContent })),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.text).toBe(html.slice(m.start, m.end));
    // Markup is never a mention.
    for (const m of marks) expect(m.text).not.toMatch(/[<>]/);
  }, SLOW);

  it("opens a Markdown file from the file button and takes a dropped HTML file, each by its extension", async () => {
    const markdown = "# Fachtag in Beispielstadt\n\nBeispielstadt, 2. Oktober 2023 – Rund **120 Fachkräfte** kamen zum Fachtag.\n";
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open file…" }).click();
    await (await chooser).setFiles({ name: "fachtag.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) });
    await poll(() => page.locator("#source").inputValue()).toBe(markdown);
    await poll(() => page.locator("#format option[value=auto]").textContent()).toBe("Auto (markdown)");
    await poll(() => page.locator("#status").textContent()).toMatch(/^1 release · /);

    // A file named .html is HTML even when its text would not look like it.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(["Beispielstadt, 5. Mai 2022 – Die Stadt lädt ein."], "einladung.html", { type: "text/html" }));
      document.getElementById("input-panel")!.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await poll(() => page.locator("#source").inputValue()).toMatch(/^Beispielstadt, 5\. Mai 2022/);
    await poll(() => page.locator("#format option[value=auto]").textContent()).toBe("Auto (html)");
  }, SLOW);

  it("loads a sample from fixtures/ with one click", async () => {
    await page.locator('button[data-sample="seeds/seed-001.txt"]').click();
    await poll(() => page.locator("#source").inputValue()).toBe(seed(1));
    await poll(() => page.locator("#status").textContent()).toMatch(/^\d+ releases? · /);
    expect(await page.locator("mark.m").count()).toBeGreaterThan(0);
  }, SLOW);

  it("stays readable in a narrow window (no sideways scrolling)", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('button[data-sample="seeds/seed-000.txt"]').click();
    await page.locator(".release").nth(1).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator(".release").first().evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(ARTIFACTS, "playground-narrow.png") });
  }, SLOW);

  it("made no request outside the local server and logged no errors", () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
