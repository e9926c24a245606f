/**
 * The short written answer above the chart: the key number with its unit and one sentence, computed
 * from the result's rows and the chart's fields — never from the model's prose.
 */
import type { ColumnKind, Fields } from "@/lib/chart-fields";
import type { Row } from "@/lib/sandbox-protocol";
import { detectGrain, formatDate, formatExact, humanize, toNumber, unitOf } from "@/sandbox-src/kit/format";

export type WrittenAnswer = { figure: string; label: string; sentence: string };

/** A headline number: rounded to what a reader takes in (the tooltip and Data tab keep every digit). */
export function formatFigure(value: number, unit: string | null): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 4;
  return formatExact(Number(value.toFixed(digits)), unit);
}

const count = new Intl.NumberFormat("en-US");

function pct(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}%`;
}

function lower(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function numbers(rows: readonly Row[], column: string): { row: Row; v: number }[] {
  return rows.flatMap((row) => {
    const v = toNumber(row[column]);
    return v === null ? [] : [{ row, v }];
  });
}

function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** True when two rows share their x value (and series): the rows are records, not one row per group. */
function repeatsGroup(rows: readonly Row[], x: string, series: string | null): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = JSON.stringify([row[x] ?? null, series ? (row[series] ?? null) : null]);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/**
 * The answer for `rows` drawn with `fields`; null when there is nothing to say (no measure). `additive` holds
 * the columns whose values add up (a total or a count per group, as the data event says): only those are
 * summed per series or given as a share of the total — a record's own value, an average or a ratio is not.
 */
export function writtenAnswer(
  rows: readonly Row[],
  fields: Fields,
  kinds: Record<string, ColumnKind>,
  additive: ReadonlySet<string> = new Set(),
  chartType: string | null = null,
): WrittenAnswer | null {
  if (rows.length === 0)
    return { figure: "0 rows", label: "Result", sentence: "No rows match this question." };
  const median = fields.y[2];
  if (chartType === "box" && median && fields.y.length === 5) {
    // A box plot's rows are five numbers of each group: the answer compares the groups by their medians.
    return writtenAnswer(rows, { ...fields, y: [median] }, kinds, new Set());
  }
  const y = fields.y[0];
  if (!y) return null;
  const unit = unitOf(y);
  const label = humanize(y);
  const values = numbers(rows, y);
  if (values.length === 0) return null;
  const fmt = (v: number) => formatFigure(v, unit);
  const x = fields.x;
  const xKind = x ? kinds[x] : undefined;
  const xText = (v: unknown, grain = detectGrain(rows.map((r) => (x ? r[x] : null)))) =>
    xKind === "temporal" ? formatDate(v, grain) : String(v ?? "–");

  if (chartType === "histogram" && x && xKind === "numeric" && !fields.series) {
    const bins = binnedAnswer(values, x, label, fmt);
    if (bins) return bins;
  }

  if (!x || rows.length === 1) {
    const first = values[0] as { row: Row; v: number };
    const others = fields.y
      .slice(1, 3)
      .map((m) => `${lower(humanize(m))} ${formatExact(rows[0]?.[m], unitOf(m))}`);
    const where = x ? ` for ${xText(first.row[x])}` : "";
    const more = others.length ? `, with ${others.join(" and ")}` : "";
    return { figure: fmt(first.v), label, sentence: `${label}${where} is ${fmt(first.v)}${more}.` };
  }

  if (repeatsGroup(rows, x, fields.series)) {
    // Records, not groups: several rows share a category, so adding them up or taking shares of a total would
    // invent figures nobody asked for. The answer names the single highest row.
    const top = values.reduce((a, b) => (b.v > a.v ? b : a));
    const s = fields.series;
    const where = s ? `${xText(top.row[x])}, ${String(top.row[s] ?? "–")}` : xText(top.row[x]);
    return {
      figure: fmt(top.v),
      label: `${label} — ${where}`,
      sentence: `The highest ${lower(label)} of ${count.format(values.length)} rows is ${fmt(top.v)} (${where}).`,
    };
  }

  if (fields.series && !additive.has(y)) {
    // Averages, ratios, extremes: adding them across the x values means nothing, so the answer is the
    // single highest cell (an x value within a series), never a series' total.
    const s = fields.series;
    const top = values.reduce((a, b) => (b.v > a.v ? b : a));
    const where = `${xText(top.row[x])}, ${String(top.row[s] ?? "–")}`;
    return {
      figure: fmt(top.v),
      label: `${label} — ${where}`,
      sentence: `${where} has the highest ${lower(label)} of ${count.format(values.length)} values: ${fmt(top.v)}.`,
    };
  }

  if (fields.series) {
    const s = fields.series;
    const totals = new Map<string, number>();
    for (const { row, v } of values)
      totals.set(String(row[s] ?? "–"), (totals.get(String(row[s] ?? "–")) ?? 0) + v);
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
    const [top, topValue] = ranked[0] as [string, number];
    const all = ranked.reduce((n, [, v]) => n + v, 0);
    const share = all > 0 && ranked.length > 1 ? `, ${pct(topValue, all)} of the total` : "";
    const sentence = `${top} leads the ${count.format(ranked.length)} ${lower(humanize(s))} values with ${fmt(topValue)} in ${lower(label)}${share}.`;
    return { figure: fmt(topValue), label: `${label} — ${top}`, sentence };
  }

  if (xKind === "temporal") {
    const ordered = values
      .filter(({ row }) => typeof row[x] === "string")
      .sort((a, b) => String(a.row[x]).localeCompare(String(b.row[x])));
    const first = ordered[0];
    const last = ordered.at(-1);
    if (!first || !last) return null;
    const peak = ordered.reduce((a, b) => (b.v > a.v ? b : a));
    let change = "";
    if (first.v !== 0 && first !== last) {
      const delta = (last.v - first.v) / Math.abs(first.v);
      const dir = delta >= 0 ? "up" : "down";
      change = `, ${dir} ${Math.abs(Math.round(delta * 100))}% from ${fmt(first.v)} in ${xText(first.row[x])}`;
    }
    const peakNote = peak !== last ? `; the peak was ${fmt(peak.v)} in ${xText(peak.row[x])}` : "";
    return {
      figure: fmt(last.v),
      label: `${label}, ${xText(last.row[x])}`,
      sentence: `${label} was ${fmt(last.v)} in ${xText(last.row[x])}${change}${peakNote}.`,
    };
  }

  if (xKind === "numeric" && rows.length >= 3 && kinds[y] === "numeric" && fields.y.length === 1) {
    const pairs = values.filter(({ row }) => toNumber(row[x]) !== null);
    const r = correlation(
      pairs.map(({ row }) => toNumber(row[x]) as number),
      pairs.map(({ v }) => v),
    );
    if (r !== null && pairs.length > 20) {
      const strength = Math.abs(r) >= 0.7 ? "strongly" : Math.abs(r) >= 0.4 ? "moderately" : "barely";
      const dir = r >= 0 ? "rises" : "falls";
      return {
        figure: `r = ${r.toFixed(2)}`,
        label: `${label} vs ${lower(humanize(x))}`,
        sentence: `${label} ${strength} ${dir} with ${lower(humanize(x))} (correlation ${r.toFixed(2)} over ${count.format(pairs.length)} points).`,
      };
    }
  }

  const ranked = [...values].sort((a, b) => b.v - a.v);
  const top = ranked[0] as { row: Row; v: number };
  const bottom = ranked.at(-1) as { row: Row; v: number };
  const all = values.reduce((n, { v }) => n + v, 0);
  const adds = additive.has(y) && values.every(({ v }) => v >= 0);
  const share = adds && all > 0 ? `, ${pct(top.v, all)} of the total` : "";
  const noun = lower(humanize(x));
  const low = ranked.length > 2 ? `; the lowest is ${xText(bottom.row[x])} with ${fmt(bottom.v)}` : "";
  return {
    figure: fmt(top.v),
    label: `${label} — ${xText(top.row[x])}`,
    sentence: `${xText(top.row[x])} has the highest ${lower(label)} of ${count.format(values.length)} ${noun} values: ${fmt(top.v)}${share}${low}.`,
  };
}

/**
 * A histogram's answer: its bars are ranges of one measure, each starting at its x value and as wide as the gap
 * between neighbouring bars, so the tallest bar says where most values lie, never that a value "has the highest
 * count" as if it were a category.
 */
function binnedAnswer(
  values: { row: Row; v: number }[],
  x: string,
  label: string,
  fmt: (v: number) => string,
): WrittenAnswer | null {
  const bins = values.flatMap(({ row, v }) => {
    const start = toNumber(row[x]);
    return start === null ? [] : [{ start, v }];
  });
  if (bins.length === 0 || bins.some(({ v }) => v < 0)) return null;
  const starts = [...new Set(bins.map((b) => b.start))].sort((a, b) => a - b);
  const gaps = starts.slice(1).map((s, i) => s - (starts[i] as number));
  const width = gaps.length ? Math.min(...gaps) : null;
  const top = bins.reduce((a, b) => (b.v > a.v ? b : a));
  const all = bins.reduce((n, { v }) => n + v, 0);
  const unit = unitOf(x.replace(/_bin$/i, ""));
  const from = formatExact(top.start, unit);
  const range = width ? `between ${from} and ${formatExact(top.start + width, unit)}` : `at ${from}`;
  const share = all > 0 ? ` (${fmt(top.v)} of ${fmt(all)}, ${pct(top.v, all)})` : "";
  return {
    figure: fmt(top.v),
    label: width ? `${label} — ${from} to ${formatExact(top.start + width, unit)}` : `${label} — ${from}`,
    // "Most" only when the bin holds most of the rows; else it is the most common range, no more.
    sentence:
      2 * top.v > all ? `Most values lie ${range}${share}.` : `The most common range is ${range}${share}.`,
  };
}

/** The analyst's reason for an empty result ("No rows for 2024: date of flights runs from … to …."), if it gave one. */
export function emptyReason(thoughts: readonly string[]): string | null {
  for (const t of thoughts) {
    const m = /^No rows for .*?\.(?=\s|$)/.exec(t);
    if (m) return m[0];
  }
  return null;
}
