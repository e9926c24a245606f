import { describe, expect, it } from "vitest";
import {
  columnKind,
  fieldOptions,
  fieldsForResult,
  hasChartFields,
  inferFields,
  readFields,
  validateFields,
  writeFields,
} from "@/lib/chart-fields";
import { describeError } from "@/lib/error-text";
import { emptyReason, writtenAnswer } from "@/lib/written-answer";

const columns = [
  { name: "species", type: "VARCHAR" },
  { name: "avg_body_mass_g", type: "DOUBLE" },
  { name: "year", type: "DATE" },
  { name: "n", type: "BIGINT" },
];

describe("field validation", () => {
  it("knows each column's kind from its type or values", () => {
    expect(columns.map((c) => columnKind(c))).toEqual(["text", "numeric", "temporal", "numeric"]);
    expect(columnKind({ name: "v", type: "" }, [{ v: 1 }, { v: 2.5 }])).toBe("numeric");
    expect(columnKind({ name: "d", type: "" }, [{ d: "2024-01-01" }])).toBe("temporal");
  });

  it("has no fields to offer for a listing without numbers, even when it is empty", () => {
    const listing = [
      { name: "booking_ref", type: "VARCHAR" },
      { name: "booked_on", type: "DATE" },
    ];
    expect(hasChartFields(listing, [])).toBe(false);
    expect(hasChartFields(columns, [])).toBe(true);
  });

  it("offers numeric columns for Y and non-numeric ones for series", () => {
    expect(fieldOptions(columns)).toEqual({
      x: ["species", "avg_body_mass_g", "year", "n"],
      y: ["avg_body_mass_g", "n"],
      series: ["species", "year"],
    });
  });

  it("names what is wrong with a choice", () => {
    expect(validateFields({ x: "species", y: ["avg_body_mass_g"], series: null }, columns)).toEqual([]);
    expect(validateFields({ x: "species", y: [], series: null }, columns)).toEqual([
      "Y: pick at least one numeric column.",
    ]);
    expect(validateFields({ x: "species", y: ["species"], series: null }, columns)).toEqual([
      "Y: “species” is text, not a number.",
    ]);
    expect(validateFields({ x: "gone", y: ["n"], series: "n" }, columns)).toEqual([
      "X: the result has no column “gone”.",
      "Series: “n” is numeric; pick a text or date column.",
    ]);
    expect(validateFields({ x: "year", y: ["n", "avg_body_mass_g"], series: "species" }, columns)).toContain(
      "Series: split one measure only (pick a single Y).",
    );
  });

  it("round-trips fields through params", () => {
    const f = { x: "species", y: ["avg_body_mass_g", "n"], series: null };
    expect(readFields(writeFields(f))).toEqual(f);
    expect(readFields({ title: "t" })).toBeNull();
    expect(readFields({ x: "a", y: "not json" })).toEqual({ x: "a", y: [], series: null });
  });

  it("keeps fields that fit a new result and replaces those that do not", () => {
    const before = { x: "species", y: ["avg_body_mass_g"], series: null };
    expect(fieldsForResult(before, columns, [])).toEqual(before);
    const edited = [
      { name: "island", type: "VARCHAR" },
      { name: "avg_body_mass_g", type: "DOUBLE" },
      { name: "max_flipper_mm", type: "INTEGER" },
    ];
    expect(fieldsForResult(before, edited, [])).toEqual({
      x: "island",
      y: ["avg_body_mass_g"],
      series: null,
    });
    expect(inferFields(edited)).toEqual({
      x: "island",
      y: ["avg_body_mass_g", "max_flipper_mm"],
      series: null,
    });
  });
});

