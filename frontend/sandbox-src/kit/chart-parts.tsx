/**
 * What a generated spec-driven chart shares: `useChart` (rows, colours, formatters and axis props for the
 * params), the frame around it, and the two kinds that are not Recharts charts (a single value, a table).
 * Each generated component keeps its own Recharts JSX; this keeps it short.
 */
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { type ChartConfig, type ChartParams, type ChartRows, chartRows, type Row } from "./chart-model";
import { detectGrain, formatCompact, formatDate, formatExact, toNumber, unitOf } from "./format";
import { legendProps } from "./group-other";

const SCHEMES: Record<string, string[]> = {
  default: ["#2563eb", "#f97316", "#16a34a", "#dc2626", "#9333ea", "#0891b2", "#ca8a04", "#db2777"],
  blues: ["#1e3a8a", "#1d4ed8", "#3b82f6", "#60a5fa", "#93c5fd", "#bfdbfe"],
  greens: ["#14532d", "#15803d", "#22c55e", "#4ade80", "#86efac", "#bbf7d0"],
  oranges: ["#7c2d12", "#c2410c", "#f97316", "#fb923c", "#fdba74", "#fed7aa"],
  purples: ["#4c1d95", "#6d28d9", "#8b5cf6", "#a78bfa", "#c4b5fd", "#ddd6fe"],
  warm: ["#b91c1c", "#ea580c", "#d97706", "#ca8a04", "#e11d48", "#f59e0b"],
  cool: ["#0e7490", "#2563eb", "#4f46e5", "#0891b2", "#7c3aed", "#0d9488"],
  vivid: ["#e11d48", "#2563eb", "#16a34a", "#f59e0b", "#9333ea", "#06b6d4", "#f97316", "#84cc16"],
  monochrome: ["#111827", "#374151", "#4b5563", "#6b7280", "#9ca3af", "#d1d5db"],
};

/** Ink colours for the host's light or dark theme (`params.theme`, set by the workspace, not a control). */
const INKS = {
  light: {
    ink: "#0f172a",
    muted: "#64748b",
    grid: "#e2e8f0",
    rule: "#cbd5e1",
    faint: "#f1f5f9",
    bg: "#ffffff",
  },
  dark: {
    ink: "#e2e8f0",
    muted: "#94a3b8",
    grid: "#334155",
    rule: "#475569",
    faint: "#1e293b",
    bg: "#0f172a",
  },
};

export type Ink = (typeof INKS)["light"];

