/** Issue 17: the phone layout (390×844) and a keyboard-only path, with screenshots in both themes. */
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, WorkspacePage } from "./workspace-page";

const frontendUrl = inject("frontendUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

function sandbox(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes("/sandbox/"));
  if (!frame) throw new Error("no sandbox frame");
  return frame;
}

/** What has the focus, and whether it shows it (outline or ring). */
async function focused(page: Page): Promise<{ where: "page" | "frame"; name: string; visible: boolean }> {
  const probe = () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: "", name: "", visible: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== "none" && Number.parseFloat(cs.outlineWidth) > 0;
    const ring = cs.boxShadow !== "none" && cs.boxShadow !== "";
    const name =
      el.getAttribute("aria-label") || el.getAttribute("title") || el.textContent?.trim().slice(0, 40) || "";
    return { tag: el.tagName, name, visible: outline || ring };
  };
  const top = await page.evaluate(probe);
  if (top.tag !== "IFRAME") return { where: "page", name: top.name, visible: top.visible };
  const inner = await sandbox(page).evaluate(probe);
  return { where: "frame", name: inner.name, visible: inner.visible };
}

describe("phone", () => {
  it("puts the chart first, full width, with readable labels, and scrolls each new chart into view", async () => {
    for (const theme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: theme });
      const page = await context.newPage();
      const ws = new WorkspacePage(page);
      await ws.goto(frontendUrl);
      if (theme === "dark" && (await page.getByRole("button", { name: "Switch to dark theme" }).count())) {
        await page.getByRole("button", { name: "Switch to dark theme" }).click();
      }
      await ws.ask("sales by region for Q1 2024");
      await ws.marks("bar").first().waitFor();
      const frame = page.locator('iframe[title="Chart preview"]');
      const box = await frame.boundingBox();
      expect(box).not.toBeNull();
      if (box) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        expect(box.width).toBeGreaterThan(330);
        expect(box.y).toBeLessThan(844);
      }
      // The chart comes before the conversation.
      const chat = await page.getByRole("region", { name: "Chat" }).boundingBox();
      expect(chat && box && chat.y > box.y).toBe(true);
      // All four region labels are drawn.
      await expect
        .poll(() => ws.frame.locator(".recharts-xAxis .recharts-cartesian-axis-tick").count())
        .toBe(4);
      await ws.screenshot(`30-phone-${theme}`);

      // Scrolled down to the settings, a second question brings its chart back into view.
      await page.getByRole("complementary", { name: "Chart parameters" }).scrollIntoViewIfNeeded();
      await ws.ask("total amount by month");
      await ws.marks("line").first().waitFor();
      await expect
        .poll(async () => {
          const b = await frame.boundingBox();
          return b ? b.y >= -1 && b.y < 844 / 2 : false;
        })
        .toBe(true);
      await ws.screenshot(`31-phone-second-${theme}`);
      await context.close();
    }
  });
});

describe("keyboard only", () => {
  it("starts in the input, grows with Shift+Enter, sends with Enter and returns focus after each answer", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const ws = new WorkspacePage(page);
    await ws.goto(frontendUrl);
    await expect.poll(async () => (await focused(page)).name).toBe("Ask a question");
    const before = (await ws.input.boundingBox())?.height ?? 0;
    await page.keyboard.type("total amount by region");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("for Q1 2024");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("as bars");
    expect(await ws.input.inputValue()).toBe("total amount by region\nfor Q1 2024\nas bars");
    expect((await ws.input.boundingBox())?.height ?? 0).toBeGreaterThan(before);
    await page.keyboard.press("Enter");
    // Sent (the Stop button may come and go faster than a poll when the answer is quick).
    await page.getByRole("article", { name: /^Question: total amount by region/ }).waitFor();
    await ws.send.waitFor({ timeout: 30_000 });
    await ws.marks("bar").first().waitFor();
    await expect.poll(async () => (await focused(page)).name).toBe("Ask a question");

    // Tab through the page: every stop shows its focus and the chart frame is exactly one stop.
    const stops: { where: string; name: string; visible: boolean }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      stops.push(f);
      if (f.name === "Ask a question") break;
    }
    // The chart's stop is the host's wrapper (focus moves at once; the sandboxed frame, in another
    // process, would take it asynchronously); nothing inside the frame is a stop of its own.
    const chart = stops.filter((s) => s.name.startsWith("Chart: "));
    expect(chart, JSON.stringify(stops)).toHaveLength(1);
    expect(
      stops.filter((s) => s.where === "frame"),
      JSON.stringify(stops),
    ).toEqual([]);
    // Wrapping past the last control focuses the document itself (the browser's own stop).
    const hidden = stops.filter((s) => !s.visible && !s.name.startsWith("Viz Orchestrator"));
    expect(hidden).toEqual([]);
    await ws.screenshot("32-keyboard");

    // The chart's keyboard layer still answers through the host's stop: arrows move the tooltip.
    const tip = ws.frame.locator(".recharts-tooltip-wrapper");
    await page.getByRole("application", { name: /^Chart: / }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await tip.textContent()) ?? "").toMatch(/\d/);
    const first = await tip.textContent();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => await tip.textContent()).not.toBe(first);
    await ws.screenshot("33-keyboard-chart");
    await page.close();
  });
});
