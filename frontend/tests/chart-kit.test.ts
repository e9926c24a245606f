import { describe, expect, it } from "vitest";
import { type ChartConfig, chartRows, inXOrder } from "@/sandbox-src/kit/chart-model";
import { crowdedTicks, kpiFontSize, pieLabelsFit } from "@/sandbox-src/kit/chart-parts";
import {
  decimalsFor,
  detectGrain,
  exactString,
  formatCompact,
  formatDate,
  formatExact,
  humanize,
  suggestTitle,
  unitOf,
} from "@/sandbox-src/kit/format";
import { groupCategories, groupedNote, groupSeries, otherAggregate } from "@/sandbox-src/kit/group-other";

describe("labels", () => {
  it("turns column names into readable labels with their unit", () => {
    expect(humanize("avg_body_mass_g")).toBe("Average body mass (g)");
    expect(humanize("total_amount")).toBe("Total amount");
    expect(humanize("beak_length_mm")).toBe("Beak length (mm)");
    expect(humanize("n")).toBe("N");
    expect(humanize("product_id")).toBe("Product ID");
    expect(humanize("sum_revenue_usd")).toBe("Total revenue (USD)");
    expect(unitOf("body_mass_g")).toBe("g");
    expect(unitOf("g")).toBeNull();
    expect(unitOf("region")).toBeNull();
  });

  it("suggests a human title from the fields", () => {
    expect(suggestTitle(["avg_body_mass_g"], "species", null)).toBe("Average body mass (g) by species");
    expect(suggestTitle(["total_amount"], "month", "region")).toBe("Total amount by month and region");
    expect(suggestTitle([], null, null)).toBe("Query result");
  });
});

describe("numbers", () => {
  it("writes exact values without float noise", () => {
    expect(exactString(173.29999999999998)).toBe("173.3");
    expect(exactString(0.1 + 0.2)).toBe("0.3");
    expect(exactString(1234567.891)).toBe("1234567.891");
    expect(exactString(Number.NaN)).toBe("");
    expect(formatExact(225143.7)).toBe("225,143.7");
    expect(formatExact(4200, "g")).toBe("4,200 g");
    expect(formatExact(12.5, "USD")).toBe("$12.5");
    expect(formatExact(null)).toBe("–");
  });

  it("keeps axis labels short", () => {
    expect(formatCompact(225143.7)).toBe("225.1K");
    expect(formatCompact(12.345)).toBe("12.35");
    expect(formatCompact(45, "%")).toBe("45%");
  });

  it("uses one precision per column", () => {
    expect(decimalsFor([1, 2.5, 3.25])).toBe(2);
    expect(decimalsFor([173.29999999999998, 1])).toBe(1);
    expect(decimalsFor([1, 2, 3])).toBe(0);
    expect(decimalsFor([Math.PI])).toBe(4);
  });
});

describe("dates", () => {
  it("formats dates at their grain", () => {
    expect(formatDate("2001-01-05T00:00:00")).toBe("Jan 5, 2001");
    expect(formatDate("2024-04-01", "quarter")).toBe("Q2 2024");
    expect(formatDate("2024-03-01", "month")).toBe("Mar 2024");
    expect(formatDate("2024-03-01T13:45:00", "time")).toBe("Mar 1, 2024 13:45");
    expect(formatDate("not a date")).toBe("not a date");
    expect(detectGrain(["2023-01-01", "2024-01-01"])).toBe("year");
    expect(detectGrain(["2023-01-01", "2023-02-01"])).toBe("month");
    expect(detectGrain(["2023-01-01T00:00:00", "2023-01-02T00:00:00"])).toBe("day");
    expect(detectGrain(["2023-01-01T10:30:00"])).toBe("time");
  });
});

describe("grouping into Other", () => {
  const airports = Array.from({ length: 223 }, (_, i) => ({ airport: `A${i}`, flights: 1000 - i }));

  it("keeps the largest categories in their order and folds the rest into Other", () => {
    const g = groupCategories(airports, "airport", ["flights"], 50);
    expect(g.rows).toHaveLength(50);
    expect(g.rows[0]).toEqual({ airport: "A0", flights: 1000 });
    expect(g.rows.at(-1)?.airport).toBe("Other");
    const hiddenTotal = airports.slice(49).reduce((n, r) => n + r.flights, 0);
    expect(g.rows.at(-1)?.flights).toBe(hiddenTotal);
    expect(g.hidden).toBe(174);
    expect(groupedNote(g.shown, g.total, "airports")).toBe(
      "Showing 49 of 223 airports; the other 174 are grouped as “Other”.",
    );
  });

  it("ranks by size, not by position", () => {
    const rows = [
      { k: "a", v: 1 },
      { k: "b", v: 100 },
      { k: "c", v: 50 },
      { k: "d", v: 2 },
    ];
    const g = groupCategories(rows, "k", ["v"], 3);
    expect(g.rows.map((r) => r.k)).toEqual(["b", "c", "Other"]);
    expect(g.rows[2]?.v).toBe(3);
  });

  it("averages non-additive measures", () => {
    expect(otherAggregate("avg_price")).toBe("mean");
    expect(otherAggregate("delay_rate")).toBe("mean");
    expect(otherAggregate("total_amount")).toBe("sum");
    const g = groupCategories(
      [
        { k: "a", avg_price: 10 },
        { k: "b", avg_price: 4 },
        { k: "c", avg_price: 2 },
      ],
      "k",
      ["avg_price"],
      2,
    );
    expect(g.rows[1]).toEqual({ k: "Other", avg_price: 3 });
  });

  it("leaves short results alone", () => {
    const rows = [{ k: "a", v: 1 }];
    expect(groupCategories(rows, "k", ["v"], 50).rows).toEqual(rows);
    expect(groupedNote(1, 1, "rows")).toBeNull();
  });

  it("keeps at most 12 series, the rest as one Other series per x", () => {
    const keys = Array.from({ length: 20 }, (_, i) => `s${i}`);
    const rows = [0, 1].map((x) => Object.fromEntries([["x", x], ...keys.map((k, i) => [k, i + 1])]));
    const g = groupSeries(rows, keys, 12);
    expect(g.keys).toHaveLength(12);
    expect(g.keys.at(-1)).toBe("Other");
    expect(g.keys).toContain("s19");
    expect(g.keys).not.toContain("s0");
    // s0..s8 (values 1..9) are folded: 45 at every x.
    expect(g.rows[0]?.Other).toBe(45);
    expect(g.rows[0]?.s0).toBeUndefined();
    expect(g.hidden).toBe(9);
  });
});