describe("written answer", () => {
  const kinds = {
    species: "text",
    avg_body_mass_g: "numeric",
    month: "temporal",
    total_amount: "numeric",
  } as const;

  it("leads with the top category and its unit", () => {
    const rows = [
      { species: "Adelie", avg_body_mass_g: 3700.662 },
      { species: "Gentoo", avg_body_mass_g: 5076.016 },
      { species: "Chinstrap", avg_body_mass_g: 3733.088 },
    ];
    const a = writtenAnswer(rows, { x: "species", y: ["avg_body_mass_g"], series: null }, kinds);
    expect(a?.figure).toBe("5,076 g");
    expect(a?.sentence).toBe(
      "Gentoo has the highest average body mass (g) of 3 species values: 5,076 g; the lowest is Adelie with 3,700.7 g.",
    );
  });

  it("names the highest cell of an average split by series, never a sum of averages", () => {
    const rows = [
      { species: "Gentoo", sex: "MALE", avg_body_mass_g: 5484.8 },
      { species: "Gentoo", sex: "FEMALE", avg_body_mass_g: 4679.7 },
      { species: "Adelie", sex: "MALE", avg_body_mass_g: 4043.5 },
      { species: "Adelie", sex: "FEMALE", avg_body_mass_g: 3368.8 },
    ];
    const a = writtenAnswer(
      rows,
      { x: "species", y: ["avg_body_mass_g"], series: "sex" },
      { species: "text" },
    );
    expect(a?.figure).toBe("5,484.8 g");
    expect(a?.label).toBe("Average body mass (g) — Gentoo, MALE");
    expect(a?.sentence).toBe("Gentoo, MALE has the highest average body mass (g) of 4 values: 5,484.8 g.");
  });

  it("names the highest record, never a total, when rows share their category", () => {
    const rows = [
      { species: "Gentoo", island: "Biscoe", body_mass_g: 6300 },
      { species: "Gentoo", island: "Biscoe", body_mass_g: 6050 },
      { species: "Adelie", island: "Torgersen", body_mass_g: 4700 },
      { species: "Adelie", island: "Dream", body_mass_g: 4650 },
    ];
    const split = writtenAnswer(
      rows,
      { x: "species", y: ["body_mass_g"], series: "island" },
      { species: "text" },
    );
    expect(split?.figure).toBe("6,300 g");
    expect(split?.sentence).toBe("The highest body mass (g) of 4 rows is 6,300 g (Gentoo, Biscoe).");
    const plain = writtenAnswer(
      rows,
      { x: "species", y: ["body_mass_g"], series: null },
      { species: "text" },
    );
    expect(plain?.sentence).toBe("The highest body mass (g) of 4 rows is 6,300 g (Gentoo).");
  });

  it("totals an additive measure per series", () => {
    const rows = [
      { region: "Europe", year: "2023", total_amount: 100 },
      { region: "Europe", year: "2024", total_amount: 200 },
      { region: "Asia", year: "2024", total_amount: 100 },
    ];
    const a = writtenAnswer(
      rows,
      { x: "year", y: ["total_amount"], series: "region" },
      { year: "text" },
      new Set(["total_amount"]),
    );
    expect(a?.figure).toBe("300");
    expect(a?.sentence).toBe("Europe leads the 2 region values with 300 in total amount, 75% of the total.");
  });

  it("gives a share of the total for additive measures", () => {
    const rows = [
      { region: "Europe", total_amount: 300 },
      { region: "Asia", total_amount: 100 },
    ];
    const a = writtenAnswer(
      rows,
      { x: "region", y: ["total_amount"], series: null },
      { region: "text" },
      new Set(["total_amount"]),
    );
    expect(a?.sentence).toBe(
      "Europe has the highest total amount of 2 region values: 300, 75% of the total.",
    );
  });

  it("gives no share of the total for a record's own value, whatever its name", () => {
    // "top 3 engines by horsepower": each row is one record, so 230 is no share of anything.
    const rows = [
      { name: "pontiac grand prix", horsepower: 230 },
      { name: "pontiac catalina", horsepower: 225 },
      { name: "buick estate wagon", horsepower: 215 },
    ];
    const a = writtenAnswer(rows, { x: "name", y: ["horsepower"], series: null }, { name: "text" });
    expect(a?.sentence).toBe(
      "pontiac grand prix has the highest horsepower of 3 name values: 230; the lowest is buick estate wagon with 215.",
    );
    const split = writtenAnswer(
      [
        { year: "2023", make: "ford", horsepower: 200 },
        { year: "2024", make: "ford", horsepower: 150 },
        { year: "2024", make: "fiat", horsepower: 210 },
      ],
      { x: "year", y: ["horsepower"], series: "make" },
      { year: "text" },
    );
    expect(split?.sentence).toBe("2024, fiat has the highest horsepower of 3 values: 210.");
  });

  it("describes a time series by its last value and change", () => {
    const rows = [
      { month: "2024-01-01", total_amount: 100 },
      { month: "2024-02-01", total_amount: 250 },
      { month: "2024-03-01", total_amount: 150 },
    ];
    const a = writtenAnswer(rows, { x: "month", y: ["total_amount"], series: null }, kinds);
    expect(a?.figure).toBe("150");
    expect(a?.sentence).toBe(
      "Total amount was 150 in Mar 2024, up 50% from 100 in Jan 2024; the peak was 250 in Feb 2024.",
    );
  });

  it("states a single number", () => {
    const a = writtenAnswer(
      [{ total_amount: 1234567.5 }],
      { x: null, y: ["total_amount"], series: null },
      kinds,
    );
    expect(a).toEqual({
      figure: "1,234,567.5",
      label: "Total amount",
      sentence: "Total amount is 1,234,567.5.",
    });
  });

  it("takes the analyst's reason for an empty result from its thoughts", () => {
    const said =
      "No rows for life_expect > 100: life expect of gapminder runs from 27.79 to 82.5. The result has 0 rows.";
    expect(emptyReason(["I used the gapminder table.", said])).toBe(
      "No rows for life_expect > 100: life expect of gapminder runs from 27.79 to 82.5.",
    );
    expect(emptyReason(["The result has 0 rows × 2 columns."])).toBeNull();
  });

  it("says where most values of a histogram lie, never that a bin is a category", () => {
    const rows = [
      { weight_in_lbs_bin: 1500, count: 4 },
      { weight_in_lbs_bin: 2000, count: 18 },
      { weight_in_lbs_bin: 2500, count: 9 },
      { weight_in_lbs_bin: 3500, count: 1 },
    ];
    const fields = { x: "weight_in_lbs_bin", y: ["count"], series: null };
    const kinds = { weight_in_lbs_bin: "numeric", count: "numeric" } as const;
    const a = writtenAnswer(rows, fields, kinds, new Set(["count"]), "histogram");
    expect(a?.figure).toBe("18");
    expect(a?.label).toBe("Count — 2,000 lb to 2,500 lb");
    expect(a?.sentence).toBe("Most values lie between 2,000 lb and 2,500 lb (18 of 32, 56%).");
    const single = writtenAnswer(
      [{ price_bin: 0, count: 7 }],
      { x: "price_bin", y: ["count"], series: null },
      { price_bin: "numeric" },
      new Set(["count"]),
      "histogram",
    );
    expect(single?.sentence).toBe("Most values lie at 0 (7 of 7, 100%).");
    const spread = writtenAnswer(
      [
        { price_bin: 0, count: 5 },
        { price_bin: 50, count: 8 },
        { price_bin: 100, count: 6 },
      ],
      { x: "price_bin", y: ["count"], series: null },
      { price_bin: "numeric" },
      new Set(["count"]),
      "histogram",
    );
    // the tallest bin holds 8 of 19: the most common range, not where most values lie
    expect(spread?.sentence).toBe("The most common range is between 50 and 100 (8 of 19, 42%).");
    const bars = writtenAnswer(rows, fields, kinds, new Set(["count"]), "bar");
    expect(bars?.sentence).toContain("has the highest");
  });

  it("says when nothing matched and stays silent without a measure", () => {
    expect(writtenAnswer([], { x: null, y: ["v"], series: null }, {})?.sentence).toBe(
      "No rows match this question.",
    );
    expect(writtenAnswer([{ a: "x" }], { x: "a", y: [], series: null }, {})).toBeNull();
  });
});

