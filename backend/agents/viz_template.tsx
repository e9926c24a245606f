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

// __FIELDS__

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
  height?: number;
  theme?: string;
};

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

function formatNumber(value: unknown): string {
  const n = toNumber(value);
  if (n === null) return "–";
  return Math.abs(n) >= 10000 ? compact.format(n) : plain.format(n);
}

function detectGrain(values: unknown[]): string {
  const dates = values.filter((v): v is string => typeof v === "string").slice(0, 200);
  if (dates.length === 0) return "day";
  if (dates.some((d) => d.length > 10 && !d.endsWith("T00:00:00"))) return "time";
  if (dates.every((d) => d.slice(5, 10) === "01-01")) return "year";
  if (dates.every((d) => d.slice(8, 10) === "01" && ["01", "04", "07", "10"].includes(d.slice(5, 7)))) {
    return dates.length > 1 ? "quarter" : "month";
  }
  if (dates.every((d) => d.slice(8, 10) === "01")) return "month";
  return "day";
}

function formatDate(value: unknown, grain: string): string {
  if (typeof value !== "string") return String(value ?? "–");
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  const year = d.getUTCFullYear();
  const month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  if (grain === "year") return String(year);
  if (grain === "quarter") return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${year}`;
  if (grain === "month") return `${month} ${year}`;
  if (grain === "time") return d.toISOString().slice(0, 16).replace("T", " ");
  return `${month} ${d.getUTCDate()}, ${year}`;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function label(column: string): string {
  return LABELS[column] ?? column;
}

function Frame({ title, children }: { title?: string; children: React.ReactNode }) {
  return (
    <div style={{ width: "100%", fontFamily: "system-ui, -apple-system, sans-serif", color: ink.ink, background: ink.bg }}>
      {title ? <div style={{ fontSize: 16, fontWeight: 600, margin: "0 0 8px 4px" }}>{title}</div> : null}
      {children}
    </div>
  );
}

export default function Viz({ data, params }: { data: Row[]; params: Params }) {
  const rows = Array.isArray(data) ? data : [];
  ink = params.theme === "dark" ? INKS.dark : INKS.light;
  const tickStyle = { fill: ink.muted, fontSize: 12 };
  const tooltipStyle = { background: ink.bg, border: `1px solid ${ink.rule}`, color: ink.ink, borderRadius: 6 };
  const kind = params.chart_type ?? DEFAULT_CHART;
  const scheme = SCHEMES[params.color_scheme ?? "default"] ?? SCHEMES.default;
  const palette = (params.color_scheme ?? "default") === "default" && params.accent_color
    ? [params.accent_color, ...scheme.slice(1)]
    : scheme;
  const height = toNumber(params.height) ?? 360;
  const grain = useMemo(() => (X_KIND === "temporal" ? detectGrain(rows.map((r) => r[X])) : ""), [rows]);
  const formatX = (v: unknown) => (X_KIND === "temporal" ? formatDate(v, grain) : X_KIND === "numeric" ? formatNumber(v) : String(v ?? "–"));

  // Long rows become one row per x with a column per series value.
  const pivot = useMemo(() => {
    if (!SERIES || !X) return { table: rows, keys: Y };
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
    return { table: [...byX.values()], keys: [...keys] };
  }, [rows]);

  const table = useMemo(() => {
    let out = pivot.table;
    if (X_KIND !== "temporal" && params.sort && params.sort !== "none" && pivot.keys.length > 0) {
      const k = pivot.keys[0];
      const dir = params.sort === "asc" ? 1 : -1;
      out = [...out].sort((a, b) => dir * ((toNumber(a[k]) ?? 0) - (toNumber(b[k]) ?? 0)));
    }
    const max = toNumber(params.max_items);
    return max && max > 0 && X_KIND !== "temporal" ? out.slice(0, max) : out;
  }, [pivot, params.sort, params.max_items]);

  if (rows.length === 0) {
    return (
      <Frame title={params.title}>
        <div style={{ padding: 32, textAlign: "center", color: ink.muted }}>No rows match this question.</div>
      </Frame>
    );
  }

  const grid = params.show_grid !== false ? <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} /> : null;
  const legend = params.show_legend ? <Legend formatter={(v: string) => label(v)} /> : null;
  const tooltip = (
    <Tooltip
      contentStyle={tooltipStyle}
      formatter={(v: unknown, name: string) => [formatNumber(v), label(name)]}
      labelFormatter={(v: unknown) => formatX(v)}
    />
  );
  const labels = params.show_labels ? <LabelList position="top" formatter={(v: unknown) => formatNumber(v)} /> : null;

  if (kind === "kpi") {
    const measure = Y[0] ?? Object.keys(rows[0])[0];
    const value = toNumber(rows[0][measure]);
    return (
      <Frame title={params.title}>
        <div style={{ padding: "24px 8px" }}>
          <div style={{ fontSize: 56, fontWeight: 700, color: palette[0], lineHeight: 1.1 }}>
            {value === null ? "No data" : formatNumber(value)}
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
    return (
      <Frame title={params.title}>
        <ResponsiveContainer width="100%" height={height}>
          <PieChart>
            <Pie data={table} dataKey={value} nameKey={X ?? undefined} innerRadius="45%" outerRadius="80%" isAnimationActive={false}
              label={params.show_labels ? (e: { name?: unknown; percent?: number }) => `${formatX(e.name)} ${((e.percent ?? 0) * 100).toFixed(0)}%` : false}>
              {table.map((_, i) => <Cell key={i} fill={palette[i % palette.length]} />)}
            </Pie>
            <Tooltip contentStyle={tooltipStyle} formatter={(v: unknown) => formatNumber(v)} />
            {params.show_legend !== false ? <Legend formatter={(v: unknown) => formatX(v)} /> : null}
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
          <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            {grid}
            <XAxis tick={tickStyle} stroke={ink.rule} type="number" dataKey={X ?? undefined} name={label(X ?? "")} tickFormatter={formatNumber} domain={["auto", "auto"]}
              label={{ value: label(X ?? ""), position: "insideBottom", offset: -12 }} />
            <YAxis tick={tickStyle} stroke={ink.rule} type="number" dataKey={yKey} name={label(yKey)} tickFormatter={formatNumber} domain={["auto", "auto"]} />
            <Tooltip contentStyle={tooltipStyle} formatter={(v: unknown) => formatNumber(v)} />
            {params.show_legend || SERIES ? <Legend verticalAlign="top" height={28} /> : null}
            {groups.map((g, i) => <Scatter key={g.name} name={g.name} data={g.points} fill={palette[i % palette.length]} fillOpacity={0.7} isAnimationActive={false} />)}
          </ScatterChart>
        </ResponsiveContainer>
      </Frame>
    );
  }

  if (kind === "line" || kind === "area") {
    const Chart = kind === "line" ? LineChart : AreaChart;
    return (
      <Frame title={params.title}>
        <ResponsiveContainer width="100%" height={height}>
          <Chart data={table} margin={{ top: params.show_labels ? 28 : 16, right: 24, bottom: 8, left: 8 }}>
            {grid}
            <XAxis tick={tickStyle} stroke={ink.rule} dataKey={X ?? undefined} tickFormatter={formatX} minTickGap={16} />
            <YAxis tick={tickStyle} stroke={ink.rule} tickFormatter={formatNumber} width={64} />
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
  const crowded = X_KIND !== "temporal" && kind !== "histogram" && (table.length > 8 || longest * table.length > 70);
  return (
    <Frame title={params.title}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={table} layout={horizontal ? "vertical" : "horizontal"} barCategoryGap={kind === "histogram" ? 1 : "15%"}
          margin={{ top: 16, right: 16, bottom: 8, left: crowded ? 32 : 8 }}>
          {grid}
          {horizontal ? (
            <>
              <XAxis tick={tickStyle} stroke={ink.rule} type="number" tickFormatter={formatNumber} />
              <YAxis tick={tickStyle} stroke={ink.rule} type="category" dataKey={X ?? undefined} tickFormatter={(v: unknown) => shorten(formatX(v), 18)} width={130} />
            </>
          ) : (
            <>
              <XAxis tick={tickStyle} stroke={ink.rule} dataKey={X ?? undefined} tickFormatter={crowded ? (v: unknown) => shorten(formatX(v), 16) : formatX}
                interval={crowded && table.length <= 40 ? 0 : "preserveStartEnd"}
                minTickGap={8} angle={crowded ? -35 : 0} textAnchor={crowded ? "end" : "middle"} height={crowded ? 80 : 30} />
              <YAxis tick={tickStyle} stroke={ink.rule} tickFormatter={formatNumber} width={64} />
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