/** Colours of a scheme; with the default scheme the accent colour leads. */
export function schemeColors(scheme?: string, accent?: string): string[] {
  const colors = SCHEMES[scheme ?? "default"] ?? (SCHEMES.default as string[]);
  return (scheme ?? "default") === "default" && accent ? [accent, ...colors.slice(1)] : colors;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export type Chart = ChartRows & {
  rows: Row[];
  title: string | undefined;
  colors: string[];
  ink: Ink;
  height: number;
  stacked: boolean;
  showGrid: boolean;
  showLegend: boolean;
  showLabels: boolean;
  horizontal: boolean;
  formatX: (v: unknown) => string;
  formatValue: (v: unknown) => string;
  /** The legend's name of a key: a series value as it is, a column by its label. */
  keyName: (key: string) => string;
  tick: { fill: string; fontSize: number };
  axisTitle: { fill: string; fontSize: number; fontWeight: number };
  xTitle: string;
  yTitle: string;
  tooltip: {
    contentStyle: Record<string, unknown>;
    formatter: (v: unknown, name: unknown) => [string, string];
    labelFormatter: (v: unknown) => string;
  };
  legend: ReturnType<typeof legendProps>;
  /** Width of the category axis of horizontal bars. */
  categoryWidth: number;
  /** Crowded category labels: slanted, shortened and thinned so each stays readable. */
  crowded: { on: boolean; ticks: Array<string | number> | undefined; height: number };
};

/**
 * Whether a pie's slice labels ("North America 39%", ~8.5 px a character) fit on both sides of the pie
 * (about 80% of the chart's height across) inside a frame this wide.
 */
export function pieLabelsFit(frameWidth: number, height: number, longestLabel: number): boolean {
  return frameWidth - 0.8 * height >= 2 * ((longestLabel + 5) * 8.5 + 24);
}

// Slanted 12 px labels (at -40°) need ~22 px between neighbours along the axis not to touch.
const SLANTED_PITCH = 22;

/**
 * The category values a crowded axis labels: the first and the last (often "Other") always, and evenly
 * spaced ones between, at least ~22 px apart so slanted labels do not touch.
 */
export function crowdedTicks(values: readonly unknown[], plotWidth: number): Array<string | number> {
  const every = Math.max(1, Math.ceil((values.length * SLANTED_PITCH) / plotWidth));
  const last = values.length - 1;
  const gaps = Math.floor(last / every); // each gap is then at least `every` bars wide
  const tick = (v: unknown) => (typeof v === "number" ? v : String(v ?? ""));
  if (gaps === 0) return values.slice(last).map(tick);
  const step = last / gaps;
  return Array.from({ length: gaps + 1 }, (_, i) => tick(values[Math.round(i * step)]));
}

/** Everything a spec-driven chart draws with, for these rows, params and config. */
export function useChart(data: Row[], params: ChartParams, config: ChartConfig): Chart {
  const frameWidth = useFrameWidth();
  const rows = Array.isArray(data) ? data : [];
  const shaped = useMemo(() => chartRows(rows, params, config), [rows, params, config]);
  const { x, y, series, xKind, table, keys, label } = shaped;
  const ink = params.theme === "dark" ? INKS.dark : INKS.light;
  const grain = useMemo(
    () => (xKind === "temporal" ? detectGrain(rows.map((r) => r[x ?? ""])) : "day"),
    [rows, x, xKind],
  );
  const formatX = (v: unknown) =>
    v === "Other"
      ? "Other"
      : xKind === "temporal"
        ? formatDate(v, grain)
        : xKind === "numeric"
          ? formatCompact(v)
          : String(v ?? "–");
  const yUnit = unitOf(y[0] ?? "");
  const keyName = (key: string) => (series ? key : label(key));
  const longest = table.reduce((n, r) => Math.max(n, formatX(r[x ?? ""]).length), 0);
  // Labels that do not fit side by side (at ~7 px a character) are slanted, and thinned on narrow frames.
  const plotWidth = Math.max(120, frameWidth - 120);
  const crowdedOn =
    xKind !== "temporal" && shaped.kind !== "histogram" && (longest * 7 + 12) * table.length > plotWidth;
  const height = toNumber(params.height) ?? 360;
  // Where slice labels would be cut at the frame's edges (a phone, the desktop pane), the legend names them.
  const labelsFit = shaped.kind !== "pie" || pieLabelsFit(frameWidth, height, longest);
  return {
    ...shaped,
    rows,
    title: params.title,
    colors: schemeColors(params.color_scheme, params.accent_color),
    ink,
    height,
    stacked: params.stacked === true,
    showGrid: params.show_grid !== false,
    showLegend: !labelsFit || (params.show_legend ?? keys.length > 1),
    showLabels: labelsFit && params.show_labels === true,
    horizontal: params.orientation === "horizontal",
    formatX: crowdedOn ? (v: unknown) => shorten(formatX(v), 16) : formatX,
    formatValue: (v: unknown) => formatCompact(v),
    keyName,
    tick: { fill: ink.muted, fontSize: 12 },
    axisTitle: { fill: ink.muted, fontSize: 12, fontWeight: 600 },
    xTitle: label(x ?? ""),
    yTitle: y.length === 1 || series ? label(y[0] ?? "") : y.map(label).join(", "),
    tooltip: {
      contentStyle: { background: ink.bg, border: `1px solid ${ink.rule}`, color: ink.ink, borderRadius: 6 },
      // Tooltips show the exact value with its unit (axes stay compact).
      formatter: (v: unknown, name: unknown) => [
        formatExact(v, series ? yUnit : unitOf(String(name ?? ""))),
        keyName(String(name ?? "")),
      ],
      labelFormatter: (v: unknown) => formatX(v),
    },
    // A pie's legend lists its slices, other charts' their keys.
    legend: legendProps(shaped.kind === "pie" ? table.length : keys.length),
    categoryWidth: Math.min(130, frameWidth / 3),
    crowded: {
      on: crowdedOn,
      ticks: crowdedOn
        ? crowdedTicks(
            table.map((r) => r[x ?? ""]),
            plotWidth,
          )
        : undefined,
      // Room for the slanted labels and, under them, the axis title.
      height: crowdedOn ? Math.min(110, 24 + Math.min(longest, 16) * 5.5) + 18 : 44,
    },
  };
}

/** The frame's width, updated on resize (the chart reads it to rotate or thin crowded labels). */
export function useFrameWidth(): number {
  const [width, setWidth] = useState(() => (typeof window === "undefined" ? 800 : window.innerWidth));
  useEffect(() => {
    const on = () => setWidth(window.innerWidth);
    window.addEventListener("resize", on);
    return () => window.removeEventListener("resize", on);
  }, []);
  return width;
}

/** Title, the chart, and a note on what was grouped; an empty result says so instead of drawing axes. */
export function ChartShell({ chart, children }: { chart: Chart; children: ReactNode }) {
  const { ink } = chart;
  return (
    <div
      style={{
        width: "100%",
        fontFamily: "system-ui, -apple-system, sans-serif",
        color: ink.ink,
        background: ink.bg,
      }}
    >
      {chart.title ? (
        <div style={{ fontSize: 16, fontWeight: 600, margin: "0 0 8px 4px" }}>{chart.title}</div>
      ) : null}
      {chart.rows.length === 0 ? (
        <div style={{ padding: 32, textAlign: "center", color: ink.muted }}>No rows match this question.</div>
      ) : (
        children
      )}
      {chart.note && chart.rows.length > 0 ? (
        <div data-chart-note style={{ fontSize: 12, color: ink.muted, margin: "6px 4px 0" }}>
          {chart.note}
        </div>
      ) : null}
    </div>
  );
}

/** A single value, large, with its label and unit. */
/** A headline figure's font size that fits the frame's width whatever its length (a bold digit is about 0.62 em
 * wide, 88 % of the width is used): 56 px at most, smaller on a phone or for a long number. */
export function kpiFontSize(text: string): string {
  return `min(56px, ${(88 / (0.62 * Math.max(text.length, 1))).toFixed(2)}vw)`;
}

export function KpiView({ chart }: { chart: Chart }) {
  const first = chart.rows[0] ?? {};
  const measure = chart.y[0] ?? Object.keys(first)[0] ?? "";
  const value = toNumber(first[measure]);
  const text = value === null ? "No data" : formatExact(value, unitOf(measure));
  const fit = kpiFontSize(text);
  return (
    <div style={{ padding: "24px 8px" }}>
      <div
        style={{
          fontSize: fit,
          fontWeight: 700,
          color: chart.colors[0],
          lineHeight: 1.1,
          overflowWrap: "anywhere",
        }}
      >
        {text}
      </div>
      <div style={{ color: chart.ink.muted, marginTop: 6 }}>{chart.label(measure)}</div>
    </div>
  );
}

/** The rows as a table (first 500), friendly headers, compact numbers. */
export function TableView({ chart }: { chart: Chart }) {
  const columns = Object.keys(chart.rows[0] ?? {});
  const cell = { padding: 6, borderBottom: `1px solid ${chart.ink.faint}` };
  return (
    <div style={{ maxHeight: chart.height, overflow: "auto" }}>
      <table style={{ borderCollapse: "collapse", width: "100%", fontSize: 13 }}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c}
                style={{ textAlign: "left", padding: 6, borderBottom: `1px solid ${chart.ink.rule}` }}
              >
                {chart.label(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.slice(0, 500).map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c} style={cell}>
                  {typeof r[c] === "number" ? formatCompact(r[c]) : String(r[c] ?? "–")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
