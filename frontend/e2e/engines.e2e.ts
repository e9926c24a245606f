/** Issue 11: the Engine select offers Auto and the configured engines; the choice travels with the question. */
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

function chatBodies(): { engine?: string; message: string }[] {
  return ws.requests.filter((r) => r.url().endsWith("/chat")).map((r) => JSON.parse(r.postData() ?? "{}"));
}

describe("Engine select", () => {
  it("lists Auto and only the engines the backend has configured", async () => {
    const select = page.getByRole("combobox", { name: "Engine" });
    // The e2e backend runs the embedded DuckDB only: no Remote DuckDB, no Spark.
    await expect.poll(async () => select.locator("option").allTextContents()).toEqual(["Auto", "DuckDB"]);
    expect(await select.inputValue()).toBe("");
  });

  it("sends no engine on Auto and the chosen one after a choice, shown next to the SQL", async () => {
    await ws.ask("total sales by region");
    await ws.marks("bar").first().waitFor();
    expect(chatBodies().at(-1)?.engine).toBeUndefined();

    await page.getByRole("combobox", { name: "Engine" }).selectOption({ label: "DuckDB" });
    await ws.ask("number of flights by origin");
    await ws.marks("bar").first().waitFor();
    expect(chatBodies().at(-1)).toMatchObject({ engine: "duckdb", message: "number of flights by origin" });
    // With one engine configured there is nothing to route; the SQL names the engine that ran it.
    await page.getByRole("region", { name: "Chat" }).getByText("duckdb", { exact: true }).last().waitFor();
    await ws.screenshot("40-engine-select");
  });

  it("fits the phone layout next to the message box", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const small = new WorkspacePage(phone);
    await small.goto(frontendUrl);
    const select = await phone.getByRole("combobox", { name: "Engine" }).boundingBox();
    const input = await small.input.boundingBox();
    expect(select && input && select.y + select.height <= input.y).toBe(true);
    expect(select && select.x + select.width <= 390).toBe(true);
    await small.screenshot("41-engine-select-phone");
    await phone.close();
  });
});
