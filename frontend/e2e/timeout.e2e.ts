/**
 * Issue 17: a query that runs past VIZ_QUERY_TIMEOUT_S is named in plain words, once:
 * "Timed out after N s — try a smaller date range" (the backend interrupts it; no internal code).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Servers, startServers } from "./servers";
import { launch, WorkspacePage } from "./workspace-page";

const TIMEOUT_S = 2;
let servers: Servers;
let browser: Browser;

beforeAll(async () => {
  [servers, browser] = await Promise.all([
    startServers({ backendEnv: { VIZ_QUERY_TIMEOUT_S: String(TIMEOUT_S) } }),
    launch(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  servers?.stop();
});

describe("a query past the timeout", () => {
  it("says 'Timed out after N s' once, without the internal code", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const ws = new WorkspacePage(page);
    await ws.goto(servers.frontendUrl);
    await ws.ask("total amount by region");
    await ws.marks("bar").first().waitFor();

    // Edited SQL that DuckDB cannot finish in 2 s (tens of billions of rows).
    await ws.tab("SQL").click();
    await page
      .getByRole("textbox", { name: "SQL query" })
      .fill("SELECT count(*) AS n FROM range(50000000000) t(i) WHERE i % 7 = 3");
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/query"), { timeout: 30_000 });
    await page.getByRole("button", { name: "Run query" }).click();
    expect((await answer).status()).toBe(408);

    const title = `Timed out after ${TIMEOUT_S} s — try a smaller date range`;
    await page.getByRole("alert").filter({ hasText: title }).waitFor();
    expect(await page.getByText(title).count()).toBe(1);
    expect(await page.getByText("query_timeout").count()).toBe(0);
    await ws.screenshot("26-timeout");
    // The chart from before is still there to go back to.
    await ws.tab("Chart").click();
    expect(await ws.marks("bar").count()).toBeGreaterThan(0);
    await page.close();
  });
});
