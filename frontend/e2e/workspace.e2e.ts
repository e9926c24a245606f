import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, WorkspacePage } from "./workspace-page";

const frontendUrl = inject("frontendUrl");
const backendUrl = inject("backendUrl");
const QUESTION = "sales by region for Q1 2024";
const metrics: Record<string, number> = {};

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
  console.log(`e2e metrics: ${JSON.stringify(metrics)}`);
  await browser?.close();
});

describe("workspace against the real backend", () => {
  it("shows the catalog and example questions before the first question", async () => {
    await page.getByRole("button", { name: /Total amount by region/ }).waitFor();
    await page.getByText("sales", { exact: true }).first().waitFor();
    await ws.screenshot("01-empty-state");
  });

  it("asks a question and draws the chart with marks in the sandbox", async () => {
    const started = Date.now();
    await ws.input.fill(QUESTION);
    await ws.send.click();
    await ws.marks("bar").first().waitFor({ timeout: 10_000 });
    metrics.firstChartMs = Date.now() - started;
    expect(await ws.marks("bar").count()).toBe(4);
    await ws.send.waitFor();
    await page.getByText(/4 rows · 2 columns · duckdb/).waitFor();
    await page.getByRole("button", { name: "Copy SQL" }).first().waitFor();
    // Speed is measured in bench/; on a shared CI machine this bound only catches a hang.
    expect(metrics.firstChartMs).toBeLessThan(8000);
    await ws.screenshot("02-first-chart");
  });

  it("changes chart type and title without any network request and repaints quickly", async () => {
    await ws.control("Title").waitFor();
    const before = ws.requests.length;
    await ws.chooseOption("Chart type", "Line");
    await ws.marks("line").first().waitFor({ timeout: 5000 });
    expect(await ws.marks("bar").count()).toBe(0);

    const typedAt = Date.now();
    await ws.control("Title").fill("Q1 revenue by region");
    await ws.frame.getByText("Q1 revenue by region").waitFor({ timeout: 5000 });
    metrics.titleChangeToPaintMs = Date.now() - typedAt;
    const timing = page.getByTestId("render-timing");
    expect(await timing.getAttribute("data-kind")).toBe("params");
    metrics.paramRoundTripMs = Number(await timing.getAttribute("data-round-trip-ms"));
    metrics.paramFrameMs = Number(await timing.getAttribute("data-frame-ms"));
    expect(metrics.paramRoundTripMs).toBeLessThan(500);
    // Debounced: one re-render 300 ms after the last keystroke, not one per key.
    expect(metrics.titleChangeToPaintMs).toBeGreaterThanOrEqual(300);

    await page.getByRole("switch", { name: "Show values" }).click();
    await ws.frame.locator(".recharts-label").first().waitFor({ timeout: 5000 });
    const during = ws.requests.slice(before).map((r) => r.url());
    expect(during).toEqual([]);
    await ws.screenshot("03-params-changed");
  });

  it("shows the rows in the data tab", async () => {
    await ws.tab("Data").click();
    const table = page.getByRole("region", { name: "Result rows" });
    await table.getByRole("cell", { name: "Europe" }).waitFor();
    expect(await table.getByRole("row").count()).toBe(5);
    await ws.screenshot("04-data-tab");
  });

  it("re-runs edited SQL and re-renders the same component with the new data", async () => {
    await ws.tab("SQL").click();
    const editor = page.getByRole("textbox", { name: "SQL query" });
    const sql = await editor.inputValue();
    expect(sql).toMatch(/GROUP BY region/);
    await editor.fill(sql.replace("GROUP BY", "AND region <> 'Europe' GROUP BY"));
    await page.getByRole("button", { name: "Run query" }).click();
    await page.getByRole("button", { name: "Run query" }).isEnabled();
    await ws.tab("Data").click();
    const table = page.getByRole("region", { name: "Result rows" });
    await expect.poll(() => table.getByRole("row").count(), { timeout: 10_000 }).toBe(4);
    expect(await table.getByRole("cell", { name: "Europe" }).count()).toBe(0);
    await ws.tab("Chart").click();
    await ws.frame.getByText("Q1 revenue by region").waitFor();
    await ws.screenshot("05-sql-rerun");
  });

  it("shows an SQL error with its SQL", async () => {
    await ws.tab("SQL").click();
    const editor = page.getByRole("textbox", { name: "SQL query" });
    await editor.fill("DELETE FROM sales");
    await page.getByRole("button", { name: "Run query" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "DELETE FROM sales" });
    await alert.waitFor({ timeout: 5000 });
    await ws.screenshot("06-sql-error");
    await page.getByRole("button", { name: "Revert" }).click();
  });

  it("shows the generated code read-only", async () => {
    await ws.tab("Code").click();
    await page
      .getByLabel("Generated component code")
      .getByText(/export default function Viz/)
      .waitFor();
    await page.getByRole("button", { name: "Copy code" }).waitFor();
    await ws.tab("Chart").click();
  });

  it("downloads the data as CSV and Parquet and the chart as SVG and PNG", async () => {
    const csv = (await download("CSV")).toString("utf8");
    expect(csv.split("\n")[0]).toMatch(/region/);
    const parquet = await download("Parquet");
    expect(parquet.subarray(0, 4).toString("latin1")).toBe("PAR1");
    const svg = (await download("SVG")).toString("utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("recharts-surface");
    const png = await download("PNG");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
  });

  it("disables the controls while a follow-up streams and keeps each turn's artifact", async () => {
    // Hold the stream back so the generating state can be observed.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let passedOn: () => void = () => {};
    const passed = new Promise<void>((r) => {
      passedOn = r;
    });
    await page.route("**/chat", async (route) => {
      await held;
      await route.continue();
      passedOn();
    });
    await ws.ask("make it a line chart", { wait: false });
    await ws.stop.waitFor();
    expect(await ws.control("Title").isDisabled()).toBe(true);
    expect(await page.getByRole("combobox", { name: "Chart type" }).isDisabled()).toBe(true);
    await ws.screenshot("07-generating");
    release();
    await passed;
    await page.unroute("**/chat");
    await ws.send.waitFor({ timeout: 15_000 });
    expect(await ws.control("Title").isDisabled()).toBe(false);
    await ws.marks("line").first().waitFor();
    // Back to the first answer: its own chart (bars, edited title) comes back.
    await page.getByRole("button", { name: "View this chart" }).first().click();
    await ws.frame.getByText("Q1 revenue by region").waitFor();
    await ws.screenshot("08-back-to-first-turn");
  });

  it("stops a stream and offers a retry", async () => {
    await page.route("**/chat", () => {
      // never answered: only Stop can end it
    });
    await ws.ask("total amount by month", { wait: false });
    await ws.stop.click();
    await ws.answer.getByRole("heading", { name: "Stopped" }).waitFor();
    await page.unroute("**/chat");
    await page.getByRole("button", { name: "Retry" }).click();
    await ws.send.waitFor({ timeout: 15_000 });
    await ws.marks().first().waitFor();
  });

  it("loads a large result as Arrow and reduces it before the chart", async () => {
    // The answer on screen is "total amount by month": same column names, many more rows.
    await ws.tab("SQL").click();
    await page
      .getByRole("textbox", { name: "SQL query" })
      .fill('SELECT CAST("date" AS DATE) AS month, amount AS total_amount FROM sales ORDER BY 1 LIMIT 20000');
    await page.getByRole("spinbutton", { name: "Row limit" }).fill("20000");
    const arrow = page.waitForResponse((r) => r.url().includes("format=arrow"));
    await page.getByRole("button", { name: "Run query" }).click();
    expect((await arrow).headers()["content-type"]).toMatch(/arrow/);
    await ws.tab("Data").click();
    await page.getByText(/Showing 5,000 of 20,000 rows — reduced for the chart/).waitFor({ timeout: 15_000 });
    await ws.tab("Chart").click();
    // 5,000 points: the component draws no dots above 40 points, so their absence marks the new render.
    const curve = ws.frame.locator(".recharts-line-curve").first();
    await expect
      .poll(async () => (await curve.getAttribute("d"))?.length ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(50_000);
    expect(await ws.frame.locator(".recharts-line-dot").count()).toBe(0);
    await page.getByText(/20,000 rows · 2 columns · duckdb/).waitFor();
    await ws.screenshot("09-large-result");
  });

  it("shows what arrived when the connection drops mid-stream", async () => {
    await page.route("**/chat", async (route) => {
      const res = await route.fetch();
      const body = await res.text();
      await route.fulfill({ response: res, body: body.slice(0, body.indexOf("event: params")) });
    });
    await ws.ask("average amount by region", { wait: false });
    await page.getByText(/stream ended before the answer was complete/).waitFor();
    await page.getByRole("button", { name: "Retry" }).waitFor();
    await ws.screenshot("10-connection-dropped");
    await page.unroute("**/chat");
  });

  it("repairs a component that throws once by itself, then offers Fix it, both as typed repair turns", async () => {
    // The interrupted answer has no chart: go back to one that has.
    await page.getByRole("button", { name: "View this chart" }).first().click();
    await ws.marks().first().waitFor();
    const turns = await page.getByRole("article").count();
    const sent = ws.requests.length;
    await ws.postToFrame({
      type: "render",
      id: 9001,
      code: 'export default function Viz() { throw new Error("kaboom from the component"); }',
      data: [{ a: 1 }],
      params: {},
    });
    // The analyst is asked to repair it without a click.
    await page
      .getByRole("article", { name: /Question: Fix the chart \(it failed with: kaboom from the component/ })
      .waitFor();
    await ws.send.waitFor({ timeout: 15_000 });
    const [auto] = chatBodies(sent);
    expect(auto?.repair).toMatchObject({ message: expect.stringContaining("kaboom from the component") });
    expect(typeof (auto?.repair as { turn_id?: unknown })?.turn_id).toBe("string");
    expect(auto?.conversation_id).toEqual(expect.any(String));
    // The built-in analyst repairs with the standard component for the same data: a chart again.
    await ws.marks().first().waitFor();
    expect(await page.getByRole("article").count()).toBe(turns + 1);

    // A second failure is not repaired behind the user's back: "Fix it" sends the same typed repair.
    const before = ws.requests.length;
    await ws.postToFrame({
      type: "render",
      id: 9003,
      code: 'export default function Viz() { throw new Error("kaboom once more"); }',
      data: [{ a: 1 }],
      params: {},
    });
    const alert = page.getByRole("alert").filter({ hasText: "kaboom once more" });
    await alert.getByRole("button", { name: "Fix it" }).waitFor();
    await ws.screenshot("11-render-error");
    expect(chatBodies(before)).toEqual([]);
    await alert.getByRole("button", { name: "Fix it" }).click();
    await ws.send.waitFor({ timeout: 15_000 });
    const [manual] = chatBodies(before);
    expect(manual?.repair).toMatchObject({ message: expect.stringContaining("kaboom once more") });
    await ws.marks().first().waitFor();
  });

  it("keeps a hostile component off the network, the parent's DOM and cookies", async () => {
    await page.context().addCookies([{ name: "viz_secret", value: "do-not-leak", url: frontendUrl }]);
    const target = `${backendUrl}/health?from=sandbox`;
    const before = ws.requests.length;
    const code = `
      import React, { useEffect, useState } from "react";
      export default function Viz() {
        const [out, setOut] = useState<Record<string, string>>({});
        useEffect(() => {
          const note = (k: string, v: string) => setOut((o) => ({ ...o, [k]: v }));
          fetch(${JSON.stringify(target)}).then(() => note("fetch", "reached"), () => note("fetch", "blocked"));
          try {
            const x = new XMLHttpRequest();
            x.open("GET", ${JSON.stringify(target)});
            x.onload = () => note("xhr", "reached");
            x.onerror = () => note("xhr", "blocked");
            x.send();
          } catch { note("xhr", "blocked"); }
          const img = new Image();
          img.onload = () => note("img", "reached");
          img.onerror = () => note("img", "blocked");
          img.src = ${JSON.stringify(`${target}&img=1`)};
          try { note("parentDom", String(window.parent.document.title)); } catch { note("parentDom", "blocked"); }
          try { note("parentCookie", String(window.parent.document.cookie)); } catch { note("parentCookie", "blocked"); }
          try { note("cookie", document.cookie || "empty"); } catch { note("cookie", "blocked"); }
          try { note("storage", String(window.localStorage.length)); } catch { note("storage", "blocked"); }
          try { note("popup", window.open(${JSON.stringify(target)}) ? "opened" : "blocked"); } catch { note("popup", "blocked"); }
        }, []);
        return <pre id="report">{JSON.stringify(out)}</pre>;
      }`;
    await ws.postToFrame({ type: "render", id: 9002, code, data: [], params: {} });
    const report = ws.frame.locator("#report");
    await expect
      .poll(async () => Object.keys(JSON.parse((await report.textContent()) || "{}")).length, {
        timeout: 10_000,
      })
      .toBe(8);
    const result = JSON.parse((await report.textContent()) ?? "{}");
    expect(result).toEqual({
      fetch: "blocked",
      xhr: "blocked",
      img: "blocked",
      parentDom: "blocked",
      parentCookie: "blocked",
      cookie: "blocked",
      storage: "blocked",
      popup: "blocked",
    });
    // Chromium reports the attempts, but the CSP stops them before they leave: none got a response.
    const attempts = ws.requests.slice(before).filter((r) => r.url().includes("from=sandbox"));
    for (const r of attempts) {
      expect(await r.response()).toBeNull();
      expect(r.failure()?.errorText).toMatch(/csp/i);
    }
    const sandbox = await page.locator('iframe[title="Chart preview"]').getAttribute("sandbox");
    expect(sandbox).toBe("allow-scripts");
  });

  it("renders in the dark theme", async () => {
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.getByRole("button", { name: "View this chart" }).first().click();
    await ws.marks().first().waitFor();
    await ws.screenshot("12-dark-theme");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });
});

/** Bodies of the `/chat` requests sent since request number `from`. */
function chatBodies(from: number): Record<string, unknown>[] {
  return ws.requests
    .slice(from)
    .filter((r) => r.method() === "POST" && new URL(r.url()).pathname.endsWith("/chat"))
    .map((r) => JSON.parse(r.postData() ?? "{}"));
}

async function download(format: "CSV" | "Parquet" | "SVG" | "PNG"): Promise<Buffer> {
  await page.getByRole("button", { name: "Download" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: format }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
