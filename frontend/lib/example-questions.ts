/** Example questions built from the catalog, so the empty state always matches the data that is there. */
import type { Catalog } from "@/lib/schemas";

type Table = Catalog["tables"][number];
type Column = Table["columns"][number];

/** `body_mass_g` → `body mass g`. */
export function words(name: string): string {
  return name.replace(/_+/g, " ").trim();
}

function isKey(c: Column): boolean {
  return c.name === "id" || c.name.endsWith("_id");
}

function measure(t: Table): Column | undefined {
  const preferred = ["amount", "revenue", "sales", "price", "value", "total", "quantity"];
  const numeric = t.columns.filter((c) => c.kind === "numeric" && !isKey(c));
  for (const p of preferred) {
    const hit = numeric.find((c) => c.name.includes(p));
    if (hit) return hit;
  }
  return numeric[0];
}

function category(t: Table): Column | undefined {
  return t.columns.find(
    (c) => c.kind === "text" && !isKey(c) && (c.values?.length ?? 0) >= 2 && (c.values?.length ?? 0) <= 12,
  );
}

function temporal(t: Table): Column | undefined {
  return t.columns.find((c) => c.kind === "temporal");
}

/** Up to `max` questions, each about a different table where possible. */
export function exampleQuestions(catalog: Catalog, max = 4): string[] {
  const out: string[] = [];
  const add = (q: string) => {
    if (out.length < max && !out.includes(q)) out.push(q);
  };
  const fkTables = new Set((catalog.foreign_keys ?? []).map((f) => f.table));
  const tables = [...catalog.tables].sort(
    (a, b) => Number(fkTables.has(b.name)) - Number(fkTables.has(a.name)) || a.name.localeCompare(b.name),
  );

  for (const t of tables) {
    const m = measure(t);
    const c = category(t);
    if (m && c) {
      add(`Total ${words(m.name)} by ${words(c.name)}`);
      break;
    }
  }
  for (const fk of catalog.foreign_keys ?? []) {
    const t = catalog.tables.find((x) => x.name === fk.table);
    const m = t && measure(t);
    if (m) {
      add(`Top 5 ${words(fk.ref_table)} by ${words(m.name)}`);
      break;
    }
  }
  for (const t of tables) {
    const m = measure(t);
    const d = temporal(t);
    if (m && d && !out.some((q) => q.includes(words(m.name)) && q.includes("month"))) {
      add(`${words(t.name)} ${words(m.name)} by month`.replace(/^./, (s) => s.toUpperCase()));
      break;
    }
  }
  for (const t of tables) {
    const c = category(t);
    if (c && !fkTables.has(t.name)) add(`How many ${words(t.name)} per ${words(c.name)}?`);
  }
  return out;
}
