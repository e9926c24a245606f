"use client";

import {
  forwardRef,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from "react";
import {
  type HostMessage,
  hostMessageSchema,
  type ParamValues,
  parseFrameMessage,
  type Row,
} from "@/lib/sandbox-protocol";

/** `paintedAt`: when the frame painted the update, on this page's `performance.now()` clock. */
export type RenderTiming = {
  kind: "render" | "params";
  roundTripMs: number;
  frameMs: number;
  paintedAt: number;
};

export type SandboxFrameHandle = {
  /** The chart as a standalone SVG (null when the component drew no SVG). */
  exportSvg(): Promise<{ svg: string | null; width: number; height: number }>;
};

type Props = {
  code: string | null;
  data: Row[] | null;
  params: ParamValues;
  /** The accessible name of the chart's Tab stop ("Chart: <title>"). */
  label?: string;
  onRendered?: (timing: RenderTiming) => void;
  onError?: (message: string, stack?: string) => void;
  className?: string;
};

const MIN_HEIGHT = 120;

/** Same keys and values (params are flat records of primitives). */
export function sameParams(a: ParamValues | null, b: ParamValues): boolean {
  if (a === b) return true;
  if (!a) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => Object.is(a[k], b[k]));
}

/**
 * The sandboxed chart preview. Posts `render` when the code or the data change and `params` when only
 * the parameters do (the component is updated, not remounted). Never `allow-same-origin`.
 */
export const SandboxFrame = forwardRef<SandboxFrameHandle, Props>(function SandboxFrame(
  { code, data, params, label, onRendered, onError, className },
  ref,
) {
  const iframe = useRef<HTMLIFrameElement>(null);
  // Bumped on every new frame document; 0 until the first `ready`.
  const [generation, setGeneration] = useState(0);
  const instance = useRef<string | null>(null);
  const [height, setHeight] = useState(420);
  const seq = useRef(0);
  const sent = useRef<{ code: string | null; data: Row[] | null; params: ParamValues | null }>({
    code: null,
    data: null,
    params: null,
  });
  const pending = useRef(new Map<number, { at: number; kind: "render" | "params" }>());
  const exports = useRef(
    new Map<number, (value: { svg: string | null; width: number; height: number }) => void>(),
  );
  const callbacks = useRef({ onRendered, onError });
  callbacks.current = { onRendered, onError };

  const post = useCallback((message: HostMessage) => {
    const target = iframe.current?.contentWindow;
    if (!target) return false;
    const checked = hostMessageSchema.safeParse(message);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      callbacks.current.onError?.(`Invalid chart input at ${issue?.path.join(".")}: ${issue?.message}`);
      return false;
    }
    // The frame's origin is "null": "*" is the only target that reaches it; it checks `event.source`.
    target.postMessage(checked.data, "*");
    return true;
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!iframe.current || event.source !== iframe.current.contentWindow) return;
      const message = parseFrameMessage(event.data);
      if (!message) return;
      switch (message.type) {
        case "ready":
          // A new document (first load or reload) has nothing mounted: send everything again.
          if (instance.current !== message.instance) {
            instance.current = message.instance;
            sent.current = { code: null, data: null, params: null };
            setGeneration((g) => g + 1);
          }
          break;
        case "resize":
          setHeight(Math.max(MIN_HEIGHT, message.height));
          break;
        case "rendered": {
          const started = pending.current.get(message.id);
          pending.current.delete(message.id);
          if (started) {
            callbacks.current.onRendered?.({
              kind: started.kind,
              roundTripMs: performance.now() - started.at,
              frameMs: message.ms,
              // Both clocks are the epoch's: the frame's time origin is not this page's.
              paintedAt: message.paintedAt - performance.timeOrigin,
            });
          }
          break;
        }
        case "error":
          // Whatever is mounted failed: the next update mounts afresh, even with the same code (a repair
          // may return it unchanged for other params or data).
          sent.current = { code: null, data: null, params: null };
          callbacks.current.onError?.(message.message, message.stack);
          break;
        case "exported":
          exports.current.get(message.id)?.({
            svg: message.svg,
            width: message.width,
            height: message.height,
          });
          exports.current.delete(message.id);
          break;
      }
    };
    window.addEventListener("message", onMessage);
    // The frame may have loaded (and said `ready`) before this listener existed.
    iframe.current?.contentWindow?.postMessage({ type: "ping" }, "*");
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    if (generation === 0 || code === null || data === null) return;
    const last = sent.current;
    if (last.code === code && last.data === data && sameParams(last.params, params)) return;
    seq.current += 1;
    const id = seq.current;
    const kind = last.code === code && last.data === data ? "params" : "render";
    pending.current.set(id, { at: performance.now(), kind });
    const ok =
      kind === "params"
        ? post({ type: "params", id, params })
        : post({ type: "render", id, code, data, params });
    if (ok) sent.current = { code, data, params };
  }, [generation, code, data, params, post]);

  useImperativeHandle(
    ref,
    () => ({
      exportSvg() {
        seq.current += 1;
        const id = seq.current;
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            exports.current.delete(id);
            reject(new Error("The chart did not answer the export request"));
          }, 3000);
          exports.current.set(id, (value) => {
            clearTimeout(timer);
            resolve(value);
          });
          if (!post({ type: "export", id })) {
            clearTimeout(timer);
            reject(new Error("The chart preview is not loaded"));
          }
        });
      },
    }),
    [post],
  );

  const shown = code !== null && data !== null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight" && e.key !== "Enter") return;
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    post({ type: "key", key: e.key });
  };

  // The Tab stop is this wrapper, not the frame: the sandboxed frame runs in another process, so Tab
  // into it hands the focus over asynchronously, and a key pressed meanwhile lands on the page. Here
  // the focus moves at once; the frame is told, and gets the keys of the chart's keyboard layer.
  return (
    <div
      tabIndex={shown ? 0 : -1}
      // Arrow keys and Enter move the chart's tooltip: the keys go to the chart, not the reading cursor.
      role="application"
      aria-roledescription="chart"
      aria-label={shown ? (label ?? "Chart") : undefined}
      onFocus={(e) => e.target === e.currentTarget && post({ type: "focus", focused: true })}
      onBlur={(e) => e.target === e.currentTarget && post({ type: "focus", focused: false })}
      onKeyDown={onKeyDown}
      className="rounded-lg focus-visible:outline-solid focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring"
    >
      <iframe
        ref={iframe}
        title="Chart preview"
        src="/sandbox/index.html"
        sandbox="allow-scripts"
        referrerPolicy="no-referrer"
        tabIndex={-1}
        onLoad={() => iframe.current?.contentWindow?.postMessage({ type: "ping" }, "*")}
        className={className}
        style={{ height, width: "100%", border: 0, display: "block", colorScheme: "light" }}
      />
    </div>
  );
});