describe("pie", () => {
  it("names the slices with labels where they fit beside the pie, with the legend where they would be cut", () => {
    // "Latin America" (13 characters) at the default height of 360 px.
    expect(pieLabelsFit(1000, 360, 13)).toBe(true);
    expect(pieLabelsFit(540, 360, 13)).toBe(false); // the desktop pane cut "Latin America 9%"
    expect(pieLabelsFit(366, 360, 13)).toBe(false); // a phone
    expect(pieLabelsFit(540, 360, 4)).toBe(true); // short names fit
  });
});

describe("crowded category axes", () => {
  const names = [...Array.from({ length: 49 }, (_, i) => `airport ${i}`), "Other"];

  it("thins slanted labels to about 22 px apart and always names the first and the last bar", () => {
    for (const width of [240, 500, 700]) {
      const ticks = crowdedTicks(names, width);
      expect(ticks[0]).toBe("airport 0");
      expect(ticks.at(-1)).toBe("Other");
      const positions = ticks.map((v) => names.indexOf(String(v)));
      const gaps = positions.slice(1).map((p, i) => p - (positions[i] ?? 0));
      // Evenly spaced (gaps differ by at most one bar), each at least 22 px wide.
      expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
      expect((Math.min(...gaps) * width) / names.length).toBeGreaterThanOrEqual(22 - 1e-9);
    }
    expect(crowdedTicks(names, 1100)).toEqual(names);
  });
});

describe("x order", () => {
  const config: ChartConfig = {
    chart: "line",
    x: "month",
    y: ["n"],
    series: "site",
    xKind: "temporal",
    labels: {},
  };

  it("draws a ranked top N over months left to right in time, one line per series", () => {
    // The rows of "which site had the most visits each month", ranked by the measure as the SQL returns them.
    const ranked = [
      { month: "2024-10-01", site: "North", n: 70 },
      { month: "2023-10-01", site: "North", n: 65 },
      { month: "2024-07-01", site: "South", n: 63 },
      { month: "2023-05-01", site: "South", n: 62 },
      { month: "2023-10-01", site: "South", n: 60 },
    ];
    const drawn = chartRows(ranked, {}, config);
    expect(drawn.table.map((r) => r.month)).toEqual(["2023-05-01", "2023-10-01", "2024-07-01", "2024-10-01"]);
    expect(drawn.table[1]).toEqual({ month: "2023-10-01", North: 65, South: 60 });
  });

  it("orders a line over numbers by x but leaves bars of categories in the order asked for", () => {
    const rows = [
      { size: 3, n: 5 },
      { size: 1, n: 9 },
      { size: 2, n: 7 },
    ];
    const line = chartRows(rows, {}, { ...config, x: "size", series: null, xKind: "numeric" });
    expect(line.table.map((r) => r.size)).toEqual([1, 2, 3]);
    const bars = chartRows(rows, {}, { ...config, chart: "bar", x: "size", series: null, xKind: "numeric" });
    expect(bars.table.map((r) => r.size)).toEqual([3, 1, 2]);
  });

  it("keeps rows whose x is missing or unreadable at the end, in their own order", () => {
    const rows = [{ d: "not a date" }, { d: "2024-02-01" }, { d: null }, { d: "2024-01-01" }];
    expect(inXOrder(rows, "d", "temporal").map((r) => r.d)).toEqual([
      "2024-01-01",
      "2024-02-01",
      "not a date",
      null,
    ]);
  });
});

describe("headline figures", () => {
  // A 390 px phone frame is about 340 px wide inside the card: the figure must fit it, not be cut.
  const widthAt = (text: string, frame: number) => {
    const m = /min\(56px, ([0-9.]+)vw\)/.exec(kpiFontSize(text));
    const px = Math.min(56, (Number(m?.[1]) * frame) / 100);
    return 0.62 * px * text.length;
  };

  it("sizes a long figure to fit a phone's frame and keeps a short one large", () => {
    expect(widthAt("2,868,052.64", 340)).toBeLessThanOrEqual(340);
    expect(widthAt("123,456,789,012.5", 540)).toBeLessThanOrEqual(540);
    expect(kpiFontSize("42")).toMatch(/^min\(56px, /);
    const big = /([0-9.]+)vw/.exec(kpiFontSize("42"));
    expect(Number(big?.[1]) * 8).toBeGreaterThan(56); // on an 800 px frame a short figure stays at 56 px
  });
});
