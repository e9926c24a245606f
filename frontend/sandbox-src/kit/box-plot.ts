/**
 * A box plot's numbers and geometry (pure; no React). A box-plot row holds five numbers of one measure's values,
 * named by the chart's y fields in order: minimum, first quartile, median, third quartile, maximum (and often a
 * `count` of the values). Recharts has no box primitive: the view draws a bar over the range minimum–maximum and
 * a custom shape inside it, placed with `boxAt`.
 */
import type { Row } from "./chart-model";
import { toNumber } from "./format";

export type BoxFigures = {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  count: number | null;
};

export const BOX_PARTS = ["min", "q1", "median", "q3", "max"] as const;
/** Short names of the five numbers, as the tooltip and the accessible description say them. */
export const BOX_NAMES: Record<(typeof BOX_PARTS)[number], string> = {
  min: "Minimum",
  q1: "First quartile",
  median: "Median",
  q3: "Third quartile",
  max: "Maximum",
};

/** The five numbers of a row (null when one is missing), and its count when the row has one. */
export function boxFigures(row: Row, keys: readonly string[], countKey = "count"): BoxFigures | null {
  const v = BOX_PARTS.map((_, i) => toNumber(row[keys[i] ?? ""]));
  if (v.some((n) => n === null)) return null;
  const [min, q1, median, q3, max] = v as number[];
  return { min, q1, median, q3, max, count: toNumber(row[countKey]) } as BoxFigures;
}

/** A row's range for the bar the box is drawn in: [minimum, maximum]. */
export function boxRange(keys: readonly string[]) {
  return (row: Row): [number, number] | null => {
    const f = boxFigures(row, keys);
    return f ? [f.min, f.max] : null;
  };
}

/**
 * Pixel heights of the five numbers inside the bar drawn from the minimum (bottom, y + height) to the maximum
 * (top, y): a linear axis puts each number in proportion between the two.
 */
export function boxAt(y: number, height: number, f: BoxFigures): Record<(typeof BOX_PARTS)[number], number> {
  const span = f.max - f.min;
  const at = (v: number) => (span > 0 ? y + ((f.max - v) / span) * height : y + height / 2);
  return { min: at(f.min), q1: at(f.q1), median: at(f.median), q3: at(f.q3), max: at(f.max) };
}

/** The sentence a box says to a screen reader and its tooltip: "Finance: median 52,712; …; 50 values". */
export function boxSummary(name: string, f: BoxFigures, format: (v: number) => string): string {
  const parts = (["median", "q1", "q3", "min", "max"] as const).map(
    (p) => `${BOX_NAMES[p].toLowerCase()} ${format(f[p])}`,
  );
  const count = f.count === null ? "" : `; ${f.count.toLocaleString("en-US")} values`;
  return `${name}: ${parts.join(", ")}${count}`;
}

/** The value axis's title: the measure the five numbers are of ("Median salary (USD)" → "Salary (USD)"). */
export function boxValueTitle(medianLabel: string): string {
  const text = medianLabel.replace(/^Median\s+/i, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
