/** One format per Data-tab column: numbers with the column's precision, dates at the column's grain. */
import { type ColumnKind, columnKind } from "@/lib/chart-fields";
import type { Cell, Row } from "@/lib/sandbox-protocol";
import type { DataColumn } from "@/lib/schemas";
import { decimalsFor, detectGrain, formatDate, formatFixed } from "@/sandbox-src/kit/format";

export type ColumnFormat = { kind: ColumnKind; numeric: boolean; format: (value: Cell) => string };

const INTEGER =
  /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|U?INT\d*|UTINYINT|USMALLINT|UINTEGER|UBIGINT)\b/i;

/** The formatter for a column, decided once from its type and values. */
export function columnFormatter(column: DataColumn, rows: readonly Row[]): ColumnFormat {
  const kind = columnKind(column, rows);
  const values = rows.slice(0, 2000).map((r) => r[column.name]);
  const empty = "∅";
  if (kind === "numeric") {
    const scale = /DECIMAL\(\s*\d+\s*,\s*(\d+)\s*\)/i.exec(column.type)?.[1];
    const digits = INTEGER.test(column.type) ? 0 : scale !== undefined ? Number(scale) : decimalsFor(values);
    // Years read as years, not as "2,024".
    const yearLike =
      digits === 0 &&
      /year/i.test(column.name) &&
      values.every((v) => v === null || (typeof v === "number" && v > 999 && v < 10000));
    return {
      kind,
      numeric: true,
      format: (v) =>
        typeof v === "number"
          ? yearLike
            ? String(v)
            : formatFixed(v, digits)
          : v === null
            ? empty
            : String(v),
    };
  }
  if (kind === "temporal") {
    const grain = detectGrain(values);
    return { kind, numeric: false, format: (v) => (v === null ? empty : formatDate(v, grain)) };
  }
  return { kind, numeric: false, format: (v) => (v === null ? empty : String(v)) };
}

/** Orders cells: nulls last, numbers numerically, everything else as text (ISO dates sort as text). */
export function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { numeric: true });
}
