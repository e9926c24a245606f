import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { fromArrow, fromDataResponse, reduceForChart, toRecords } from "@/lib/data-loader";

describe("data loading", () => {
  it("turns the JSON rows into validated records", () => {
    const columns = [
      { name: "region", type: "VARCHAR" },
      { name: "total", type: "DOUBLE" },
    ];
    expect(toRecords(columns, [["Europe", 1.5]])).toEqual([{ region: "Europe", total: 1.5 }]);
    const loaded = fromDataResponse("/x", { columns, rows: [["Asia", 2]], row_count: 1, truncated: false });
    expect(loaded.rows).toEqual([{ region: "Asia", total: 2 }]);
    expect(() =>
      fromDataResponse("/x", { columns, rows: [["Asia", { bad: 1 }]], row_count: 1, truncated: false }),
    ).toThrow(/Invalid chart data/);
  });

  it("decodes Arrow IPC with bigints and dates into JSON-like cells", () => {
    const table = tableFromArrays({
      n: new BigInt64Array([1n, 2n]),
      x: new Float64Array([0.5, 1.5]),
      s: ["a", "b"],
    });
    const { columns, rows } = fromArrow(tableToIPC(table, "stream"));
    expect(columns.map((c) => c.name)).toEqual(["n", "x", "s"]);
    expect(rows).toEqual([
      { n: 1, x: 0.5, s: "a" },
      { n: 2, x: 1.5, s: "b" },
    ]);
  });

  it("reduces large results per bucket, keeping each bucket's extremes", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      t: i,
      v: i === 54_321 ? 1e9 : Math.sin(i / 100),
    }));
    const { rows: out, note } = reduceForChart(rows, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.some((r) => r.v === 1e9)).toBe(true);
    expect(note).toMatch(/of 100,000 rows/);
    const ordered = out.map((r) => r.t as number);
    expect([...ordered].sort((a, b) => a - b)).toEqual(ordered);
    expect(reduceForChart(rows.slice(0, 10)).note).toBeNull();
  });
});
