import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { chartableRows, fromArrow, fromDataResponse, reduceForChart, toRecords } from "@/lib/data-loader";

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

  it("reads exact JSON numbers, NaN/infinity strings and fractional seconds, and charts only finite values", () => {
    // The backend's JSON: a DECIMAL(38,9) with all its digits, NaN and ±infinity as strings, microseconds.
    const body = JSON.parse(
      '{"columns":[{"name":"t","type":"TIMESTAMP"},{"name":"wide","type":"DECIMAL(38,9)"},' +
        '{"name":"ratio","type":"DOUBLE"},{"name":"label","type":"VARCHAR"}],' +
        '"rows":[["2024-01-02T03:04:05.123456",12345678901234567890.123456789,"NaN","NaN"],' +
        '["2024-01-02T03:04:06",123.45,"-Infinity","x"]],"row_count":2,"truncated":false}',
    );
    const loaded = fromDataResponse("/x", body);
    expect(loaded.rows[0]).toEqual({
      t: "2024-01-02T03:04:05.123456",
      wide: 12345678901234567000,
      ratio: "NaN",
      label: "NaN",
    });
    const drawn = chartableRows(loaded.columns, loaded.rows);
    expect(drawn.map((r) => r.ratio)).toEqual([null, null]);
    expect(drawn.map((r) => r.label)).toEqual(["NaN", "x"]); // text stays text
    expect(drawn.map((r) => r.wide)).toEqual([12345678901234567000, 123.45]);
    // Arrow (large results) gives the same cells as JSON: non-finite floats as strings, milliseconds kept.
    const arrow = fromArrow(
      tableToIPC(
        tableFromArrays({ x: new Float64Array([Number.NaN, Number.POSITIVE_INFINITY, 2]) }),
        "stream",
      ),
    );
    expect(arrow.rows.map((r) => r.x)).toEqual(["NaN", "Infinity", 2]);
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
