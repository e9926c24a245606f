import { describe, expect, it } from "vitest";
import { exampleQuestions } from "@/lib/example-questions";
import { highlightSql, highlightTsx } from "@/lib/highlight";

describe("highlighting", () => {
  it("never changes the text", () => {
    const sql = "SELECT region, SUM(amount) AS \"total\" -- c\nFROM sales WHERE d >= '2024-01-01' LIMIT 10";
    expect(
      highlightSql(sql)
        .map((t) => t.text)
        .join(""),
    ).toBe(sql);
    const tsx = 'export default function Viz({ data }) { return <div title="a">{data.length}</div>; } // x';
    expect(
      highlightTsx(tsx)
        .map((t) => t.text)
        .join(""),
    ).toBe(tsx);
  });

  it("colours keywords, strings, numbers and functions", () => {
    const kinds = Object.fromEntries(
      highlightSql("select sum(x) from t where y = 'a' limit 5").map((t) => [t.text.trim(), t.kind]),
    );
    expect(kinds.select).toBe("keyword");
    expect(kinds.sum).toBe("function");
    expect(kinds["'a'"]).toBe("string");
    expect(kinds["5"]).toBe("number");
  });
});

describe("example questions", () => {
  it("are built from the catalog", () => {
    const qs = exampleQuestions({
      tables: [
        {
          name: "sales",
          row_count: 10,
          row_count_estimated: false,
          engine: "duckdb",
          columns: [
            { name: "product_id", type: "INTEGER", kind: "numeric", nullable: true },
            { name: "quantity", type: "INTEGER", kind: "numeric", nullable: true },
            { name: "amount", type: "DECIMAL", kind: "numeric", nullable: true },
            { name: "date", type: "DATE", kind: "temporal", nullable: true },
            { name: "region", type: "VARCHAR", kind: "text", nullable: true, values: ["Europe", "Asia"] },
          ],
        },
        { name: "products", row_count: 3, row_count_estimated: false, engine: "duckdb", columns: [] },
      ],
      foreign_keys: [{ table: "sales", column: "product_id", ref_table: "products", ref_column: "id" }],
    });
    expect(qs).toEqual(["Total amount by region", "Top 5 products by amount", "Sales amount by month"]);
  });
});
