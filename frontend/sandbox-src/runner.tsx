/**
 * The chart sandbox: runs inside <iframe sandbox="allow-scripts"> (opaque origin, CSP without network).
 * Receives `render`/`params`/`export` from the host, compiles the generated TSX with sucrase, resolves
 * only the allowed imports, and mounts `Viz({ data, params })`. Reports `rendered`/`error`/`resize`.
 */
import React, { Component, type ComponentType, type ReactNode, useLayoutEffect } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import * as Recharts from "recharts";
import { type FrameMessage, type ParamValues, parseHostMessage, type Row } from "../lib/sandbox-protocol";
import { compileWith } from "./compile";
import { exportChart } from "./export-svg";
import * as kit from "./ui-kit";

type VizComponent = ComponentType<{ data: Row[]; params: ParamValues }>;

const MODULES: Record<string, unknown> = {
  react: React,
  "react/jsx-runtime": jsxRuntime,
  recharts: Recharts,
  "@viz/ui": kit,
};

function post(message: FrameMessage): void {
  window.parent.postMessage(message, "*");
}

/** TSX source → the default-exported component, with only the sandbox's modules importable. */
export function compile(code: string): VizComponent {
  return compileWith(code, MODULES) as VizComponent;
}

type BoundaryProps = {
  attempt: number;
  onError: (error: Error, stack?: string) => void;
  children: ReactNode;
};
type BoundaryState = { error: Error | null; attempt: number };

/** Keyed on the code version; a params update after an error tries again without remounting. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, attempt: this.props.attempt };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.attempt !== state.attempt ? { error: null, attempt: props.attempt } : null;
  }

  componentDidCatch(error: Error, info: { componentStack?: string | null }): void {
    this.props.onError(error, [error.stack, info.componentStack].filter(Boolean).join("\n"));
  }

  render(): ReactNode {
    const { error } = this.state;
    if (error) return <ErrorView message={error.message} />;
    return this.props.children;
  }
}

function ErrorView({ message }: { message: string }) {
  return (
    <div
      role="alert"
      style={{
        padding: 16,
        border: "1px solid #fecaca",
        background: "#fef2f2",
        color: "#991b1b",
        borderRadius: 8,
      }}
    >
      <div style={{ fontWeight: 600, marginBottom: 4 }}>The chart failed to render</div>
      <div style={{ fontFamily: "ui-monospace, monospace", fontSize: 12, whiteSpace: "pre-wrap" }}>
        {message}
      </div>
    </div>
  );
}

/**
 * Runs in the commit itself (layout effect), then waits for the frame that paints it: the second
 * animation frame starts after the first one was drawn. `paintedAt` is on the epoch clock so the host
 * (another process, another time origin) can compare it with its own input events.
 */
function AfterPaint({ id, t0 }: { id: number; t0: number }) {
  useLayoutEffect(() => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        // A newer message superseded this render: its report would be stale (and could hide an error).
        if (id !== state.id) return;
        const now = performance.now();
        post({ type: "rendered", id, ms: Math.max(0, now - t0), paintedAt: performance.timeOrigin + now });
      }),
    );
  });
  return null;
}

const state = {
  code: "",
  version: 0,
  Viz: null as VizComponent | null,
  compileError: null as string | null,
  data: [] as Row[],
  params: {} as ParamValues,
  id: 0,
  t0: 0,
};

const instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
const root = createRoot(container);

function reportError(message: string, stack?: string): void {
  post({ type: "error", id: state.id, message, stack });
}

function paint(): void {
  const { Viz, version, id, t0 } = state;
  if (state.compileError !== null || !Viz) {
    root.render(<ErrorView message={state.compileError ?? "No component"} />);
    return;
  }
  root.render(
    <Boundary key={version} attempt={id} onError={(e, stack) => reportError(e.message, stack)}>
      <Viz data={state.data} params={state.params} />
      <AfterPaint id={id} t0={t0} />
    </Boundary>,
  );
}

