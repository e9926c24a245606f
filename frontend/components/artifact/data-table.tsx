"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { Row } from "@/lib/sandbox-protocol";
import type { LoadedData } from "@/lib/types";

const ROW_HEIGHT = 32;
const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

function cell(value: Row[string]): string {
  if (value === null) return "∅";
  if (typeof value === "number") return fmt.format(value);
  return String(value);
}

/** The result's rows in a virtualised table (only the visible rows are in the DOM). */
export function DataTable({ data }: { data: LoadedData }) {
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: data.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const numeric = new Set(
    data.columns.filter((c) => /INT|DEC|DOUBLE|FLOAT|REAL|NUMERIC/i.test(c.type)).map((c) => c.name),
  );

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
              {data.columns.map((c) => (
                <th
                  key={c.name}
                  scope="col"
                  className="border-b px-3 py-2 text-left font-medium whitespace-nowrap"
                  title={c.type}
                >
                  {c.name}
                  <span className="ml-1.5 text-xs font-normal text-muted-foreground">
                    {c.type.toLowerCase()}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 ? (
              <tr aria-hidden style={{ height: top }}>
                <td colSpan={data.columns.length} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = data.rows[item.index] ?? {};
              return (
                <tr
                  key={item.key}
                  aria-rowindex={item.index + 2}
                  className="hover:bg-accent/50"
                  style={{ height: ROW_HEIGHT }}
                >
                  {data.columns.map((c) => (
                    <td
                      key={c.name}
                      className={`border-b px-3 whitespace-nowrap ${numeric.has(c.name) ? "text-right tabular-nums" : ""} ${row[c.name] === null ? "text-muted-foreground" : ""}`}
                    >
                      {cell(row[c.name] ?? null)}
                    </td>
                  ))}
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
