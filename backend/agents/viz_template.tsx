import React, { useMemo } from "react";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  detectGrain,
  fieldsFrom,
  formatCompact,
  formatDate,
  formatExact,
  groupCategories,
  groupedNote,
  groupSeries,
  humanize,
  legendProps,
  MAX_CATEGORIES,
  MAX_SERIES,
  otherAggregate,
  unitOf,
  useFrameWidth,
  valueKind,
} from "@viz/ui";

// __FIELDS__
// The generated fields are defaults: inside Viz the field pickers' choices (params x, y, series) win.
const X0 = X;
const Y0 = Y;
const SERIES0 = SERIES;
const X_KIND0 = X_KIND;

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

// Ink colours for the host's light or dark theme (`params.theme`, set by the workspace, not a control).
const INKS = {
  light: { ink: "#0f172a", muted: "#64748b", grid: "#e2e8f0", rule: "#cbd5e1", faint: "#f1f5f9", bg: "#ffffff" },
  dark: { ink: "#e2e8f0", muted: "#94a3b8", grid: "#334155", rule: "#475569", faint: "#1e293b", bg: "#0f172a" },
};
let ink = INKS.light;

type Row = Record<string, unknown>;
type Params = {
  title?: string;
  chart_type?: string;
  color_scheme?: string;
  accent_color?: string;
  sort?: string;
  orientation?: string;
  stacked?: boolean;
  show_legend?: boolean;
  show_grid?: boolean;
  show_labels?: boolean;
  max_items?: number;
  max_series?: number;
  height?: number;
  x?: string;
  y?: string;
  series?: string;
  theme?: string;
};

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

// Axes and labels stay short; tooltips show the exact value.
const formatNumber = (value: unknown) => formatCompact(value);

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function label(column: string): string {
  return LABELS[column] ?? humanize(column);
}

function Frame({ title, note, children }: { title?: string; note?: string | null; children: React.ReactNode }) {
  return (
    <div style={{ width: "100%", fontFamily: "system-ui, -apple-system, sans-serif", color: ink.ink, background: ink.bg }}>
      {title ? <div style={{ fontSize: 16, fontWeight: 600, margin: "0 0 8px 4px" }}>{title}</div> : null}
      {children}
      {note ? <div data-chart-note style={{ fontSize: 12, color: ink.muted, margin: "6px 4px 0" }}>{note}</div> : null}
    </div>
  );
}

