/** Fetches a result for the preview: JSON for small results, Arrow for large ones (reduced before charting). */
import { DataType, type Field, tableFromIPC, util } from "apache-arrow";
import { apiFetch, type ClientConfig, dataUrlFor } from "@/lib/api-client";
import type { Cell, Row } from "@/lib/sandbox-protocol";
import { validateRows } from "@/lib/sandbox-protocol";
import { type DataColumn, type DataPayload, type DataResponse, dataResponseSchema } from "@/lib/schemas";
import type { LoadedData } from "@/lib/types";

/** The most rows a chart receives; the data table and downloads keep the full result. */
export const MAX_CHART_ROWS = 5000;

/** Row arrays → row objects keyed by column name. */
export function toRecords(
  columns: readonly DataColumn[],
  rows: readonly (readonly unknown[])[],
): Record<string, unknown>[] {
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      o[c.name] = r[i] ?? null;
    });
    return o;
  });
}

/** JSON body of `/api/data/{id}` or `/api/query` → validated rows. */
export function fromDataResponse(source: string, body: DataResponse): LoadedData {
  const rows = validateRows(toRecords(body.columns, body.rows));
  return {
    source,
    columns: body.columns,
    rows,
    rowCount: body.row_count,
    truncated: body.truncated,
    reduction: null,
  };
}

/** An instant as the backend's JSON writes it: ISO without a zone, the fraction only when there is one. */
function isoInstant(ms: number): string {
  return new Date(ms)
    .toISOString()
    .slice(0, 23)
    .replace(/\.000$/, "")
    .replace(/(\.\d*[1-9])0+$/, "$1");
}

/** JSON has no number for NaN and ±infinity: the backend sends these strings (what `Number()` reads back). */
const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

function nonFiniteText(n: number): string {
  return Number.isNaN(n) ? "NaN" : n > 0 ? "Infinity" : "-Infinity";
}

const FLOATING = /^(DOUBLE|FLOAT|REAL|FLOAT[48])\b/i;

/**
 * The rows a chart draws: NaN and ±infinity of floating columns become null (no axis can place them; the
 * Data tab still shows them). The same array when there are none.
 */
export function chartableRows(columns: readonly DataColumn[], rows: Row[]): Row[] {
  const floating = columns.filter((c) => FLOATING.test(c.type.trim())).map((c) => c.name);
  if (floating.length === 0) return rows;
  const hit = (r: Row) => floating.some((k) => typeof r[k] === "string" && NON_FINITE.has(r[k] as string));
  if (!rows.some(hit)) return rows;
  return rows.map((r) => {
    if (!hit(r)) return r;
    const copy: Row = { ...r };
    for (const k of floating)
      if (typeof copy[k] === "string" && NON_FINITE.has(copy[k] as string)) copy[k] = null;
    return copy;
  });
}

/** One Arrow value → a JSON-like cell, matching the backend's JSON encoding. */
function arrowCell(field: Field, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  const t = field.type;
  if (DataType.isDate(t)) return new Date(Number(value)).toISOString().slice(0, 10);
  if (DataType.isTimestamp(t)) return isoInstant(Number(value));
  if (DataType.isDecimal(t))
    return util.bigNumToNumber(value as Parameters<typeof util.bigNumToNumber>[0], t.scale);
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return typeof value === "number" && !Number.isFinite(value) ? nonFiniteText(value) : value;
  }
  if (value instanceof Date) return isoInstant(value.getTime());
  return String(value);
}

/** Arrow IPC stream bytes → columns and row objects. */
export function fromArrow(bytes: Uint8Array): { columns: DataColumn[]; rows: Row[] } {
  const table = tableFromIPC(bytes);
  const fields = table.schema.fields;
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    fields.forEach((f, i) => {
      row[f.name] = arrowCell(f, vectors[i]?.get(r));
    });
    rows[r] = row;
  }
  return { columns: fields.map((f) => ({ name: f.name, type: String(f.type) })), rows };
}

/**
 * Reduces rows for a chart while keeping its shape: consecutive buckets keep the rows holding the
 * minimum and maximum of the first numeric column (an M4-like reduction); without one, the first rows.
 */
export function reduceForChart(rows: Row[], max = MAX_CHART_ROWS): { rows: Row[]; note: string | null } {
  if (rows.length <= max) return { rows, note: null };
  const first = rows[0] ?? {};
  // The last numeric column is usually the measure (the first is often a numeric x).
  const measure = Object.keys(first).findLast((k) => typeof first[k] === "number");
  const total = rows.length.toLocaleString("en-US");
  if (!measure)
    return { rows: rows.slice(0, max), note: `first ${max.toLocaleString("en-US")} of ${total} rows` };
  const buckets = Math.floor(max / 2);
  const size = rows.length / buckets;
  const out: Row[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(rows.length, Math.floor((b + 1) * size));
    let lo = start;
    let hi = start;
    for (let i = start; i < end; i++) {
      const v = rows[i]?.[measure];
      if (typeof v !== "number") continue;
      if (v < ((rows[lo]?.[measure] as number) ?? v)) lo = i;
      if (v > ((rows[hi]?.[measure] as number) ?? v)) hi = i;
    }
    const a = rows[Math.min(lo, hi)];
    const c = rows[Math.max(lo, hi)];
    if (a) out.push(a);
    if (c && lo !== hi) out.push(c);
  }
  return {
    rows: out,
    note: `${out.length.toLocaleString("en-US")} of ${total} rows (min/max of ${measure} per bucket)`,
  };
}

/** A large stored result: fetched as Arrow IPC and reduced for the chart. */
export async function loadArrowResult(
  config: ClientConfig,
  meta: { source: string; dataId: string; rowCount: number; truncated: boolean; columns?: DataColumn[] },
  signal?: AbortSignal,
): Promise<LoadedData> {
  const res = await apiFetch(config, dataUrlFor(config, meta.dataId, "arrow"), { signal });
  const { columns, rows } = fromArrow(new Uint8Array(await res.arrayBuffer()));
  const reduced = reduceForChart(validateRows(rows));
  return {
    source: meta.source,
    columns: meta.columns?.length ? meta.columns : columns,
    rows: reduced.rows,
    rowCount: meta.rowCount,
    truncated: meta.truncated,
    reduction: reduced.note,
  };
}

/** Loads the rows a `data` event points at: JSON when small, Arrow when large. */
export async function loadData(
  config: ClientConfig,
  data: DataPayload,
  signal?: AbortSignal,
): Promise<LoadedData> {
  if (data.reduced) {
    // The engine reduced the rows for the chart; the full result stays at `data.url` for downloads.
    const res = await apiFetch(config, data.reduced.url, { signal });
    const chart = fromDataResponse(data.url, dataResponseSchema.parse(await res.json()));
    return { ...chart, rowCount: data.row_count, truncated: data.truncated, reduction: data.reduced.note };
  }
  if (data.size === "small" && data.format === "json") {
    const res = await apiFetch(config, data.url, { signal });
    return fromDataResponse(data.url, dataResponseSchema.parse(await res.json()));
  }
  return loadArrowResult(
    config,
    {
      source: data.url,
      dataId: data.data_id,
      rowCount: data.row_count,
      truncated: data.truncated,
      columns: data.columns,
    },
    signal,
  );
}
