/**
 * The fields a chart draws (x, one or more y, an optional series), kept in the chart's params so
 * pickers, the written answer and the component agree. Validation is by column kind.
 */
import type { ParamValues, Row } from "@/lib/sandbox-protocol";
import type { DataColumn } from "@/lib/schemas";
import { isIsoDate, suggestTitle } from "@/sandbox-src/kit/format";

export type ColumnKind = "numeric" | "temporal" | "text" | "boolean";
export type Fields = { x: string | null; y: string[]; series: string | null };

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL|INT\d+|UINT\d+|FLOAT\d+|DECIMAL\(.*\)|DOUBLE PRECISION)/i;
const TEMPORAL = /^(DATE|TIMESTAMP|TIME|DATETIME|DATE\d+|TIMESTAMP.*)/i;

/** A column's kind from its SQL type, or from its values when the type says nothing. */
export function columnKind(column: DataColumn, rows: readonly Row[] = []): ColumnKind {
  const t = column.type.trim();
  if (/^BOOL/i.test(t)) return "boolean";
  if (TEMPORAL.test(t)) return "temporal";
  if (NUMERIC.test(t)) return "numeric";
  const sample = rows
    .slice(0, 50)
    .map((r) => r[column.name])
    .filter((v) => v !== null && v !== undefined);
  if (sample.length > 0 && sample.every((v) => typeof v === "number")) return "numeric";
  if (sample.length > 0 && sample.every(isIsoDate)) return "temporal";
  return "text";
}

/** The fields in `params` (empty strings and a missing y mean "none"). */
export function readFields(params: ParamValues): Fields | null {
  if (!("x" in params) && !("y" in params)) return null;
  let y: string[] = [];
  try {
    const parsed: unknown = JSON.parse(String(params.y ?? "[]"));
    if (Array.isArray(parsed)) y = parsed.filter((v): v is string => typeof v === "string");
  } catch {
    y = [];
  }
  const x = typeof params.x === "string" && params.x ? params.x : null;
  const series = typeof params.series === "string" && params.series ? params.series : null;
  return { x, y, series };
}

/** Fields as params values. */
export function writeFields(f: Fields): ParamValues {
  return { x: f.x ?? "", y: JSON.stringify(f.y), series: f.series ?? "" };
}

/** A plausible chart for a result nobody chose fields for: first time/text column by the numeric ones. */
export function inferFields(columns: readonly DataColumn[], rows: readonly Row[] = []): Fields {
  const kinds = columns.map((c) => ({ name: c.name, kind: columnKind(c, rows) }));
  const numeric = kinds.filter((k) => k.kind === "numeric").map((k) => k.name);
  const x =
    kinds.find((k) => k.kind === "temporal")?.name ??
    kinds.find((k) => k.kind === "text")?.name ??
    (numeric.length > 1 ? (numeric[0] ?? null) : null);
  const y = numeric.filter((n) => n !== x);
  return { x, y: y.slice(0, 3), series: null };
}

/** Problems with a choice of fields for this result, in words a person acts on (empty when valid). */
export function validateFields(
  f: Fields,
  columns: readonly DataColumn[],
  rows: readonly Row[] = [],
): string[] {
  const byName = new Map(columns.map((c) => [c.name, columnKind(c, rows)]));
  const problems: string[] = [];
  if (f.x !== null && !byName.has(f.x)) problems.push(`X: the result has no column “${f.x}”.`);
  if (f.y.length === 0) problems.push("Y: pick at least one numeric column.");
  for (const y of f.y) {
    const kind = byName.get(y);
    if (kind === undefined) problems.push(`Y: the result has no column “${y}”.`);
    else if (kind !== "numeric") problems.push(`Y: “${y}” is ${kind}, not a number.`);
    else if (y === f.x) problems.push(`Y: “${y}” is already on the X axis.`);
  }
  if (f.series !== null) {
    const kind = byName.get(f.series);
    if (kind === undefined) problems.push(`Series: the result has no column “${f.series}”.`);
    else if (kind === "numeric")
      problems.push(`Series: “${f.series}” is numeric; pick a text or date column.`);
    else if (f.series === f.x) problems.push("Series: pick a column other than X.");
    if (f.y.length > 1) problems.push("Series: split one measure only (pick a single Y).");
  }
  return problems;
}

/** True when the result has something to chart: a listing with no numeric column has no fields to pick. */
export function hasChartFields(columns: readonly DataColumn[], rows: readonly Row[] = []): boolean {
  return columns.some((c) => columnKind(c, rows) === "numeric");
}

/** Columns a picker offers: X any column, Y numeric ones, series text/date/boolean ones. */
export function fieldOptions(columns: readonly DataColumn[], rows: readonly Row[] = []) {
  const kinds = columns.map((c) => ({ name: c.name, kind: columnKind(c, rows) }));
  return {
    x: kinds.map((k) => k.name),
    y: kinds.filter((k) => k.kind === "numeric").map((k) => k.name),
    series: kinds.filter((k) => k.kind !== "numeric").map((k) => k.name),
  };
}

/** Fields that still fit a new result (edited SQL): kept where the columns exist, inferred otherwise. */
export function fieldsForResult(
  previous: Fields | null,
  columns: readonly DataColumn[],
  rows: readonly Row[],
): Fields {
  if (previous && validateFields(previous, columns, rows).length === 0) return previous;
  const inferred = inferFields(columns, rows);
  if (!previous) return inferred;
  const names = new Set(columns.map((c) => c.name));
  const y = previous.y.filter(
    (c) =>
      names.has(c) &&
      columnKind(columns.find((k) => k.name === c) ?? { name: c, type: "" }, rows) === "numeric",
  );
  const x = previous.x && names.has(previous.x) ? previous.x : inferred.x;
  const candidate: Fields = {
    x,
    y: y.length ? y : inferred.y,
    series: previous.series && names.has(previous.series) ? previous.series : null,
  };
  return validateFields(candidate, columns, rows).length === 0 ? candidate : inferred;
}

export { suggestTitle };
