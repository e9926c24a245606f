/**
 * The rows a spec-driven chart draws, from the result rows and the params (pure; no React).
 *
 * A generated component declares a `ChartConfig` (fields, labels, the chart it was made for); the field
 * pickers may override the fields through `params`; long rows with a series column become one row per x
 * with a column per series value (at most `max_series`, the rest as "Other"); categories are sorted and
 * cut to `max_items` (the rest as "Other"). The note says what was grouped.
 */
import { humanize, toNumber } from "./format";
import {
  fieldsFrom,
  groupCategories,
  groupedNote,
  groupSeries,
  MAX_CATEGORIES,
  MAX_SERIES,
  otherAggregate,
  valueKind,
} from "./group-other";

export type Row = Record<string, unknown>;

/** What a generated chart component says about itself (the shape of shadcn's chart config). */
export type ChartConfig = {
  /** The chart kind the component was generated for (the "Chart type" control may switch to a sibling). */
  chart: string;
  x: string | null;
  y: string[];
  series: string | null;
  /** A scatter's numeric column drawn as each point's area (a bubble chart). */
  size?: string | null;
  /** How the x values behave: temporal, numeric, text. */
  xKind: string;
  /** Column → readable label with its unit ("Average body mass (g)"). */
  labels: Record<string, string>;
};

export type ChartParams = {
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
  size?: string;
  theme?: string;
};

export type ChartRows = {
  kind: string;
  x: string | null;
  y: string[];
  series: string | null;
  /** The column sizing a scatter's points, if any. */
  size: string | null;
  xKind: string;
  /** Rows to draw: one per x, a column per key. */
  table: Row[];
  /** The measured columns drawn (series values when split by a series column). */
  keys: string[];
  /** What was grouped as "Other", if anything. */
  note: string | null;
  label: (column: string) => string;
};

const LINE_KINDS = new Set(["line", "area"]);

/** The rows sorted by x: dates by time, numbers by value; values that read as neither keep their place at the end. */
export function inXOrder(rows: readonly Row[], x: string, xKind: string): Row[] {
  const position = (v: unknown): number | null => {
    if (v === null || v === undefined || v === "") return null;
    if (xKind === "temporal" && !(typeof v === "number")) {
      const t = Date.parse(String(v));
      return Number.isNaN(t) ? null : t;
    }
    return toNumber(v);
  };
  const keyed = rows.map((row, i) => ({ row, i, at: position(row[x]) }));
  keyed.sort((a, b) => {
    if (a.at === null || b.at === null) return a.at === null ? (b.at === null ? a.i - b.i : 1) : -1;
    return a.at - b.at || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

/** The chart's rows for these params: fields chosen, series pivoted, categories sorted and grouped. */
export function chartRows(data: readonly Row[], params: ChartParams, config: ChartConfig): ChartRows {
  const rows = Array.isArray(data) ? [...data] : [];
  const { x, y, series } = fieldsFrom(params, { x: config.x, y: config.y, series: config.series });
  const xKind = x === config.x ? config.xKind : valueKind(rows.slice(0, 50).map((r) => r[x ?? ""]));
  const kind = params.chart_type ?? config.chart;
  const label = (column: string) => config.labels[column] ?? humanize(column);
  const size = typeof params.size === "string" ? params.size || null : (config.size ?? null);

  let table: Row[] = rows;
  let keys = y;
  const notes: (string | null)[] = [];
  if (series && x) {
    const byX = new Map<string, Row>();
    const values = new Set<string>();
    for (const r of rows) {
      const key = String(r[series] ?? "(none)");
      values.add(key);
      const xKey = String(r[x]);
      const row = byX.get(xKey) ?? { [x]: r[x] };
      row[key] = toNumber(r[y[0] ?? ""]);
      byX.set(xKey, row);
    }
    const maxSeries = toNumber(params.max_series) ?? MAX_SERIES;
    const grouped = groupSeries([...byX.values()], [...values], maxSeries, otherAggregate(y[0] ?? ""));
    table = grouped.rows;
    keys = grouped.keys;
    const shown = grouped.keys.length - (grouped.hidden ? 1 : 0);
    notes.push(groupedNote(shown, grouped.total, `${label(series).toLowerCase()} series`));
  }
  // A box plot's rows are five numbers of each group's own values: none adds up into an "Other" box.
  if (xKind !== "temporal" && x && kind !== "scatter" && kind !== "box") {
    const first = keys[0];
    if (params.sort && params.sort !== "none" && first !== undefined) {
      const dir = params.sort === "asc" ? 1 : -1;
      table = [...table].sort((a, b) => dir * ((toNumber(a[first]) ?? 0) - (toNumber(b[first]) ?? 0)));
    }
    // At most ~50 categories are drawn (12 slices of a pie); the rest are folded into "Other".
    const max = Math.min(
      toNumber(params.max_items) ?? MAX_CATEGORIES,
      kind === "pie" ? 12 : Number.POSITIVE_INFINITY,
    );
    const grouped = groupCategories(table, x, keys, max);
    table = grouped.rows;
    notes.push(groupedNote(grouped.shown, grouped.total, `${label(x).toLowerCase()} values`));
  }
  // A time axis (and a line over numbers) reads left to right in x order, whatever order the rows came in:
  // a ranked top N over months and a series arrives sorted by its measure.
  if (x && (xKind === "temporal" || (xKind === "numeric" && LINE_KINDS.has(kind)))) {
    table = inXOrder(table, x, xKind);
  }
  const note = notes.filter(Boolean).join(" ") || null;
  return { kind, x, y, series, size, xKind, table, keys, note, label };
}