/** The chart as a standalone SVG document: title, plot with axis titles, legend and notes. */
function exportSvg(): { svg: string | null; width: number; height: number } {
  return exportChart(container, typeof state.params.title === "string" ? state.params.title : "");
}

/**
 * The host keeps the frame out of its Tab order (its own wrapper is the chart's stop). Inside, after a
 * click has put the focus here, the frame is one stop: the first focusable element keeps `tabindex=0`
 * (the chart's keyboard layer), every other one leaves the tab order; a chart with none makes its root
 * focusable.
 */
function singleTabStop(): void {
  // Tabbable now: an explicit tabindex other than -1, or a natively focusable element without one.
  const focusable = [
    ...container.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]"),
  ].filter((el) => el !== container && !el.hasAttribute("disabled") && el.getAttribute("tabindex") !== "-1");
  focusable.forEach((el, i) => {
    const want = i === 0 ? "0" : "-1";
    if (el.getAttribute("tabindex") !== want) el.setAttribute("tabindex", want);
  });
  // Chromium puts Recharts' z-index layer groups in the tab order: take them out explicitly.
  for (const layer of container.querySelectorAll<SVGElement>('svg [class*="recharts-zIndex-layer"]')) {
    if (layer.getAttribute("tabindex") !== "-1") layer.setAttribute("tabindex", "-1");
  }
  const rootWant = focusable.length === 0 && container.childElementCount > 0 ? "0" : null;
  if (rootWant === null) container.removeAttribute("tabindex");
  else if (container.getAttribute("tabindex") !== rootWant) container.setAttribute("tabindex", rootWant);
}
/** The element Recharts' keyboard layer listens on (focus shows the first tooltip, arrows move it). */
function keyboardTarget(): Element | null {
  return container.querySelector(".recharts-surface") ?? container.querySelector('[tabindex="0"]');
}

/** The host's Tab stop has the focus (or lost it): tell the chart as if its surface had. */
function forwardFocus(focused: boolean): void {
  keyboardTarget()?.dispatchEvent(new FocusEvent(focused ? "focusin" : "focusout", { bubbles: true }));
}

function forwardKey(key: string): void {
  keyboardTarget()?.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

new MutationObserver(singleTabStop).observe(container, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ["tabindex"],
});

window.addEventListener("message", (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const message = parseHostMessage(event.data);
  if (!message) return;
  const t0 = performance.now();
  if (message.type === "ping") {
    post({ type: "ready", instance });
    return;
  }
  if (message.type === "export") {
    post({ type: "exported", id: message.id, ...exportSvg() });
    return;
  }
  if (message.type === "focus") {
    forwardFocus(message.focused);
    return;
  }
  if (message.type === "key") {
    forwardKey(message.key);
    return;
  }
  state.id = message.id;
  state.t0 = t0;
  state.params = message.params;
  if (message.type === "render") {
    state.data = message.data;
    if (message.code !== state.code || state.compileError !== null) {
      state.code = message.code;
      state.version += 1;
      try {
        state.Viz = compile(message.code);
        state.compileError = null;
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err));
        state.Viz = null;
        state.compileError = e.message;
        reportError(e.message, e.stack);
      }
    }
  }
  // Committed now, not in a later scheduler task: a control's change reaches the screen in the next frame.
  flushSync(paint);
});

window.addEventListener("error", (event) => {
  reportError(event.message, event.error instanceof Error ? event.error.stack : undefined);
});
window.addEventListener("unhandledrejection", (event) => {
  const reason: unknown = event.reason;
  reportError(
    reason instanceof Error ? reason.message : String(reason),
    reason instanceof Error ? reason.stack : undefined,
  );
});

let lastHeight = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== lastHeight) {
    lastHeight = height;
    post({ type: "resize", height });
  }
}).observe(document.body);

post({ type: "ready", instance });