describe("plain errors", () => {
  it("names refusals, timeouts and stops without codes", () => {
    expect(
      describeError({
        code: "sql_rejected",
        message: "DROP is not allowed: statements must be read-only SELECT/WITH/VALUES",
      }).title,
    ).toBe("Refused: only read-only queries are allowed");
    expect(
      describeError({ code: "query_timeout", message: "query exceeded the 30 s timeout and was interrupted" })
        .title,
    ).toBe("Timed out after 30 s — try a smaller date range");
    expect(describeError({ code: "query_cancelled", message: "cancelled" }).title).toBe("Stopped");
    expect(describeError({ code: "sql_rejected", message: "unknown table 'x' (known: a)" }).title).toBe(
      "Refused: unknown table 'x' (known: a)",
    );
  });
});

describe("data tab formats", () => {
  it("formats each column once: decimals by scale, dates by grain, years as years", async () => {
    const { columnFormatter, compareCells } = await import("@/lib/table-format");
    const rows = [
      { amount: 12.5, d: "2001-01-05T00:00:00", year: 2001, n: 1234 },
      { amount: 1000, d: "2001-02-05T00:00:00", year: 2002, n: null },
    ];
    const f = (name: string, type: string) => columnFormatter({ name, type }, rows).format;
    expect(f("amount", "DECIMAL(12,2)")(1000)).toBe("1,000.00");
    expect(f("amount", "DOUBLE")(12.5)).toBe("12.5");
    expect(f("d", "TIMESTAMP")("2001-01-05T00:00:00")).toBe("Jan 5, 2001");
    expect(f("year", "BIGINT")(2001)).toBe("2001");
    expect(f("n", "BIGINT")(1234)).toBe("1,234");
    expect(f("n", "BIGINT")(null)).toBe("∅");
    expect([3, null, 1, 2].sort((a, b) => compareCells(a, b))).toEqual([1, 2, 3, null]);
  });
});
