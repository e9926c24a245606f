"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { useMemo, useRef, useState } from "react";
import { columnFormatter, compareCells } from "@/lib/table-format";
import type { LoadedData } from "@/lib/types";
import { humanize } from "@/sandbox-src/kit/format";

const ROW_HEIGHT = 32;
type Sort = { column: string; dir: "ascending" | "descending" } | null;

/** The result's rows in a virtualised table (only the visible rows are in the DOM). */
export function DataTable({ data }: { data: LoadedData }) {
  const scroller = useRef<HTMLElement>(null);
  const [sort, setSort] = useState<Sort>(null);
  const formats = useMemo(
    () => new Map(data.columns.map((c) => [c.name, columnFormatter(c, data.rows)])),
    [data.columns, data.rows],
  );
  const rows = useMemo(() => {
    if (!sort) return data.rows;
    const dir = sort.dir === "ascending" ? 1 : -1;
    return [...data.rows].sort((a, b) => {
      const x = a[sort.column] ?? null;
      const y = b[sort.column] ?? null;
      // Empty cells stay at the bottom in both directions.
      return x === null || y === null ? compareCells(x, y) : dir * compareCells(x, y);
    });
  }, [data.rows, sort]);
  const cycle = (column: string) =>
    setSort((s) =>
      s?.column !== column
        ? { column, dir: "ascending" }
        : s.dir === "ascending"
          ? { column, dir: "descending" }
          : null,
    );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      <div className="text-xs text-muted-foreground">
        {data.rows.length === data.rowCount
          ? `${data.rowCount.toLocaleString("en-US")} rows`
          : `Showing ${data.rows.length.toLocaleString("en-US")} of ${data.rowCount.toLocaleString("en-US")} rows`}
        {data.reduction ? ` — reduced for the chart: ${data.reduction}` : ""}
        {data.truncated ? " — the result was truncated by the row limit" : ""}
      </div>
      {/* A scrollable region must be reachable by keyboard, hence the tabIndex. */}
      <section
        ref={scroller}
        className="min-h-0 flex-1 overflow-auto rounded-lg border bg-card"
        style={{ maxHeight: "calc(100vh - 220px)" }}
        tabIndex={0}
        aria-label="Result rows"
      >
        <table
          className="w-full border-separate border-spacing-0 text-sm"
          aria-rowcount={data.rows.length + 1}
        >
          <thead className="sticky top-0 z-10 bg-muted">
            <tr>
              {data.columns.map((c) => {
                const dir = sort?.column === c.name ? sort.dir : undefined;
                const Icon =
                  dir === "ascending" ? ArrowUpIcon : dir === "descending" ? ArrowDownIcon : ArrowUpDownIcon;
                return (
                  <th
                    key={c.name}
                    scope="col"
                    aria-sort={dir ?? "none"}
                    className={`border-b px-1 py-1 font-medium whitespace-nowrap ${formats.get(c.name)?.numeric ? "text-right" : "text-left"}`}
                    title={`${c.name} · ${c.type}`}
                  >
                    <button
                      type="button"
                      onClick={() => cycle(c.name)}
                      className="inline-flex items-center gap-1 rounded px-2 py-1 outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring/50"
                    >
                      {humanize(c.name)}
                      <Icon className={`size-3.5 ${dir ? "" : "opacity-40"}`} aria-hidden />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {top > 0 ? (
              <tr aria-hidden style={{ height: top }}>
                <td colSpan={data.columns.length} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = rows[item.index] ?? {};
              return (
                <tr
                  key={item.key}
                  aria-rowindex={item.index + 2}
                  className="hover:bg-accent/50"
                  style={{ height: ROW_HEIGHT }}
                >
                  {data.columns.map((c) => {
                    const f = formats.get(c.name);
                    const v = row[c.name] ?? null;
                    return (
                      <td
                        key={c.name}
                        className={`border-b px-3 whitespace-nowrap ${f?.numeric ? "text-right tabular-nums" : ""} ${v === null ? "text-muted-foreground" : ""}`}
                      >
                        {f ? f.format(v) : String(v ?? "∅")}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {bottom > 0 ? (
              <tr aria-hidden style={{ height: bottom }}>
                <td colSpan={data.columns.length} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>
    </div>
  );
}
