/**
 * Keeps a chart readable for any result: at most ~50 categories and ~12 series are drawn, the rest
 * are folded into one "Other" category or series, and the chart says so (with the count it hid).
 */
import { toNumber } from "./format";

export const MAX_CATEGORIES = 50;
export const MAX_SERIES = 12;
export const OTHER = "Other";

type Row = Record<string, unknown>;

/** Averages, rates and extremes are not additive: their "Other" is the mean of what it holds. */
export function otherAggregate(measure: string): "sum" | "mean" {
  const m = measure.toLowerCase();
  if (/^(avg|mean|median|med|min|max|minimum|maximum|average)(_|$)/.test(m)) return "mean";
  if (/(_|^)(rate|ratio|pct|percent|share|avg|mean|average)$/.test(m)) return "mean";
  return "sum";
}

function combine(values: number[], how: "sum" | "mean"): number | null {
  if (values.length === 0) return null;
  const total = values.reduce((a, b) => a + b, 0);
  return how === "sum" ? total : total / values.length;
}

function weight(row: Row, measures: readonly string[]): number {
  return measures.reduce((n, m) => n + Math.abs(toNumber(row[m]) ?? 0), 0);
}

export type GroupedRows = { rows: Row[]; shown: number; hidden: number; total: number };

/**
 * At most `max` rows: the `max - 1` with the largest measures (in their original order) plus one
 * "Other" row aggregating the rest. `max <= 0` or a short result returns the rows unchanged.
 */
export function groupCategories(
  rows: readonly Row[],
  x: string,
  measures: readonly string[],
  max: number = MAX_CATEGORIES,
): GroupedRows {
  if (max <= 0 || rows.length <= max)
    return { rows: [...rows], shown: rows.length, hidden: 0, total: rows.length };
  const keep = Math.max(1, max - 1);
  const ranked = rows
    .map((row, i) => ({ i, w: weight(row, measures) }))
    .sort((a, b) => b.w - a.w || a.i - b.i);
  const kept = new Set(ranked.slice(0, keep).map((r) => r.i));
  const out: Row[] = [];
  const rest: Row[] = [];
  rows.forEach((row, i) => {
    (kept.has(i) ? out : rest).push(row);
  });
  const other: Row = { [x]: OTHER };
  for (const m of measures) {
    const values = rest.map((r) => toNumber(r[m])).filter((v): v is number => v !== null);
    other[m] = combine(values, otherAggregate(m));
  }
  out.push(other);
  return { rows: out, shown: keep, hidden: rest.length, total: rows.length };
}

export type GroupedSeries = { rows: Row[]; keys: string[]; hidden: number; total: number };

/**
 * Wide rows (one column per series) with at most `max` series: the largest `max - 1` by their total
 * and an "Other" series aggregating the rest at each x.
 */
export function groupSeries(
  rows: readonly Row[],
  keys: readonly string[],
  max: number = MAX_SERIES,
  how: "sum" | "mean" = "sum",
): GroupedSeries {
  if (max <= 0 || keys.length <= max)
    return { rows: [...rows], keys: [...keys], hidden: 0, total: keys.length };
  const totals = keys.map((k, i) => ({
    k,
    i,
    w: rows.reduce((n, r) => n + Math.abs(toNumber(r[k]) ?? 0), 0),
  }));
  totals.sort((a, b) => b.w - a.w || a.i - b.i);
  const kept = totals
    .slice(0, Math.max(1, max - 1))
    .sort((a, b) => a.i - b.i)
    .map((t) => t.k);
  const keptSet = new Set(kept);
  const rest = keys.filter((k) => !keptSet.has(k));
  const key = keptSet.has(OTHER) ? `${OTHER} (grouped)` : OTHER;
  const out = rows.map((r) => {
    const row: Row = {};
    for (const [k, v] of Object.entries(r)) if (!rest.includes(k)) row[k] = v;
    const values = rest.map((k) => toNumber(r[k])).filter((v): v is number => v !== null);
    row[key] = combine(values, how);
    return row;
  });
  return { rows: out, keys: [...kept, key], hidden: rest.length, total: keys.length };
}

/** "Showing 49 of 223 airports; the other 174 are grouped as “Other”." (null when nothing was grouped). */
export function groupedNote(shown: number, total: number, noun: string): string | null {
  const hidden = total - shown;
  if (hidden <= 0) return null;
  return `Showing ${shown} of ${total} ${noun}; the other ${hidden} are grouped as “${OTHER}”.`;
}

/**
 * Legend placement that never covers the plot or the title: below the chart, at most `lines` lines
 * tall (it scrolls beyond that), so Recharts reserves a bounded strip for it.
 */
export function legendProps(count: number, lines = 3) {
  return {
    verticalAlign: "bottom" as const,
    align: "center" as const,
    wrapperStyle: {
      maxHeight: Math.min(count, lines) * 20 + 8,
      overflowY: "auto" as const,
      paddingTop: 8,
      fontSize: 12,
      lineHeight: "20px",
    },
  };
}

/** What a column holds, judged from its values (for fields picked after the code was generated). */
export function valueKind(values: readonly unknown[]): "temporal" | "numeric" | "category" {
  const sample = values.filter((v) => v !== null && v !== undefined).slice(0, 50);
  if (sample.length === 0) return "category";
  if (sample.every((v) => typeof v === "number")) return "numeric";
  if (sample.every((v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v))) return "temporal";
  return "category";
}

/** Reads the chart's fields from params (`x`, `y` as a JSON list, `series`), falling back to the defaults. */
export function fieldsFrom(
  params: Record<string, unknown>,
  defaults: { x: string | null; y: string[]; series: string | null },
): { x: string | null; y: string[]; series: string | null } {
  let y = defaults.y;
  if (typeof params.y === "string" && params.y) {
    try {
      const parsed: unknown = JSON.parse(params.y);
      if (Array.isArray(parsed) && parsed.length > 0)
        y = parsed.filter((v): v is string => typeof v === "string");
    } catch {
      // keep the defaults
    }
  }
  const x = typeof params.x === "string" ? params.x || null : defaults.x;
  const series = typeof params.series === "string" ? params.series || null : defaults.series;
  return { x, y, series };
}