export default function Viz({ data, params }: { data: Row[]; params: Params }) {
  const rows = Array.isArray(data) ? data : [];
  const width = useFrameWidth();
  // The field pickers may move x, y and series away from what the code was generated for.
  const { x: X, y: Y, series: SERIES } = fieldsFrom(params, { x: X0, y: Y0, series: SERIES0 });
  const X_KIND = X === X0 ? X_KIND0 : valueKind(rows.slice(0, 50).map((r) => r[X ?? ""]));
  ink = params.theme === "dark" ? INKS.dark : INKS.light;
  const tickStyle = { fill: ink.muted, fontSize: 12 };
  const tooltipStyle = { background: ink.bg, border: `1px solid ${ink.rule}`, color: ink.ink, borderRadius: 6 };
  const kind = params.chart_type ?? DEFAULT_CHART;
  const scheme = SCHEMES[params.color_scheme ?? "default"] ?? SCHEMES.default;
  const palette = (params.color_scheme ?? "default") === "default" && params.accent_color
    ? [params.accent_color, ...scheme.slice(1)]
    : scheme;
  const height = toNumber(params.height) ?? 360;
  const grain = useMemo(() => (X_KIND === "temporal" ? detectGrain(rows.map((r) => r[X ?? ""])) : "day"), [rows, X, X_KIND]);
  const formatX = (v: unknown) => (v === "Other" ? "Other" : X_KIND === "temporal" ? formatDate(v, grain) : X_KIND === "numeric" ? formatNumber(v) : String(v ?? "–"));
  const yUnit = unitOf(Y[0] ?? "");
  const yTitle = Y.length === 1 || SERIES ? label(Y[0] ?? "") : Y.map(label).join(", ");

  // Long rows become one row per x with a column per series value; at most ~12 series are drawn.
  const maxSeries = toNumber(params.max_series) ?? MAX_SERIES;
  const pivot = useMemo(() => {
    if (!SERIES || !X) return { table: rows, keys: Y, note: null as string | null };
    const byX = new Map<string, Row>();
    const keys = new Set<string>();
    for (const r of rows) {
      const key = String(r[SERIES] ?? "(none)");
      keys.add(key);
      const xKey = String(r[X]);
      const row = byX.get(xKey) ?? { [X]: r[X] };
      row[key] = toNumber(r[Y[0]]);
      byX.set(xKey, row);
    }
    const grouped = groupSeries([...byX.values()], [...keys], maxSeries, otherAggregate(Y[0] ?? ""));
    return { table: grouped.rows, keys: grouped.keys, note: groupedNote(grouped.keys.length - (grouped.hidden ? 1 : 0), grouped.total, `${label(SERIES).toLowerCase()} series`) };
  }, [rows, X, Y.join(), SERIES, maxSeries]);

  const grouping = useMemo(() => {
    let out = pivot.table;
    if (X_KIND !== "temporal" && params.sort && params.sort !== "none" && pivot.keys.length > 0) {
      const k = pivot.keys[0];
      const dir = params.sort === "asc" ? 1 : -1;
      out = [...out].sort((a, b) => dir * ((toNumber(a[k]) ?? 0) - (toNumber(b[k]) ?? 0)));
    }
    // At most ~50 categories are drawn; the rest are folded into "Other" (the note says how many).
    if (X_KIND === "temporal" || !X) return { rows: out, note: null as string | null };
    const max = Math.min(toNumber(params.max_items) ?? MAX_CATEGORIES, kind === "pie" ? 12 : Number.POSITIVE_INFINITY);
    const grouped = groupCategories(out, X, pivot.keys, max);
    return { rows: grouped.rows, note: groupedNote(grouped.shown, grouped.total, label(X).toLowerCase() + " values") };
  }, [pivot, params.sort, params.max_items, X, X_KIND, kind]);
  const table = grouping.rows;
  const note = [pivot.note, grouping.note].filter(Boolean).join(" ") || null;

  if (rows.length === 0) {
    return (
      <Frame title={params.title}>
        <div style={{ padding: 32, textAlign: "center", color: ink.muted }}>No rows match this question.</div>
      </Frame>
    );
  }

  const grid = params.show_grid !== false ? <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} /> : null;
  const showLegend = params.show_legend ?? pivot.keys.length > 1;
  // Series keys are values of the data (airport codes, regions), not column names: shown as they are.
  const legend = showLegend ? <Legend {...legendProps(pivot.keys.length)} formatter={(v: string) => (SERIES ? v : label(v))} /> : null;
  // Tooltips show the exact value with its unit (axes stay compact).
  const tooltip = (
    <Tooltip
      contentStyle={tooltipStyle}
      formatter={(v: unknown, name: string) => [formatExact(v, SERIES ? yUnit : unitOf(name)), SERIES ? name : label(name)]}
      labelFormatter={(v: unknown) => formatX(v)}
    />
  );
  const axisTitle = { fill: ink.muted, fontSize: 12, fontWeight: 600 };
  const xTitle = X ? { value: label(X), position: "insideBottom" as const, offset: -2, style: axisTitle } : undefined;
  const yAxisTitle = { value: yTitle, angle: -90, position: "insideLeft" as const, offset: 4, style: { ...axisTitle, textAnchor: "middle" as const } };
  const labels = params.show_labels ? <LabelList position="top" formatter={(v: unknown) => formatNumber(v)} /> : null;

  if (kind === "kpi") {
    const measure = Y[0] ?? Object.keys(rows[0])[0];
    const value = toNumber(rows[0][measure]);
    return (
      <Frame title={params.title}>
        <div style={{ padding: "24px 8px" }}>
          <div style={{ fontSize: 56, fontWeight: 700, color: palette[0], lineHeight: 1.1 }}>
            {value === null ? "No data" : formatExact(value, unitOf(measure))}
          </div>
          <div style={{ color: ink.muted, marginTop: 6 }}>{label(measure)}</div>
        </div>
      </Frame>
    );
  }

  if (kind === "table") {
    const columns = Object.keys(rows[0]);
    return (
      <Frame title={params.title}>
        <div style={{ maxHeight: height, overflow: "auto" }}>
          <table style={{ borderCollapse: "collapse", width: "100%", fontSize: 13 }}>
            <thead>
              <tr>{columns.map((c) => <th key={c} style={{ textAlign: "left", padding: 6, borderBottom: `1px solid ${ink.rule}` }}>{label(c)}</th>)}</tr>
            </thead>
            <tbody>
              {rows.slice(0, 500).map((r, i) => (
                <tr key={i}>{columns.map((c) => <td key={c} style={{ padding: 6, borderBottom: `1px solid ${ink.faint}` }}>{typeof r[c] === "number" ? formatNumber(r[c]) : String(r[c] ?? "–")}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </Frame>
    );
  }

  if (kind === "pie") {
    const value = pivot.keys[0];
    // A pie always names its slices: with a legend, or with labels when the legend is off.
    const pieLegend = params.show_legend !== false;
    const pieLabels = params.show_labels || !pieLegend;
    return (
      <Frame title={params.title} note={note}>
        <ResponsiveContainer width="100%" height={height}>
          <PieChart>
            <Pie data={table} dataKey={value} nameKey={X ?? undefined} innerRadius="45%" outerRadius="80%" isAnimationActive={false}
              label={pieLabels ? (e: { name?: unknown; percent?: number }) => `${formatX(e.name)} ${((e.percent ?? 0) * 100).toFixed(0)}%` : false}>
              {table.map((_, i) => <Cell key={i} fill={palette[i % palette.length]} />)}
            </Pie>
            <Tooltip contentStyle={tooltipStyle} formatter={(v: unknown, name: unknown) => [formatExact(v, yUnit), formatX(name)]} />
            {pieLegend ? <Legend {...legendProps(table.length)} formatter={(v: unknown) => formatX(v)} /> : null}
          </PieChart>
        </ResponsiveContainer>
      </Frame>
    );
  }

  if (kind === "scatter") {
    const yKey = Y[0];
    const groups = SERIES
      ? [...new Set(rows.map((r) => String(r[SERIES] ?? "(none)")))].map((g) => ({ name: g, points: rows.filter((r) => String(r[SERIES] ?? "(none)") === g) }))
      : [{ name: label(yKey), points: rows }];
    return (
      <Frame title={params.title}>
        <ResponsiveContainer width="100%" height={height}>
          <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 16 }}>
            {grid}
            <XAxis tick={tickStyle} stroke={ink.rule} type="number" dataKey={X ?? undefined} name={label(X ?? "")} tickFormatter={formatNumber} domain={["auto", "auto"]}
              label={{ value: label(X ?? ""), position: "insideBottom", offset: -12 }} />
            <YAxis tick={tickStyle} stroke={ink.rule} type="number" dataKey={yKey} name={label(yKey)} tickFormatter={formatNumber} domain={["auto", "auto"]}
              label={{ ...yAxisTitle, value: label(yKey) }} width={72} />
            <Tooltip contentStyle={tooltipStyle} formatter={(v: unknown, name: unknown) => formatExact(v, unitOf(String(name)) ?? undefined)} />
            {params.show_legend || SERIES ? <Legend {...legendProps(groups.length)} /> : null}
            {groups.map((g, i) => <Scatter key={g.name} name={g.name} data={g.points} fill={palette[i % palette.length]} fillOpacity={0.7} isAnimationActive={false} />)}
          </ScatterChart>
        </ResponsiveContainer>
      </Frame>
    );
  }

  if (kind === "line" || kind === "area") {
    const Chart = kind === "line" ? LineChart : AreaChart;
    return (
      <Frame title={params.title} note={note}>
        <ResponsiveContainer width="100%" height={height}>
          <Chart data={table} margin={{ top: params.show_labels ? 28 : 16, right: 24, bottom: 16, left: 16 }}>
            {grid}
            <XAxis tick={tickStyle} stroke={ink.rule} dataKey={X ?? undefined} tickFormatter={formatX} minTickGap={16} label={xTitle} height={44} />
            <YAxis tick={tickStyle} stroke={ink.rule} tickFormatter={formatNumber} width={72} label={yAxisTitle} />
            {tooltip}
            {legend}
            {pivot.keys.map((k, i) =>
              kind === "line" ? (
                <Line key={k} type="monotone" dataKey={k} name={k} stroke={palette[i % palette.length]} strokeWidth={2}
                  dot={table.length <= 40} isAnimationActive={false}>{labels}</Line>
              ) : (
                <Area key={k} type="monotone" dataKey={k} name={k} stroke={palette[i % palette.length]} fill={palette[i % palette.length]}
                  fillOpacity={0.25} stackId={params.stacked ? "stack" : undefined} isAnimationActive={false}>{labels}</Area>
              ),
            )}
          </Chart>
        </ResponsiveContainer>
      </Frame>
    );
  }

  // bar and histogram
  const horizontal = params.orientation === "horizontal";
  // Many or long category labels are slanted so each stays readable.
  const longest = table.reduce((n, r) => Math.max(n, formatX(r[X ?? ""]).length), 0);
  // Labels that do not fit side by side (at ~7 px a character) are slanted, and thinned on narrow frames.
  const plotWidth = Math.max(120, width - 120);
  const crowded = X_KIND !== "temporal" && kind !== "histogram" && (longest * 7 + 12) * table.length > plotWidth;
  const every = crowded ? Math.max(1, Math.ceil((table.length * 16) / plotWidth)) : 1;
  return (
    <Frame title={params.title} note={note}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={table} layout={horizontal ? "vertical" : "horizontal"} barCategoryGap={kind === "histogram" ? 1 : "15%"}
          margin={{ top: 16, right: 16, bottom: 16, left: crowded ? 32 : 16 }}>
          {grid}
          {horizontal ? (
            <>
              <XAxis tick={tickStyle} stroke={ink.rule} type="number" tickFormatter={formatNumber} label={{ ...yAxisTitle, angle: 0, position: "insideBottom", offset: -2 }} height={44} />
              <YAxis tick={tickStyle} stroke={ink.rule} type="category" dataKey={X ?? undefined} tickFormatter={(v: unknown) => shorten(formatX(v), 18)} width={Math.min(130, width / 3)} interval={0} />
            </>
          ) : (
            <>
              <XAxis tick={tickStyle} stroke={ink.rule} dataKey={X ?? undefined} tickFormatter={crowded ? (v: unknown) => shorten(formatX(v), 16) : formatX}
                interval={crowded ? every - 1 : "preserveStartEnd"}
                minTickGap={crowded ? 0 : 8} angle={crowded ? -40 : 0} textAnchor={crowded ? "end" : "middle"} height={crowded ? Math.min(110, 24 + Math.min(longest, 16) * 5.5) : 44}
                label={crowded ? undefined : xTitle} />
              <YAxis tick={tickStyle} stroke={ink.rule} tickFormatter={formatNumber} width={72} label={yAxisTitle} />
            </>
          )}
          {tooltip}
          {legend}
          {pivot.keys.map((k, i) => (
            <Bar key={k} dataKey={k} name={k} fill={palette[i % palette.length]} stackId={params.stacked ? "stack" : undefined}
              radius={horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]} isAnimationActive={false}>
              {labels}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Frame>
  );
}
