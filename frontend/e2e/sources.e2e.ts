/** Issue 12: a CSV dropped on the page becomes a table; ask about it and get a chart; bad files are named. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, WorkspacePage } from "./workspace-page";

const frontendUrl = inject("frontendUrl");
const TEAMS = ["Alpha", "Beta", "Gamma", "Delta"];
const CSV = `Month,Team Name,Revenue $\n${["2024-01-01", "2024-02-01", "2024-03-01"]
  .flatMap((m, i) => TEAMS.map((t, j) => `${m},${t},${(j + 1) * 100 + i * 10}`))
  .join("\n")}\n`;

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

/** Drops a file on the page the way a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], fileName, { type: "text/csv" }));
      return dt;
    },
    [name, text] as const,
  );
  for (const type of ["dragenter", "dragover", "drop"]) {
    await page.dispatchEvent("main", type, { dataTransfer });
  }
}

describe("your own data", () => {
  it("uploads a dropped CSV, lists it and answers a question about it with a chart", async () => {
    await dropFile("Team Sales.csv", CSV);
    const dialog = page.getByRole("dialog", { name: "Add data" });
    await dialog.getByRole("status").filter({ hasText: "team_sales added" }).waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole("tab", { name: "Upload a file" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await dialog.getByText("team_name", { exact: true }).first().waitFor({ state: "attached" });
    await page.screenshot({ path: "e2e/screenshots/sources-01-uploaded.png" });
    await page.keyboard.press("Escape");

    await ws.ask("revenue by team name in team_sales");
    await expect
      .poll(async () => ws.marks("bar").count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(TEAMS.length);
    await ws.tab("SQL").click();
    expect(await page.getByRole("textbox", { name: "SQL query" }).inputValue()).toContain("team_sales");
    await ws.tab("Chart").click();
    await page.screenshot({ path: "e2e/screenshots/sources-02-chart.png" });

    await page.getByRole("button", { name: "Sources" }).click();
    const browserPanel = page.getByRole("dialog", { name: "Sources" });
    await browserPanel.getByText("team_sales", { exact: true }).first().waitFor();
    await browserPanel.getByText("sales", { exact: true }).first().waitFor(); // the demo is listed too
    await page.screenshot({ path: "e2e/screenshots/sources-03-browser.png" });
    await browserPanel.getByRole("button", { name: "Remove team_sales" }).click();
    await expect
      .poll(async () => browserPanel.getByText("team_sales", { exact: true }).count(), { timeout: 15_000 })
      .toBe(0);
    await page.keyboard.press("Escape");
  });

  it("names the problem of a bad file and offers another try", async () => {
    await page.getByRole("button", { name: "Add data" }).click();
    const dialog = page.getByRole("dialog", { name: "Add data" });
    await dialog.getByRole("tab", { name: "Upload a file" }).click();
    await dialog.getByLabel("File to upload").setInputFiles({
      name: "ragged.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n"),
    });
    const alert = dialog.getByRole("alert");
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain("same number of fields");
    await dialog.getByRole("tab", { name: "Connect a database" }).click();
    await dialog.getByLabel("Connection string").fill("/nowhere/shop.sqlite");
    await page.getByRole("combobox", { name: "Database" }).click();
    await page.getByRole("option", { name: "SQLite", exact: true }).click();
    await dialog.getByRole("button", { name: "Test" }).click();
    await dialog.getByRole("alert").filter({ hasText: "no SQLite file" }).waitFor({ timeout: 20_000 });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "e2e/screenshots/sources-04-phone.png" });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press("Escape");
  });
});
