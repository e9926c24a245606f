/** Page object for the workspace: every locator goes through the accessible names of DESIGN.md. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type FrameLocator, type Page, type Request } from "playwright-core";
import { FRONTEND_DIR } from "./servers";

export const SCREENSHOTS = join(FRONTEND_DIR, "e2e/screenshots");

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

export class WorkspacePage {
  readonly requests: Request[] = [];
  readonly frame: FrameLocator;

  constructor(readonly page: Page) {
    page.on("request", (r) => this.requests.push(r));
    this.frame = page.frameLocator('iframe[title="Chart preview"]');
  }

  get input() {
    return this.page.getByRole("textbox", { name: "Ask a question" });
  }
  get send() {
    return this.page.getByRole("button", { name: "Send" });
  }
  /** The written answer, clarification or error at the top of the preview. */
  get answer() {
    return this.page.getByRole("region", { name: "Answer" });
  }
  get stop() {
    return this.page.getByRole("button", { name: "Stop" });
  }
  tab(name: "Chart" | "Data" | "SQL" | "Code") {
    return this.page.getByRole("tab", { name });
  }
  control(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Bars, line paths, pie sectors, points or areas drawn by Recharts inside the frame. */
  marks(kind: "bar" | "line" | "any" = "any") {
    const selector = {
      bar: ".recharts-bar-rectangle path, .recharts-rectangle",
      line: ".recharts-line-curve",
      any: ".recharts-bar-rectangle path, .recharts-rectangle, .recharts-line-curve, .recharts-line-dot, .recharts-sector, .recharts-area-area, .recharts-symbols",
    }[kind];
    return this.frame.locator(`svg.recharts-surface ${selector.split(", ").join(", svg.recharts-surface ")}`);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole("heading", { name: "Ask your data" }).waitFor();
  }

  /** Types and sends a question; resolves when the answer is complete (Send is back). */
  async ask(question: string, { wait = true } = {}): Promise<void> {
    await this.input.fill(question);
    await this.send.click();
    if (wait) await this.page.getByRole("button", { name: "Send" }).waitFor({ timeout: 30_000 });
  }

  get historyButton() {
    return this.page.getByRole("button", { name: "History", exact: true });
  }
  get templatesButton() {
    return this.page.getByRole("button", { name: "Templates", exact: true });
  }
  /** The History drawer (a dialog holding the "History" region). */
  get history() {
    return this.page.getByRole("dialog", { name: "History" });
  }
  /** The Templates drawer. */
  get templates() {
    return this.page.getByRole("dialog", { name: "Templates" });
  }
  get saveAsTemplate() {
    return this.page.getByRole("button", { name: "Save as template" });
  }

  /** A row of the open History or Templates drawer, by its exact title. */
  savedItem(panel: ReturnType<Page["getByRole"]>, title: string) {
    return panel
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  /** Opens a saved page (`/c/{id}`, `/?template=`, `/t/{id}`) and waits for its chart. */
  async gotoChart(url: string): Promise<void> {
    await this.page.goto(url);
    await this.marks().first().waitFor({ timeout: 30_000 });
  }

  /** "Save as template" with `title`; `asNew` picks "As a new template" when a template is open. */
  async saveTemplate(title: string, { asNew = false } = {}): Promise<void> {
    await this.saveAsTemplate.click();
    const dialog = this.page.getByRole("dialog", { name: "Save as template" });
    await dialog.getByLabel("Template title").fill(title);
    if (asNew) await dialog.getByRole("radio", { name: "As a new template" }).check();
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  async openTemplates(): Promise<void> {
    await this.templatesButton.click();
    await this.templates.waitFor();
  }

  async openHistory(): Promise<void> {
    await this.historyButton.click();
    await this.history.waitFor();
  }

  async chooseOption(label: string, option: string): Promise<void> {
    await this.page.getByRole("combobox", { name: label }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  /**
   * From the input event that changes a control (`trigger`, by its own timestamp) to the animation
   * frame after the chart painted the update (reported by the sandbox on the epoch clock). Also says
   * whether the host sent a params-only update (no remount) and how many requests went out meanwhile.
   */
  async inputToRepaint(
    trigger: "click" | "pointerup" | "input",
    act: () => Promise<void>,
  ): Promise<{ ms: number; kind: string | null; requests: number }> {
    await this.page.evaluate((type) => {
      const d = document.documentElement.dataset;
      delete d.chartPaintedAt;
      delete d.inputAt;
      document.addEventListener(
        type,
        (e) => {
          document.documentElement.dataset.inputAt = String(e.timeStamp);
        },
        { capture: true, once: true },
      );
    }, trigger);
    const before = this.requests.length;
    await act();
    const handle = await this.page.waitForFunction(() => {
      const d = document.documentElement.dataset;
      const gap = Number(d.chartPaintedAt) - Number(d.inputAt);
      return d.chartPaintedAt && d.inputAt && gap >= 0 ? gap : null;
    });
    const ms = Number(await handle.jsonValue());
    const kind = await this.page.getByTestId("render-timing").getAttribute("data-kind");
    return { ms, kind, requests: this.requests.length - before };
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }

  /** Posts a message into the sandbox from the parent window, exactly as the host does. */
  async postToFrame(message: unknown): Promise<void> {
    await this.page.evaluate((m) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Chart preview"]');
      frame?.contentWindow?.postMessage(m, "*");
    }, message);
  }
}
