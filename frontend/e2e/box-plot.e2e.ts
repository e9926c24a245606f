/** A box plot end to end: asked in words, drawn as one named box per group, readable on a desktop and a phone. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, WorkspacePage } from "./workspace-page";

const frontendUrl = inject("frontendUrl");

let browser: Browser;
let page: Page;
let ws: WorkspacePage;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  ws = new WorkspacePage(page);
  await ws.goto(frontendUrl);
});

afterAll(async () => {
  await browser?.close();
});

describe("box plots", () => {
  it("draws one box per group, each named by its five numbers, and offers only boxes and a table", async () => {
    await ws.ask("box plot of body mass by species");
    const boxes = ws.frame.getByRole("img", { name: /^(Adelie|Chinstrap|Gentoo): median / });
    await expect.poll(() => boxes.count(), { timeout: 10_000 }).toBe(3);
    const gentoo = await ws.frame.getByRole("img", { name: /^Gentoo: / }).getAttribute("aria-label");
    expect(gentoo).toMatch(/first quartile .*third quartile .*minimum .*maximum .*; \d+ values$/);
    await ws.frame.locator(".recharts-label", { hasText: "Body mass (g)" }).first().waitFor();
    await ws.page.getByRole("combobox", { name: "Chart type" }).click();
    const kinds = await ws.page.getByRole("option").allTextContents();
    expect(kinds.map((k) => k.toLowerCase())).toEqual(["box", "table"]);
    await ws.page.keyboard.press("Escape");
    // The tooltip says the five numbers with the unit.
    await ws.frame
      .getByRole("img", { name: /^Gentoo: / })
      .locator("rect")
      .hover();
    const tip = ws.frame.locator(".recharts-tooltip-wrapper");
    await expect
      .poll(async () => (await tip.textContent()) ?? "", { timeout: 5000 })
      .toMatch(/Median: [\d,.]+ g/);
    await ws.screenshot("40-box-plot-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => boxes.count(), { timeout: 10_000 }).toBe(3);
    await ws.screenshot("41-box-plot-phone");
  });

  it("turns bars of an average into boxes when asked as a follow-up", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await ws.ask("average flipper length by island");
    await ws.marks("bar").first().waitFor();
    await ws.ask("as a box plot");
    const boxes = ws.frame.getByRole("img", { name: /: median / });
    await expect.poll(() => boxes.count(), { timeout: 10_000 }).toBe(3);
  });
});
