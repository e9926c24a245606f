/** History, templates and sharing against the real backend and Chromium. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, WorkspacePage } from "./workspace-page";

const frontendUrl = inject("frontendUrl");
const backendUrl = inject("backendUrl");
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
// The backend is shared by every e2e file: names made here are unique to this run.
const RUN = Date.now().toString(36);

let browser: Browser;
let page: Page;
let ws: WorkspacePage;

async function api<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${backendUrl}${path}`, init);
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as T };
}

type Template = { id: string; version: number; title: string; parameters: Record<string, unknown> };

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: DESKTOP });
  ws = new WorkspacePage(page);
});

afterAll(async () => {
  await browser?.close();
});

function chatBodies(w: WorkspacePage, from: number): Record<string, unknown>[] {
  return w.requests
    .slice(from)
    .filter((r) => r.method() === "POST" && new URL(r.url()).pathname.endsWith("/chat"))
    .map((r) => JSON.parse(r.postData() ?? "{}"));
}

describe("saved work", () => {
  let templateId = "";
  let conversationId = "";
  const title = `Q1 by region ${RUN}`;

  it("saves the chart as a template, opens it after a reload, and saves a new version", async () => {
    await ws.goto(frontendUrl);
    await ws.ask("sales by region for Q1 2024");
    await ws.marks("bar").first().waitFor();
    await page.waitForURL(/\/c\/[\w-]+$/);
    await ws.saveTemplate(title);
    await page.getByRole("status").filter({ hasText: "Saved version 1" }).waitFor();

    await page.reload();
    await ws.marks("bar").first().waitFor({ timeout: 30_000 });
    await ws.openTemplates();
    await ws.templates.getByRole("searchbox", { name: "Search templates" }).fill(RUN);
    const item = ws.savedItem(ws.templates, title);
    await item.getByText(/bar · version 1/).waitFor();
    await ws.screenshot("saved-01-templates");
    await item.getByRole("link", { name: title }).click();
    await ws.templates.waitFor({ state: "hidden" });
    await ws.marks("bar").first().waitFor();
    templateId = new URL(page.url()).searchParams.get("template") ?? "";
    expect(templateId).not.toBe("");
    expect(await ws.control("Title").inputValue()).toBe("Total amount by region — Q1 2024");

    await ws.chooseOption("Chart type", "Line");
    await ws.marks("line").first().waitFor();
    await ws.control("Title").fill(`Q1 revenue line ${RUN}`);
    await ws.frame.getByText(`Q1 revenue line ${RUN}`).waitFor();
    await ws.saveTemplate(title);
    await page.getByRole("status").filter({ hasText: "Saved version 2" }).waitFor();
    const saved = await api<Template>(`/api/templates/${templateId}`);
    expect(saved.body.version).toBe(2);
    expect(saved.body.parameters.chart_type).toBe("line");
    expect(saved.body.parameters.title).toBe(`Q1 revenue line ${RUN}`);

    await ws.openTemplates();
    await ws.savedItem(ws.templates, title).getByRole("button", { name: "Versions" }).click();
    await ws.templates.getByRole("button", { name: "Restore version 1" }).waitFor();
    await ws.screenshot("saved-02-versions");
    await page.keyboard.press("Escape");
  });

  it("re-runs the template's SQL with Refresh, without the model", async () => {
    const before = ws.requests.length;
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("status").filter({ hasText: "Refreshed: 4 rows" }).waitFor();
    await ws.marks("line").first().waitFor();
    const urls = ws.requests.slice(before).map((r) => new URL(r.url()).pathname);
    expect(urls).toContain(`/api/templates/${templateId}/refresh`);
    expect(urls.some((u) => u.endsWith("/chat"))).toBe(false);
  });

  it("says when the template was saved elsewhere and overwrites only when asked", async () => {
    const renamed = await api<Template>(`/api/templates/${templateId}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: `Renamed elsewhere ${RUN}` }),
    });
    expect(renamed.body.version).toBe(3);
    await ws.control("Title").fill(`Mine ${RUN}`);
    await ws.saveAsTemplate.click();
    const dialog = page.getByRole("dialog", { name: "Save as template" });
    await dialog.getByLabel("Template title").fill(title);
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "saved elsewhere" });
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/now at version 3.*started from version 2/);
    await ws.screenshot("saved-03-conflict");
    expect((await api<Template>(`/api/templates/${templateId}`)).body.title).toBe(`Renamed elsewhere ${RUN}`);
    await conflict.getByRole("button", { name: "Overwrite with mine" }).click();
    await page.getByRole("status").filter({ hasText: "Saved version 4" }).waitFor();
    const versions = await api<{ version: number; title: string }[]>(`/api/templates/${templateId}/versions`);
    expect(versions.body.map((v) => v.version)).toEqual([4, 3, 2, 1]);
  });

  it("opens /t/{id} read-only in a fresh browser: the chart, local-only params, continue in a conversation", async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const shared = new WorkspacePage(await context.newPage());
    await shared.gotoChart(`${frontendUrl}/t/${templateId}`);
    await shared.marks("line").first().waitFor();
    await shared.frame.getByText(`Mine ${RUN}`).waitFor();
    await shared.page.getByText("Read-only").waitFor();
    expect(await shared.saveAsTemplate.count()).toBe(0);
    await shared.screenshot("saved-04-shared");

    const before = shared.requests.length;
    await shared.chooseOption("Chart type", "Bar");
    await shared.marks("bar").first().waitFor();
    expect(shared.requests.slice(before).filter((r) => r.method() !== "GET")).toEqual([]);
    await shared.page.reload();
    await shared.marks("line").first().waitFor({ timeout: 30_000 });

    await shared.page.getByRole("link", { name: "Continue in a conversation" }).click();
    await shared.marks("line").first().waitFor({ timeout: 30_000 });
    const sent = shared.requests.length;
    await shared.ask("same chart but for 2024");
    await shared.page.waitForURL(/\/c\/[\w-]+$/);
    expect(chatBodies(shared, sent)[0]).toMatchObject({ template_id: templateId });
    await context.close();
  });

  it("reloads /c/{id} mid-conversation with every turn and follows up in the same conversation", async () => {
    await ws.goto(frontendUrl);
    await ws.ask("total amount by region");
    await ws.ask("make it a line chart");
    await ws.marks("line").first().waitFor();
    await page.waitForURL(/\/c\/[\w-]+$/);
    conversationId = new URL(page.url()).pathname.split("/").at(-1) ?? "";

    await page.reload();
    await ws.marks("line").first().waitFor({ timeout: 30_000 });
    await page.getByRole("article", { name: "Question: total amount by region" }).waitFor();
    const second = page.getByRole("article", { name: "Question: make it a line chart" });
    await second.waitFor();
    expect(await page.getByRole("button", { name: "Copy SQL" }).count()).toBeGreaterThan(0);
    await page
      .getByRole("article", { name: "Question: total amount by region" })
      .getByText(/Thoughts/)
      .waitFor();
    await ws.tab("Data").click();
    await page.getByRole("region", { name: "Result rows" }).getByRole("cell", { name: "Europe" }).waitFor();
    await ws.tab("Chart").click();
    await page.getByRole("button", { name: "View this chart" }).first().click();
    await ws.marks("bar").first().waitFor();
    await ws.screenshot("saved-05-reloaded-conversation");

    const sent = ws.requests.length;
    await ws.ask("only Europe");
    expect(chatBodies(ws, sent)[0]).toMatchObject({ conversation_id: conversationId });
    expect(new URL(page.url()).pathname).toBe(`/c/${conversationId}`);
    const saved = await api<{ turns: { prompt: string }[] }>(`/api/conversations/${conversationId}`);
    expect(saved.body.turns.map((t) => t.prompt)).toEqual([
      "total amount by region",
      "make it a line chart",
      "only Europe",
    ]);
  });

  it("lists, searches, renames and deletes conversations in the History drawer on a phone", async () => {
    const phone = new WorkspacePage(await browser.newPage({ viewport: PHONE }));
    const target = (await api<{ id: string; title: string }>(`/api/conversations/${conversationId}`)).body;
    await phone.gotoChart(`${frontendUrl}/c/${target.id}`);
    await phone.openHistory();
    const drawer = phone.page.getByRole("region", { name: "History" });
    await drawer.getByRole("searchbox", { name: "Search conversations" }).fill("only Europe");
    const item = phone.savedItem(drawer, target.title ?? "");
    await item.waitFor();
    await phone.screenshot("saved-06-history-phone");

    const renamed = `Europe follow-ups ${RUN}`;
    await item.getByRole("button", { name: "Rename" }).click();
    await drawer.getByRole("textbox", { name: /New name/ }).fill(renamed);
    await drawer.getByRole("button", { name: "Save name" }).click();
    const row = phone.savedItem(drawer, renamed);
    await row.waitFor();
    expect((await api<{ title: string }>(`/api/conversations/${target.id}`)).body.title).toBe(renamed);

    await row.getByRole("button", { name: "Delete" }).click();
    const confirm = phone.page.getByRole("alertdialog", { name: "Delete this conversation?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    expect(await row.count()).toBe(1);
    await row.getByRole("button", { name: "Delete" }).click();
    await confirm.getByRole("button", { name: "Delete" }).click();
    await row.waitFor({ state: "detached" });
    expect((await api(`/api/conversations/${target.id}`)).status).toBe(404);
    // It was the conversation on screen: the workspace starts afresh.
    await phone.page.keyboard.press("Escape");
    await phone.page.getByRole("heading", { name: "Ask your data" }).waitFor();
    expect(new URL(phone.page.url()).pathname).toBe("/");
    await phone.page.close();
  });

  it("imports an exported template, and refuses malformed, oversized and script-carrying files", async () => {
    await ws.openTemplates();
    const item = ws.savedItem(ws.templates, title);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      item.getByRole("button", { name: "Export" }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const exported = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    expect(exported).toMatchObject({ id: templateId, version: 4, format: "viz-template/1" });

    const total = async () => (await api<{ total: number }>("/api/templates")).body.total;
    const count = await total();
    const input = ws.templates.getByLabel("Import a template file");
    const bad: [string, string | Buffer, RegExp][] = [
      ["broken.json", "{not json", /broken\.json” was not imported\. The file is not valid JSON/],
      ["list.json", "[1, 2]", /does not hold a template/],
      ["partial.json", JSON.stringify({ ...exported, title: undefined }), /title/],
      ["extra.json", JSON.stringify({ ...exported, run: "rm -rf" }), /unknown field "run"/],
      ["huge.json", JSON.stringify({ ...exported, prompt: "x".repeat(2_000_000) }), /too large/],
      [
        "script.json",
        JSON.stringify({ ...exported, id: `s${RUN}`, title: "<script>alert(1)</script>" }),
        /plain text/,
      ],
      [
        "code.json",
        JSON.stringify({
          ...exported,
          id: `c${RUN}`,
          ui_code: `${exported.ui_code}\nfetch("https://x"); eval("1")`,
        }),
        /eval/,
      ],
    ];
    for (const [name, content, message] of bad) {
      await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
      await ws.templates.getByRole("alert").filter({ hasText: message }).waitFor();
    }
    await ws.screenshot("saved-07-import-refused");
    expect(await total()).toBe(count);

    await input.setInputFiles({
      name: "good.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await ws.templates
      .getByRole("status")
      .filter({ hasText: `Imported “${exported.title}”` })
      .waitFor();
    expect(await total()).toBe(count + 1);
    await page.keyboard.press("Escape");
  });

  it("opens a long conversation at its last 50 turns and loads the earlier ones on demand", async () => {
    // 52 turns through the API: a chart first, then quick clarifications.
    const ask = async (message: string, conversationId?: string) => {
      const res = await fetch(`${backendUrl}/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ message, conversation_id: conversationId }),
      });
      const text = await res.text();
      return /"conversation_id":"([^"]+)"/.exec(text)?.[1] ?? "";
    };
    const id = await ask(`total amount by region ${RUN}`);
    expect(id).not.toBe("");
    for (let i = 2; i <= 52; i++) await ask(`asdf qwerty ${i}`, id);
    const long = await browser.newPage({ viewport: DESKTOP });
    await long.goto(`${frontendUrl}/c/${id}`);
    const questions = long.getByRole("article", { name: /^Question: / });
    await long.getByRole("article", { name: "Question: asdf qwerty 52" }).waitFor();
    expect(await questions.count()).toBe(50);
    expect(await long.getByRole("article", { name: /^Question: total amount by region/ }).count()).toBe(0);
    await long.getByRole("button", { name: "Show earlier questions (2)" }).click();
    await long.getByRole("article", { name: /^Question: total amount by region/ }).waitFor();
    expect(await questions.count()).toBe(52);
    expect(await questions.first().getAttribute("aria-label")).toMatch(/^Question: total amount by region/);
    expect(await long.getByRole("button", { name: /Show earlier questions/ }).count()).toBe(0);
    await long.close();
  });
});
